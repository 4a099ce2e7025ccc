import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, type ProjectSession } from '../../../main/services';
import { ServiceError } from '../../../shared/api';
import { ProjectData } from '../../../shared/model';
import { copySample, projectBytes } from './sample-copy';

let sample: Awaited<ReturnType<typeof copySample>>;
let session: ProjectSession;
beforeEach(async () => {
  sample = await copySample();
  session = await openProject(sample.dir);
});
afterEach(async () => {
  await session.close();
  await sample.cleanup();
});

const stored = async () => ProjectData.parse(JSON.parse((await projectBytes(sample.dir)).toString('utf8')));

async function failure(call: Promise<unknown>): Promise<ServiceError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

/** Offsets of `words` in document `id`. */
async function spanOf(id: string, words: string): Promise<{ start: number; end: number }> {
  const { text } = await session.handlers.readDocument({ id });
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${id}`);
  return { start, end: start + words.length };
}

describe('cross-references', () => {
  it('are created with a relation and a target span in another document', async () => {
    const from = await spanOf('regional-digest', 'Mirela Kovac');
    const to = await spanOf('courier-clipping', 'Mirela Kovač');
    const made = await session.handlers.createAnnotation({
      kind: 'crossref', document: 'regional-digest', ...from, body: { relation: 'same-quote', to: { document: 'courier-clipping', ...to }, note: 'spelling' },
    });
    expect(made.kind === 'crossref' && made.body).toEqual({ relation: 'same-quote', to: { document: 'courier-clipping', ...to }, note: 'spelling' });
    expect((await stored()).annotations.some((a) => a.id === made.id)).toBe(true);
  });

  it('without a relation are refused with the choices named, and nothing is written', async () => {
    const before = await projectBytes(sample.dir);
    const error = await failure(session.handlers.createAnnotation({ kind: 'crossref', document: 'regional-digest', start: 0, end: 5 }));
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain('body.relation: a cross-reference needs a relation: one of same-quote, same-event, supports, contradicts, see-also');
    expect(await projectBytes(sample.dir)).toEqual(before);
  });
});

describe('createAnnotations', () => {
  it('stores a batch in one request', async () => {
    const a = await spanOf('courier-clipping', 'We had no choice');
    const b = await spanOf('regional-digest', 'Nobody came to tell us anything');
    const made = await session.handlers.createAnnotations({
      annotations: [
        { kind: 'quote', document: 'courier-clipping', ...a, body: { attribution: { outlet: 'The Harbour Courier' }, translated: false }, tags: ['suggested'] },
        { kind: 'quote', document: 'regional-digest', ...b },
      ],
    });
    expect(made.map((m) => m.target.selector[1].exact)).toEqual(['We had no choice', 'Nobody came to tell us anything']);
    const ids = new Set((await stored()).annotations.map((x) => x.id));
    expect(made.every((m) => ids.has(m.id))).toBe(true);
  });

  it('stores none of a batch when one of them is refused', async () => {
    const before = await projectBytes(sample.dir);
    const a = await spanOf('courier-clipping', 'We had no choice');
    const error = await failure(
      session.handlers.createAnnotations({
        annotations: [
          { kind: 'quote', document: 'courier-clipping', ...a },
          { kind: 'quote', document: 'courier-clipping', start: 0, end: 999_999 },
        ],
      }),
    );
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain('span 0..999999 is outside a text of length');
    expect(await projectBytes(sample.dir)).toEqual(before);
  });
});

describe('restoreAnnotation', () => {
  it('puts a deleted quote back with its id, so a claim can cite it again', async () => {
    const quote = session.store.annotations().find((a) => a.id === 'quote-relief-homes')!;
    await session.handlers.deleteAnnotation({ id: quote.id });
    const claim = session.store.annotations().find((a) => a.id === 'claim-relief-housing');
    expect(claim?.kind === 'claim' && claim.body.cites).toEqual([]);
    const restored = await session.handlers.restoreAnnotation({ annotation: quote });
    expect(restored.annotation).toEqual(quote);
    expect(restored.anchor).toEqual({ start: quote.target.selector[0].start, end: quote.target.selector[0].end });
    await session.handlers.updateAnnotation({ id: 'claim-relief-housing', body: { cites: [quote.id] } });
    expect((await stored()).annotations.find((a) => a.id === quote.id)).toEqual(quote);
  });

  it('refuses to restore an annotation that exists', async () => {
    const quote = session.store.annotations()[0]!;
    const error = await failure(session.handlers.restoreAnnotation({ annotation: quote }));
    expect(error.code).toBe('invalid-payload');
    expect(error.message).toContain('already exists');
  });
});

describe('reanchorAnnotation', () => {
  it('moves an orphan onto a new span of its document and re-creates its selectors', async () => {
    const at = await spanOf('courier-clipping', 'Petra Holm');
    const moved = await session.handlers.reanchorAnnotation({ id: 'quote-courier-article', ...at });
    expect(moved.anchor).toEqual(at);
    expect(moved.annotation.target.selector[1].exact).toBe('Petra Holm');
    const again = (await session.handlers.listAnnotations({ document: 'courier-clipping' })).find((a) => a.annotation.id === 'quote-courier-article');
    expect(again?.anchor).toEqual(at);
  });

  it('refuses an empty span at the boundary', async () => {
    const result = await session.dispatch('reanchorAnnotation', { id: 'quote-courier-article', start: 5, end: 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('findInProject', () => {
  it('finds a query across documents whatever the case, line breaks and quote styles, with context', async () => {
    const found = await session.handlers.findInProject({ query: 'we had NO choice' });
    expect(found.total).toBeGreaterThanOrEqual(2);
    expect(new Set(found.matches.map((m) => m.document)).size).toBeGreaterThanOrEqual(2);
    for (const m of found.matches) {
      const { text } = await session.handlers.readDocument({ id: m.document });
      expect(text.slice(m.start, m.end)).toBe(m.match);
      expect(m.match.toLowerCase()).toBe('we had no choice');
      expect(text.slice(m.start - m.before.length, m.start)).toBe(m.before);
    }
    const straight = await session.handlers.findInProject({ query: 'choice - the dam' });
    const curly = await session.handlers.findInProject({ query: 'choice – the dam' });
    expect(straight.total).toBe(curly.total);
  });

  it('answers at most `limit` matches and still counts all of them', async () => {
    const all = await session.handlers.findInProject({ query: 'the' });
    const some = await session.handlers.findInProject({ query: 'the', limit: 3 });
    expect(some.matches).toHaveLength(3);
    expect(some.total).toBe(all.total);
  });

  it('counts the matches of every document, and answers the first few of each', async () => {
    const all = await session.handlers.findInProject({ query: 'the', limit: 1000 });
    const each = await session.handlers.findInProject({ query: 'the', limit: 1000, perDocument: 2 });
    const perDocument = new Map<string, number>();
    for (const m of all.matches) perDocument.set(m.document, (perDocument.get(m.document) ?? 0) + 1);
    expect(perDocument.size).toBeGreaterThan(1);
    expect(each.documents).toEqual([...perDocument].map(([document, total]) => ({ document, total })));
    expect(each.total).toBe(all.total);
    expect(each.matches).toHaveLength(2 * perDocument.size);
  });
});

describe('documentHashes', () => {
  it('reports the hash of each file as it is now, so an edit on disk shows', async () => {
    const before = await session.handlers.documentHashes({});
    const record = session.store.documents().find((d) => d.id === 'regional-digest')!;
    expect(before.find((h) => h.id === record.id)?.sha256).toBe(record.sha256);
    await writeFile(join(sample.dir, record.path), 'A different text, edited outside Verbatim.\n');
    const after = await session.handlers.documentHashes({});
    expect(after.find((h) => h.id === record.id)?.sha256).not.toBe(record.sha256);
    expect(after.find((h) => h.id === 'courier-clipping')?.sha256).toBe(before.find((h) => h.id === 'courier-clipping')?.sha256);
  });
});

describe('listOutlets', () => {
  it('offers the outlets the project uses first, then the gazetteer, each once', async () => {
    const outlets = await session.handlers.listOutlets({});
    expect(outlets.slice(0, 2)).toEqual(['The Harbour Courier', 'The Valley Post']);
    expect(outlets).toContain('The Washington Post');
    expect(new Set(outlets.map((o) => o.toLowerCase())).size).toBe(outlets.length);
  });
});
