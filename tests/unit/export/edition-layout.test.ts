import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layOutEdition, type EditionBlock, type Segment } from '../../../annotations/export/edition-layout';
import { editionTextHtml } from '../../../annotations/export/html-text';
import { hiddenMask, markdownLayout, shownRange } from '../../../shared/text';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';
import { walk } from './html-walk';

interface Span {
  id: string;
  start: number;
  end: number;
}

const segmentsOf = (blocks: readonly EditionBlock[]): Segment[] =>
  blocks.flatMap((b) => ('segments' in b ? b.segments : 'children' in b ? segmentsOf(b.children) : []));

/**
 * Checks the edition layout of `text` with `spans` against the layout itself: segments show exactly the
 * layout's shown characters, once each and in order; each span covers exactly the shown characters
 * inside it; its one note reference follows the last segment it covers; and the HTML nests properly.
 */
function assertExact(text: string, spans: readonly Span[], joinPrintedLines: boolean): void {
  const layout = markdownLayout(text);
  const hidden = hiddenMask(text, layout);
  const blocks = layOutEdition(text, layout, spans, { joinPrintedLines });
  const segments = segmentsOf(blocks);
  const real = segments.filter((s) => !s.join);
  const shownChars = [...hidden].flatMap((h, i) => (h ? [] : [i]));
  expect(real.flatMap((s) => Array.from({ length: s.to - s.from }, (_, k) => s.from + k))).toEqual(shownChars);
  const squeeze = (s: string) => s.replace(/\s/g, '');
  for (const s of spans) {
    const covered = segments.filter((g) => g.covering.includes(s.id)).map((g) => (g.join ? ' ' : text.slice(g.from, g.to))).join('');
    expect(squeeze(covered), `span ${s.id} ${s.start}..${s.end}`).toBe(squeeze(shownRange(text, hidden, s.start, s.end).text));
    const withRef = segments.filter((g) => g.refs.includes(s.id));
    if (shownChars.length) expect(withRef, `reference of ${s.id}`).toHaveLength(1);
    const last = segments.findLast((g) => g.covering.includes(s.id));
    if (last) expect(withRef[0]).toBe(last);
  }
  const html = editionTextHtml(text, hidden, blocks, { highlightClass: (id) => `a ${id}`, noteNumber: () => 1 });
  expect(() => walk(html)).not.toThrow();
}

describe('the edition layout marks annotations exactly', () => {
  it('on arbitrary Markdown with arbitrary spans (property)', () => {
    const piece = fc.constantFrom('\n', '\r\n', ' ', '  \n', '\\\n', '# ', '> ', '> > ', '- ', '1. ', '*', '**', '_', '`', '[', '](https://x.example)', '[link text](https://x.example)', ')', 'a', 'word ', '😀', '\n\n', '```\n', '<b>', '&amp;', 'A line of extracted text long enough to fill a printed line of a page');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    const input = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        // Empty spans too: a re-anchored annotation may shrink to a point, whose reference still needs a home.
        fc.array(fc.oneof(fc.tuple(fc.nat(t.length), fc.nat(t.length)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const), fc.nat(t.length).map((a) => [a, a] as const)), { maxLength: 5 }),
        fc.boolean(),
      ),
    );
    fc.assert(
      fc.property(input, ([t, ranges, join]) => {
        assertExact(t, ranges.map(([start, end], i) => ({ id: `s${i}`, start, end })), join);
      }),
      { numRuns: 400 },
    );
  });
});

describe.skipIf(!hasCorpus)(`the edition layout on the real corpus${corpusSkipReason}`, () => {
  it.each(['001.txt', '004.txt'])('%s: spans every 997 characters, 400 long, are marked on exactly their shown characters', (name) => {
    const text = readCorpus(name);
    const spans: Span[] = [];
    for (let at = 0; at + 400 < text.length; at += 997) spans.push({ id: `s${at}`, start: at, end: at + 400 });
    assertExact(text, spans, true);
  });
});
