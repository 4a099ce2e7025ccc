import fc from 'fast-check';
import type { Node as PmNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
// The pure modules, not the editor's index: the index also exports the DOM-bound pane, and this test is
// type-checked by the Node tsconfig, which has no DOM library.
import { documentToDoc, SECTION_BLOCKS } from '../../../renderer/editor/document-to-doc';
import type { OffsetMap } from '../../../renderer/editor/offset-map';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';

/** The corpus files beside the repository (see ../shared/corpus/README.md). */
const CORPUS_FILES = ['001.txt', '002.txt', '004.txt'];

/** Offsets inside or at the edge of a shown piece, ascending. */
function shownOffsets(map: OffsetMap): number[] {
  const shown = new Set<number>();
  for (const p of map.pieces) for (let o = p.from; o <= p.to; o++) shown.add(o);
  return [...shown].sort((a, b) => a - b);
}

/** Every textblock with its position, in document order. */
function textblocks(doc: PmNode): { node: PmNode; pos: number }[] {
  const out: { node: PmNode; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) out.push({ node, pos });
    return !node.isTextblock;
  });
  return out;
}

/** Asserts every invariant the editor relies on, for every offset and every position of `text`. */
function assertExactMap(text: string): void {
  const { doc, map } = documentToDoc(text);
  expect(map.docSize).toBe(doc.content.size);

  // Pieces ascend in the source and in the document, never overlap, and each draws its source slice.
  map.pieces.forEach((p, i) => {
    expect(p.to).toBeGreaterThan(p.from);
    expect(doc.textBetween(p.pos, p.pos + (p.to - p.from))).toBe(text.slice(p.from, p.to));
    const before = map.pieces[i - 1];
    if (before) {
      expect(p.from).toBeGreaterThanOrEqual(before.to);
      expect(p.pos).toBeGreaterThanOrEqual(before.pos + (before.to - before.from));
    }
  });
  // Nothing is shown that is not a piece: each textblock's text is its pieces' text.
  const drawn = map.pieces.map((p) => text.slice(p.from, p.to)).join('');
  expect(textblocks(doc).map((b) => b.node.textContent).join('')).toBe(drawn);

  // Shown offsets round-trip with the bias pointing into their piece.
  for (const p of map.pieces) {
    for (let o = p.from; o <= p.to; o++) {
      const bias = o === p.from ? 1 : -1;
      if (map.toOffset(map.toPos(o, bias), bias) !== o) expect.fail(`offset ${o} does not round-trip`);
    }
  }
  // Hidden offsets snap to the nearest shown offset on the side the bias names (or the other side when
  // nothing is shown on that one).
  const shown = shownOffsets(map);
  if (shown.length > 0) {
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    const isShown = new Set(shown);
    for (let o = 0; o <= text.length; o++) {
      if (isShown.has(o)) continue;
      expect(map.toOffset(map.toPos(o, 1), 1)).toBe(shown.find((v) => v > o) ?? last);
      expect(map.toOffset(map.toPos(o, -1), -1)).toBe(shown.findLast((v) => v < o) ?? first);
    }
  }

  // Every position inside a textblock that shows something maps to an offset and back to itself.
  for (const { node, pos } of textblocks(doc)) {
    if (node.content.size === 0) continue;
    for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) {
      for (const bias of [1, -1] as const) {
        if (map.toPos(map.toOffset(p, bias), bias) !== p) expect.fail(`position ${p} (bias ${bias}) does not round-trip`);
      }
    }
  }
}

describe('documentToDoc', () => {
  it.each([
    ['plain text', 'The Ledger reported that more than 450 villagers fled.'],
    ['several paragraphs', 'First paragraph.\n\nSecond paragraph,\nwith a second line.\n\n\nThird.\n'],
    ['Markdown headings', '# JUSTICE FOR KHOJALY\n\nFebruary 26, 1992\n## The Times\nText under it.\n###### six\n#no heading\n####### seven'],
    ['emphasis and links', 'A **bold** word, *an emphasis*, `code` and [a link](https://example.org/x "T") after.'],
    ['block quotes and lists', '> quoted\n> twice\n\n- one\n- two\n  continued\n\n3. three\n4. four\n\n> - nested **item**'],
    ['escapes and entities', 'a &amp; b \\* c &copy; d'],
    ['CRLF line endings', '# Title\r\n\r\nLine one\r\nline two\r\n\r\n\r\nLast\r\n'],
    ['old Mac line endings', 'a\rb\r\rc'],
    ['blank and whitespace-only lines', '\n\n   \n  indented start\n \t \nnext  \n\n'],
    ['astral characters', '𝒜 quote “𝓑𝓒” 😀 end\n\n# 😀 heading 𝔇\n\n🇦🇿 flag'],
    ['an empty heading and empty containers', '#\n\n#   \ntext\n\n>\n\n-\n'],
    ['an unclosed fence over a CRLF line', '```\n\r\n'],
    ['a fenced code block', 'Before\n\n```js\nconst a = 1;\n\nlet b;\n```\n\nafter\n\n```\nunclosed'],
    ['rules and setext headings', 'Title\n=====\n\n---\n\nSub\n---\nend'],
    ['an empty text', ''],
    ['only whitespace', ' \n\t\n'],
  ])('maps every offset of %s exactly', (_name, text) => {
    assertExactMap(text);
  });

  it('shows Markdown as structure and hides its syntax', () => {
    const text = '## The Times ##\n\n> He said **450** died, [see](http://x.org/a) notes.\n\n- first\n- *second*\n';
    const { doc } = documentToDoc(text);
    expect(doc.child(0).type.name).toBe('heading');
    expect(doc.child(0).attrs['level']).toBe(2);
    expect(doc.child(0).textContent).toBe('The Times');
    const quote = doc.child(1);
    expect(quote.type.name).toBe('blockquote');
    expect(quote.textContent).toBe('He said 450 died, see notes.');
    const strong: string[] = [];
    const links: string[] = [];
    quote.descendants((node) => {
      if (node.isText && node.marks.some((m) => m.type.name === 'strong')) strong.push(node.text ?? '');
      const link = node.marks.find((m) => m.type.name === 'link');
      if (node.isText && link) links.push(`${node.text}→${String(link.attrs['href'])}`);
    });
    expect(strong).toEqual(['450']);
    expect(links).toEqual(['see→http://x.org/a']);
    const list = doc.child(2);
    expect(list.type.name).toBe('bullet_list');
    expect(list.childCount).toBe(2);
    expect(list.child(1).textContent).toBe('second');
  });

  it('does not take indented lines of extracted text for code', () => {
    const { doc } = documentToDoc('Intro line\n\n    indented as PDFs do\n    and more');
    expect(doc.child(1).type.name).toBe('paragraph');
  });

  it('keeps CRLF inside a paragraph as its line break', () => {
    const text = 'one\r\ntwo\r\n\r\nthree';
    const { doc, map } = documentToDoc(text);
    expect(doc.childCount).toBe(2);
    const two = text.indexOf('two');
    expect(doc.textBetween(map.toPos(0), map.toPos(two + 3))).toBe('one\ntwo');
    // The `\r` is hidden; a span over the line end still names the source characters.
    expect(map.toSpan({ from: map.toPos(0), to: map.toPos(two + 3) })).toEqual({ start: 0, end: two + 3 });
  });

  it('turns a selection spanning two paragraphs into the source span including the blank line', () => {
    const text = 'First claim here.\n\nSecond one.';
    const { map } = documentToDoc(text);
    const span = map.toSpan({ from: map.toPos(text.indexOf('claim')), to: map.toPos(text.indexOf(' one')) });
    expect(span).toEqual({ start: text.indexOf('claim'), end: text.indexOf(' one') });
    expect(text.slice(span!.start, span!.end)).toBe('claim here.\n\nSecond');
  });

  it('snaps a selection that starts or ends on hidden syntax to the shown text', () => {
    const text = 'Say **this** now';
    const { map } = documentToDoc(text);
    // Select "this" as drawn: the span is exactly the word, never its asterisks.
    const from = map.toPos(text.indexOf('this'), 1);
    const to = map.toPos(text.indexOf('this') + 4, -1);
    expect(map.toSpan({ from, to })).toEqual({ start: 6, end: 10 });
    expect(map.toRange({ start: 4, end: 12 })).toEqual({ from, to });
  });

  it('starts a selection made from a paragraph\'s end at the next paragraph, and trims white space', () => {
    const text = 'With a gunshot wound, 10 \n\npeople were killed.\n\nNext.';
    const { map } = documentToDoc(text);
    const wound = text.indexOf('10') + 2;
    // End, Shift+→ (onto the next block), Shift+End: the selection starts at the end of the first paragraph.
    const from = map.toPos(text.indexOf(' \n\n') + 1, -1);
    const to = map.toPos(text.indexOf('.\n\nNext') + 1, -1);
    expect(map.toSpan({ from, to })).toEqual({ start: text.indexOf('people'), end: text.indexOf('.\n\nNext') + 1 });
    expect(map.toSpan({ from: map.toPos(wound - 2), to: map.toPos(text.indexOf('people') + 6) }, text)).toEqual({ start: wound - 2, end: text.indexOf('people') + 6 });
    expect(map.toSpan({ from: map.toPos(wound), to: map.toPos(text.indexOf('people') + 6) }, text)).toEqual({ start: text.indexOf('people'), end: text.indexOf('people') + 6 });
    // Ending at the next paragraph's start ends at the previous one's last character.
    expect(map.toSpan({ from: map.toPos(wound - 2), to: map.toPos(text.indexOf('people'), 1) }, text)).toEqual({ start: wound - 2, end: wound });
    expect(map.toSpan({ from: map.toPos(wound + 1, -1), to: map.toPos(text.indexOf('people'), 1) }, text)).toBeNull();
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

  it('groups a long document in sections that change no offset, and leaves a short one flat', () => {
    const block = (i: number) => (i % 7 === 0 ? `## Part ${i}` : i % 5 === 0 ? `- item ${i}\n- *next* ${i}` : `Paragraph ${i} with **bold** text.`);
    const long = Array.from({ length: SECTION_BLOCKS * 5 + 3 }, (_, i) => block(i)).join('\n\n');
    const { doc } = documentToDoc(long);
    expect(doc.childCount).toBe(6);
    doc.forEach((section) => expect(section.type.name).toBe('section'));
    expect(doc.child(0).childCount).toBe(SECTION_BLOCKS);
    expect(doc.child(5).childCount).toBe(3);
    assertExactMap(long);
    const short = Array.from({ length: SECTION_BLOCKS }, (_, i) => block(i)).join('\n\n');
    const flat = documentToDoc(short).doc;
    expect(flat.childCount).toBe(SECTION_BLOCKS);
    flat.forEach((node) => expect(node.type.name).not.toBe('section'));
  });

  it('maps every offset exactly for arbitrary texts (property)', () => {
    // Texts built from the characters that matter: line endings, spaces, Markdown syntax, letters, astral
    // symbols and lone surrogates (a JS string may hold them; offsets still count code units).
    const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '#', '# ', '## ', '> ', '- ', '1. ', '*', '**', '_', '`', '[', '](', ')', '\\', '&amp;', 'a', 'word', '😀', '\uD800', '“', '\n\n', '```');
    const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(text, (t) => {
        assertExactMap(t);
      }),
      { numRuns: 400 },
    );
  });

  it('converts every selection inside the text to the span it shows (property)', () => {
    const piece = fc.constantFrom('\n', '\r\n', ' ', '# ', '> ', '- ', '**', 'ab', '😀', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        const { doc, map } = documentToDoc(text);
        const a = x % (doc.content.size + 1);
        const b = y % (doc.content.size + 1);
        const span = map.toSpan({ from: Math.min(a, b), to: Math.max(a, b) });
        if (!span) return;
        const range = map.toRange(span);
        expect(range).not.toBeNull();
        expect(map.toSpan(range!)).toEqual(span);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!hasCorpus)(`documentToDoc on the real corpus${corpusSkipReason}`, () => {
  it.each(CORPUS_FILES)('%s: every piece shows its source slice and every shown offset round-trips', (name) => {
    const text = readCorpus(name);
    const { doc, map } = documentToDoc(text);
    expect(map.pieces.length).toBeGreaterThan(100);
    for (const p of map.pieces) {
      if (doc.textBetween(p.pos, p.pos + (p.to - p.from)) !== text.slice(p.from, p.to)) expect.fail(`piece ${p.from}..${p.to} of ${name} is not its source`);
      for (let o = p.from; o <= p.to; o++) {
        const bias = o === p.from ? 1 : -1;
        if (map.toOffset(map.toPos(o, bias), bias) !== o) expect.fail(`offset ${o} of ${name} does not round-trip`);
      }
    }
    // Almost every letter of a source document is shown: only syntax is hidden.
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
    const shownLetters = map.pieces.reduce((n, p) => n + letters(text.slice(p.from, p.to)), 0);
    expect(shownLetters / letters(text)).toBeGreaterThan(0.995);
  });

  it('004.txt: its Markdown headings and bold render without `#` or `**`', () => {
    const { doc } = documentToDoc(readCorpus('004.txt'));
    const headings: string[] = [];
    let strong = 0;
    doc.descendants((node) => {
      if (node.type.name === 'heading') headings.push(node.textContent);
      if (node.isText && node.marks.some((m) => m.type.name === 'strong')) strong += 1;
      return true;
    });
    expect(headings).toContain('JUSTICE FOR KHOJALY');
    expect(headings).toContain('HISTORICAL BACKGROUND');
    expect(headings.every((h) => !h.includes('#') && !h.includes('**'))).toBe(true);
    expect(strong).toBeGreaterThan(20);
    // The only asterisks left are the ones the source escapes (`\*\*\*` is a row of three stars).
    const text = readCorpus('004.txt');
    expect(doc.textContent.split('*').length - 1).toBe(text.split('\\*').length - 1);
  });
});
