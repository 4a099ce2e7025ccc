import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The pure modules, not the editor's index: the index also exports the DOM-bound pane, and this test is
// type-checked by the Node tsconfig, which has no DOM library.
import { documentToDoc } from '../../../renderer/editor/document-to-doc';
import { segmentBlocks } from '../../../renderer/editor/text-blocks';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';

/** The corpus files beside the repository (see ../shared/corpus/README.md). */
const CORPUS_FILES = ['001.txt', '002.txt', '004.txt'];

/** The offsets the editor shows (inside or at the edge of a block's visible content), ascending. */
function visibleOffsets(text: string): number[] {
  const shown: number[] = [];
  for (const b of segmentBlocks(text)) for (let o = b.from; o <= b.to; o++) shown.push(o);
  return shown;
}

/** Asserts every invariant the editor relies on, for every offset and every position of `text`. */
function assertExactMap(text: string): void {
  const { doc, map } = documentToDoc(text);
  expect(map.docSize).toBe(doc.content.size);

  // Each block shows exactly its source slice.
  doc.forEach((node, _offset, index) => {
    const block = map.blocks[index]!;
    expect(node.textContent).toBe(text.slice(block.from, block.to));
  });

  const shown = visibleOffsets(text);
  const first = shown[0]!;
  const last = shown[shown.length - 1]!;
  for (let o = 0; o <= text.length; o++) {
    const after = map.toPos(o, 1);
    const before = map.toPos(o, -1);
    if (shown.includes(o)) {
      expect(after).toBe(before);
      expect(map.toOffset(after)).toBe(o);
    } else {
      // A hidden offset snaps to the nearest visible offset on the side the bias names (or, with nothing
      // visible on that side, to the nearest one on the other).
      expect(map.toOffset(after)).toBe(shown.find((v) => v > o) ?? last);
      expect(map.toOffset(before)).toBe(shown.findLast((v) => v < o) ?? first);
    }
  }

  // Every position inside a textblock maps to an offset and back to itself.
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return false;
    for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) {
      expect(map.toPos(map.toOffset(p))).toBe(p);
    }
    return false;
  });

  // Within one block, the text between two mapped positions is the source slice between the offsets.
  for (const b of map.blocks) {
    for (let a = b.from; a <= b.to; a++) {
      expect(doc.textBetween(map.toPos(a), map.toPos(b.to))).toBe(text.slice(a, b.to));
    }
  }
}

describe('documentToDoc', () => {
  it.each([
    ['plain text', 'The Ledger reported that more than 450 villagers fled.'],
    ['several paragraphs', 'First paragraph.\n\nSecond paragraph,\nwith a second line.\n\n\nThird.\n'],
    ['Markdown headings', '# JUSTICE FOR KHOJALY\n\nFebruary 26, 1992\n## The Times\nText under it.\n###### six\n#no heading\n####### seven'],
    ['CRLF line endings', '# Title\r\n\r\nLine one\r\nline two\r\n\r\n\r\nLast\r\n'],
    ['old Mac line endings', 'a\rb\r\rc'],
    ['blank and whitespace-only lines', '\n\n   \n  indented start\n \t \nnext  \n\n'],
    ['astral characters', '𝒜 quote “𝓑𝓒” 😀 end\n\n# 😀 heading 𝔇\n\n🇦🇿 flag'],
    ['an empty heading', '#\n\n#   \ntext'],
    ['an empty text', ''],
    ['only whitespace', ' \n\t\n'],
  ])('maps every offset of %s exactly', (_name, text) => {
    assertExactMap(text);
  });

  it('hides a heading marker and shows the rest of the line verbatim', () => {
    const text = 'Intro\n## The Times, 2 March 1992 ##\nBody';
    const { doc, map } = documentToDoc(text);
    const heading = doc.child(1);
    expect(heading.type.name).toBe('heading');
    expect(heading.attrs['level']).toBe(2);
    expect(heading.textContent).toBe('The Times, 2 March 1992 ##');
    const start = text.indexOf('The Times');
    expect(map.toOffset(map.toPos(start))).toBe(start);
    // The hidden `## ` resolves forward to the heading text and backward to the end of "Intro".
    expect(map.toPos(text.indexOf('##'), 1)).toBe(map.toPos(start));
    expect(map.toPos(text.indexOf('##'), -1)).toBe(map.toPos('Intro'.length));
  });

  it('keeps CRLF inside a paragraph as two characters of its text', () => {
    const text = 'one\r\ntwo\r\n\r\nthree';
    const { doc, map } = documentToDoc(text);
    expect(doc.childCount).toBe(2);
    expect(doc.child(0).textContent).toBe('one\r\ntwo');
    const two = text.indexOf('two');
    expect(doc.textBetween(map.toPos(0), map.toPos(two + 3))).toBe('one\r\ntwo');
  });

  it('turns a selection spanning two paragraphs into the source span including the blank line', () => {
    const text = 'First claim here.\n\nSecond one.';
    const { map } = documentToDoc(text);
    const from = map.toPos(text.indexOf('claim'));
    const to = map.toPos(text.indexOf(' one'));
    const span = map.toSpan({ from, to });
    expect(span).toEqual({ start: text.indexOf('claim'), end: text.indexOf(' one') });
    expect(text.slice(span!.start, span!.end)).toBe('claim here.\n\nSecond');
  });

  it('shrinks a selection that starts or ends between blocks to the visible text', () => {
    const text = 'Alpha\n\nBeta';
    const { map } = documentToDoc(text);
    // Position 0 is before the first paragraph; docSize is after the last one.
    expect(map.toSpan({ from: 0, to: map.docSize })).toEqual({ start: 0, end: text.length });
    // The boundary between the two paragraphs, as either end of a range.
    const boundary = map.toPos(5) + 1;
    expect(map.toSpan({ from: boundary, to: map.toPos(text.length) })).toEqual({ start: 7, end: 11 });
    expect(map.toSpan({ from: map.toPos(0), to: boundary })).toEqual({ start: 0, end: 5 });
  });

  it('draws nothing for a span wholly inside hidden text', () => {
    const text = 'Alpha\n\n\n# Beta';
    const { map } = documentToDoc(text);
    expect(map.toRange({ start: 6, end: 9 })).toBeNull();
    expect(map.toRange({ start: 3, end: 12 })).toEqual({ from: map.toPos(3), to: map.toPos(12) });
  });

  it('refuses offsets and positions outside the text', () => {
    const { map } = documentToDoc('abc');
    expect(() => map.toPos(-1)).toThrow(RangeError);
    expect(() => map.toPos(4)).toThrow(RangeError);
    expect(() => map.toPos(1.5)).toThrow(RangeError);
    expect(() => map.toOffset(map.docSize + 1)).toThrow(RangeError);
  });

  it('can show headings as plain paragraphs', () => {
    const { doc } = documentToDoc('# Not a heading', { headings: false });
    expect(doc.child(0).type.name).toBe('paragraph');
    expect(doc.child(0).textContent).toBe('# Not a heading');
  });

  it('maps every offset exactly for arbitrary texts (property)', () => {
    // Texts built from the characters that matter: line endings, spaces, `#`, letters, astral symbols,
    // and lone surrogates (a JS string may hold them; offsets still count code units).
    const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '#', '# ', '## ', 'a', 'word', '😀', '\uD800', '“', '\n\n');
    const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(text, (t) => {
        assertExactMap(t);
      }),
      { numRuns: 300 },
    );
  });

  it('converts every selection inside the text to the span it shows (property)', () => {
    const piece = fc.constantFrom('\n', '\r\n', ' ', '# ', 'ab', '😀', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const { doc, map } = documentToDoc(text);
        const a = x % (doc.content.size + 1);
        const b = y % (doc.content.size + 1);
        const span = map.toSpan({ from: Math.min(a, b), to: Math.max(a, b) });
        if (!span) return;
        // The visible text of the selection, with block breaks removed, is the source slice with its
        // hidden characters (separators, heading markers) removed.
        const range = map.toRange(span)!;
        expect(range).not.toBeNull();
        const shown = doc.textBetween(range.from, range.to, '');
        expect(shown.length).toBeLessThanOrEqual(span.end - span.start);
        expect(map.toSpan(range)).toEqual(span);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasCorpus)(`documentToDoc on the real corpus${corpusSkipReason}`, () => {
  it.each(CORPUS_FILES)('%s: every block shows its source slice and every shown offset round-trips', (name) => {
    const text = readCorpus(name);
    const { doc, map } = documentToDoc(text);
    expect(doc.childCount).toBe(map.blocks.length);
    doc.forEach((node, _offset, index) => {
      const block = map.blocks[index]!;
      expect(node.textContent).toBe(text.slice(block.from, block.to));
      for (let o = block.from; o <= block.to; o++) {
        if (map.toOffset(map.toPos(o)) !== o) expect.fail(`offset ${o} of ${name} does not round-trip`);
      }
    });
  });

  it('004.txt: its Markdown headings become heading nodes without their `#`', () => {
    const { doc } = documentToDoc(readCorpus('004.txt'));
    const headings: string[] = [];
    doc.forEach((node) => {
      if (node.type.name === 'heading') headings.push(node.textContent);
    });
    expect(headings).toContain('JUSTICE FOR KHOJALY');
    expect(headings.every((h) => !h.startsWith('#'))).toBe(true);
  });
});
