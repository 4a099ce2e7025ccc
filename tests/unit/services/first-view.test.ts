// `firstView`: the window's first view in one answer, equal to the requests it stands for.
import { unlink, writeFile } from 'node:fs/promises';
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

  it('lays out a document again when its text changed on disk, and answers the same layout for the same text', async () => {
    const { handlers } = ctx.session;
    const documents = await handlers.listDocuments({});
    const md = documents.find((d) => d.path.endsWith('.md')) ?? documents[0]!;
    const first = await handlers.firstView({ document: md.id });
    expect((await handlers.firstView({ document: md.id })).layout).toEqual(first.layout);
    const changed = `# A new heading\n\n*Emphasis* first.\n\n${first.open!.text}`;
    await writeFile(join(ctx.dir, md.path), changed);
    const after = await handlers.firstView({ document: md.id });
    expect(after.open?.text).toBe(changed);
    expect(after.layout).toEqual(markdownLayout(changed));
    expect(after.layout).not.toEqual(first.layout);
  });
});
