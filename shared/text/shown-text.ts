/**
 * A fragment of a document as a reader sees it: without the Markdown syntax {@link markdownLayout} hides.
 * The review panel and the edition's apparatus show witnesses and readings this way, so a quote reads
 * `The Times` where the source has `**The Times**`.
 */
import { markdownLayout, textblocksOf, type LayoutBlock } from './markdown-layout';

/**
 * For each offset of `text`, whether the editor hides it (Markdown syntax, blank lines): 1 hidden, 0 shown.
 * Used to show a fragment (a witness, a reading) without its raw `**` or `>`, e.g.
 * `shownText(text, hidden, a, b)`. `layout` is `markdownLayout(text)`, passed when the caller has it already.
 */
export function hiddenMask(text: string, layout: readonly LayoutBlock[] = markdownLayout(text)): Uint8Array {
  const hidden = new Uint8Array(text.length).fill(1);
  for (const block of textblocksOf(layout)) {
    for (const p of block.pieces) hidden.fill(0, p.from, p.to);
  }
  return hidden;
}

/**
 * `text.slice(start, end)` without the characters `hidden` marks, except line breaks between blocks, which
 * become one space so words of two paragraphs do not run together.
 */
export function shownText(text: string, hidden: Uint8Array, start: number, end: number): string {
  return shownRange(text, hidden, start, end).text;
}

/** What {@link shownRange} returns: the shown text and where each source offset lands in it. */
export interface ShownRange {
  /** The same string {@link shownText} gives. */
  readonly text: string;
  /**
   * `at(offset)`: the index in `text` where the source offset `offset` (from `start` to `end`, both
   * included) lands. A shown character's index comes after the space that stands for hidden white space
   * before it; a hidden character's comes before that space. So `text.slice(at(a), at(b))` is the shown
   * form of the source span `a..b`, and spans cut at consecutive offsets never lose or repeat a character.
   * Throws a RangeError outside `start..end`.
   */
  at(offset: number): number;
}

/** {@link shownText} with the map from source offsets to indices in the result, to mark spans inside it. */
export function shownRange(text: string, hidden: Uint8Array, start: number, end: number): ShownRange {
  const positions = new Uint32Array(Math.max(0, end - start) + 1);
  let out = '';
  let gap = false;
  for (let i = start; i < end; i++) {
    if (hidden[i]) {
      positions[i - start] = out.length;
      if (/\s/.test(text[i] ?? '')) gap = true;
      continue;
    }
    if (gap && out !== '' && !/\s$/.test(out)) out += ' ';
    gap = false;
    positions[i - start] = out.length;
    out += text[i];
  }
  positions[Math.max(0, end - start)] = out.length;
  return {
    text: out,
    at(offset: number): number {
      if (!(offset >= start && offset <= Math.max(start, end))) throw new RangeError(`offset ${offset} is outside ${start}..${end}`);
      return positions[offset - start]!;
    },
  };
}
