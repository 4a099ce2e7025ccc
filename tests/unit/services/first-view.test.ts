// `firstView`: the window's first view in one answer, equal to the requests it stands for.
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownLayout } from '../../../shared/text';
import { useSampleSession } from './sample-copy';

const ctx = useSampleSession();

describe('firstView', () => {
  it('answers what listDocuments, readDocument and listAnnotations answer, with the open document laid out', async () => {
    const { handlers } = ctx.session;
    const view = await handlers.firstView({});
    const documents = await handlers.listDocuments({});
    expect(view.documents).toEqual(documents);
    expect(view.open).toEqual(await handlers.readDocument({ id: documents[0]!.id }));
    expect(view.layout).toEqual(markdownLayout(view.open!.text));
    expect(view.annotations).toEqual(await handlers.listAnnotations({}));
  });

  it('opens the document the window names, and answers open: null for one that cannot be read', async () => {
    const { handlers } = ctx.session;
    const documents = await handlers.listDocuments({});
    const named = documents[2]!;
    expect((await handlers.firstView({ document: named.id })).open?.record.id).toBe(named.id);
    await unlink(join(ctx.dir, named.path));
    const view = await handlers.firstView({ document: named.id });
    expect(view.open).toBeNull();
    expect(view.layout).toBeNull();
    expect(view.documents.map((d) => d.id)).toContain(named.id);
    await expect(handlers.readDocument({ id: named.id })).rejects.toThrow();
  });
});
