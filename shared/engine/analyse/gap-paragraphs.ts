/**
 * Words one witness lacks, cut where a reader sees separate units: the end of a paragraph both witnesses
 * have (`… in front of her. Her daughter was still missing.`), the whole paragraphs only one of them
 * has (`One boy who arrived in Aghdam had an ear sliced off.`) and the start of the next shared paragraph.
 * One sentence added to a paragraph and one paragraph dropped are two editorial acts, and a reviewer
 * judges them one at a time; a gap inside one paragraph stays whole, and so does a run of whole
 * paragraphs (one dropped stretch, one decision).
 *
 * A paragraph ends at a blank line after a sentence's end. A blank line alone is no paragraph break:
 * text extracted from PDFs puts one after every printed line, mid-sentence.
 */
import type { AlignOp, Token, WitnessView } from '../types';

/** True when the text between two tokens ends a paragraph: a sentence's end, then a blank line. */
function paragraphBreak(gap: string): boolean {
  return /[.!?…]["”’»)\]*_]*[ \t]*\r?\n[ \t]*\r?\n/u.test(gap);
}

/** True when a paragraph ends between tokens `i - 1` and `i` of `view` (true at the document's edges). */
function breakBefore(view: WitnessView, i: number): boolean {
  const prev = view.tokens.at(i - 1) as Token | undefined;
  const next = view.tokens.at(i) as Token | undefined;
  if (prev === undefined || next === undefined) return true;
  return paragraphBreak(view.document.text.slice(prev.end, next.start));
}

/**
 * The gap `op` (a `delete` or an `insert`) as one op per unit: the tail of the paragraph the gap starts
 * in, when it starts inside one; the whole paragraphs after it; the head of the paragraph it ends in, when
 * it ends inside one. A gap that crosses no paragraph break, or one marked as moved, comes back as it is.
 */
export function gapByParagraphs(a: WitnessView, b: WitnessView, op: AlignOp): AlignOp[] {
  if (op.moved !== undefined) return [op];
  const aHas = op.a.to > op.a.from;
  const view = aHas ? a : b;
  const range = aHas ? op.a : op.b;
  const breaks: number[] = [];
  for (let i = range.from + 1; i < range.to; i++) if (breakBefore(view, i)) breaks.push(i);
  if (breaks.length === 0) return [op];
  const cuts: number[] = [];
  // A gap starting at a paragraph's start has no tail of a shared paragraph to cut off; likewise its end.
  if (!breakBefore(view, range.from)) cuts.push(breaks[0] as number);
  const last = breaks[breaks.length - 1] as number;
  if (!breakBefore(view, range.to) && !cuts.includes(last)) cuts.push(last);
  if (cuts.length === 0) return [op];
  const bounds = [range.from, ...cuts, range.to];
  const pieces: AlignOp[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const piece = { from: bounds[k] as number, to: bounds[k + 1] as number };
    pieces.push(aHas ? { ...op, a: piece } : { ...op, b: piece });
  }
  return pieces;
}
