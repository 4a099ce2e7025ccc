import { describe, expect, it } from 'vitest';
import { planWebAnnotationImport, type ImportContext } from '../../../annotations';
import type { DocumentRecord } from '../../../shared/model';

const record = (id: string, path: string): DocumentRecord => ({ id, path, title: id, sha256: '0'.repeat(64), length: 0, added: '2024-01-01T00:00:00.000Z' });
const TEXT_A = 'Intro line.\nThe Ledger reported: “The bridge reopened on Monday after nine weeks of repairs.”\n';
const TEXT_B = 'Other clipping about the harbour and its cranes, nothing else.\n';
const ctx: ImportContext = {
  documents: [{ record: record('a', 'clips/a.txt'), text: TEXT_A }, { record: record('b', 'b.txt'), text: TEXT_B }],
  existing: [],
  creator: 'importer',
  now: '2024-05-01T10:00:00.000Z',
  newId: () => 'fresh-id',
};

/** An annotation as another tool (Hypothesis-style) writes it: a web URL source and both selectors. */
function foreign(id: string, source: string, exact: string, extra: object = {}) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    created: '2024-03-02T12:00:00+01:00',
    creator: { type: 'Person', nickname: 'reviewer7' },
    target: { source, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 500, end: 520 }] },
    ...extra,
  };
}

describe('importing Web Annotations from other tools', () => {
  it('anchors by quote in the document the source names, mapping motivation and bodies to a kind', () => {
    const plan = planWebAnnotationImport(
      {
        type: 'AnnotationPage',
        items: [
          foreign('https://hyp.example/a/1', 'https://site.example/files/a.txt', 'nine weeks', { motivation: 'commenting', body: [{ type: 'TextualBody', value: 'Six, says the Post.' }, { type: 'TextualBody', value: 'figures', purpose: 'tagging' }] }),
          foreign('https://hyp.example/a/2', 'https://site.example/files/a.txt', 'The Ledger reported', { motivation: 'highlighting' }),
          foreign('https://hyp.example/a/3', 'https://site.example/a.txt', 'harbour and its cranes', { motivation: 'linking', bodyValue: 'compare' }),
        ],
      },
      ctx,
    );
    expect(plan.orphans).toEqual([]);
    const [note, quote, link] = plan.annotations;
    expect(note).toMatchObject({ id: 'https://hyp.example/a/1', kind: 'note', document: 'a', creator: 'reviewer7', created: '2024-03-02T11:00:00.000Z', tags: ['figures'], body: { status: 'open', text: 'Six, says the Post.' } });
    expect(TEXT_A.slice(note!.target.selector[0].start, note!.target.selector[0].end)).toBe('nine weeks');
    expect(quote).toMatchObject({ kind: 'quote', document: 'a' });
    // The source names a.txt, but the quote is only in b: the quote decides.
    expect(link).toMatchObject({ kind: 'crossref', document: 'b', body: { relation: 'see-also', note: 'compare' } });
  });

  it('reports what cannot be placed with its text, never dropping it silently', () => {
    const plan = planWebAnnotationImport(
      [
        foreign('urn:x:1', 'https://elsewhere.example/unknown.html', 'words that appear nowhere'),
        foreign('urn:x:2', 'https://site.example/a.txt', 'a sentence the document lost'),
        { id: 'urn:x:3', type: 'Annotation', target: 'https://site.example/a.txt', bodyValue: 'whole-page note' },
      ],
      ctx,
    );
    expect(plan.orphans).toEqual([
      { id: 'urn:x:1', text: 'words that appear nowhere', reason: expect.stringMatching(/not found in any document.*unknown\.html/), stored: false },
      { id: 'urn:x:2', text: 'a sentence the document lost', reason: expect.stringMatching(/not in "a" any more; stored there as an orphan/), stored: true },
      { id: 'urn:x:3', text: 'whole-page note', reason: expect.stringMatching(/no TextQuoteSelector/), stored: false },
    ]);
    expect(plan.annotations.map((a) => a.id)).toEqual(['urn:x:2']);
  });

  it('a newer version replaces a stored annotation, an older one is kept out, and a file without annotations is refused', () => {
    const first = planWebAnnotationImport([foreign('urn:y', 'a.txt', 'nine weeks', { modified: '2024-04-01T00:00:00Z', bodyValue: 'v1' })], ctx);
    const stored = first.annotations;
    const newer = planWebAnnotationImport([foreign('urn:y', 'a.txt', 'nine weeks', { modified: '2024-04-02T00:00:00Z', bodyValue: 'v2' })], { ...ctx, existing: stored });
    expect(newer).toMatchObject({ added: 0, replaced: 1 });
    const older = planWebAnnotationImport([foreign('urn:y', 'a.txt', 'nine weeks', { modified: '2024-03-01T00:00:00Z', bodyValue: 'v0' })], { ...ctx, existing: newer.annotations });
    expect(older).toMatchObject({ added: 0, replaced: 0, kept: 1, annotations: [] });
    expect(() => planWebAnnotationImport({ hello: 'world' }, ctx)).toThrow(/no W3C Web Annotation/);
  });

  it('keeps a record of ours exactly, and reports it when its text is no longer in the document', () => {
    const record = {
      id: 'ours-1', kind: 'quote', document: 'a', creator: 'me', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', tags: [],
      target: { source: 'a', selector: [{ type: 'TextPositionSelector', start: 3, end: 12 }, { type: 'TextQuoteSelector', exact: 'vanished!', prefix: '', suffix: '' }] },
      body: { attribution: {}, translated: false },
    };
    const plan = planWebAnnotationImport({ type: 'Annotation', id: 'urn:verbatim:annotation:ours-1', target: 'urn:verbatim:document:a', 'verbatim:record': record }, ctx);
    expect(plan.annotations).toEqual([record]);
    expect(plan.orphans).toEqual([{ id: 'ours-1', text: 'vanished!', reason: expect.stringMatching(/not in "a" as the document reads now/), stored: true }]);
  });

  it("reports an annotation beyond the model's limits instead of dropping it, and drops a link the store would refuse, with a warning", () => {
    // Records with their real lengths: a link's span is judged against the document's length, as the store does.
    const sized: ImportContext = { ...ctx, documents: ctx.documents.map((d) => ({ ...d, record: { ...d.record, length: d.text.length } })) };
    const crossref = (id: string, to: object) => ({
      id, kind: 'crossref', document: 'a', creator: 'me', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', tags: [],
      target: { source: 'a', selector: [{ type: 'TextPositionSelector', start: 0, end: 5 }, { type: 'TextQuoteSelector', exact: 'Intro', prefix: '', suffix: '' }] },
      body: { relation: 'see-also', note: '', to },
    });
    const plan = planWebAnnotationImport(
      [
        foreign('urn:z:1', 'a.txt', 'nine weeks', { bodyValue: 'a comment', body: [{ type: 'TextualBody', value: 't'.repeat(101), purpose: 'tagging' }] }),
        { type: 'Annotation', id: 'urn:verbatim:annotation:far', 'verbatim:record': crossref('far', { document: 'b', start: 0, end: TEXT_B.length + 1 }) },
        { type: 'Annotation', id: 'urn:verbatim:annotation:self', 'verbatim:record': crossref('self', { annotation: 'self' }) },
      ],
      sized,
    );
    expect(plan.orphans).toEqual([{ id: 'urn:z:1', text: 'nine weeks', reason: "it does not fit Verbatim's annotation model (tags[0]: a tag holds at most 100 characters (MAX_TAG_CHARS)); not imported", stored: false }]);
    expect(plan.annotations.map((a) => [a.id, a.kind === 'crossref' ? a.body.to : null])).toEqual([['far', undefined], ['self', undefined]]);
    expect(plan.warnings).toEqual([
      `cross-reference far: dropped its link to document b, whose span 0..${TEXT_B.length + 1} is not inside it`,
      'cross-reference self: dropped its link to annotation self, which is itself',
    ]);
  });
});
