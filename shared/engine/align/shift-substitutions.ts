/**
 * Where a gap meets a one-word substitution, the aligner's score does not say which word of the longer
 * side is the substitute: `Tom Brandt from the control house above the gorge. Mira` / `Tom Berger. Mira`
 * scores the same whether `Brandt` or `gorge` is paired with `Berger`, and the tie goes to the last word.
 * A reader pairs the words that are alike (two names, two figures, two spellings of one word). This moves
 * the substitution to the other end of the gap when the word there is plainly more alike; ties keep the
 * aligner's choice, so nothing changes where nothing tells the two apart.
 */
import type { AlignOp, Token } from '../types';
import { ocrKey } from '../normalize';
import { nearlyEqual } from './local-alignment';
import type { TokenList } from '../token-list';
import { MAX_SPLIT_GAP, mergeRuns } from './replace-edges';

const isCapital = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/** How alike two tokens are, for choosing a pairing: near-equal words, then names or figures, then nothing. */
function likeness(x: Token, y: Token): number {
  if (x.norm === y.norm) return 4;
  if (ocrKey(x.norm) === ocrKey(y.norm) || nearlyEqual(x.norm, y.norm)) return 3;
  if (x.kind === 'number' && y.kind === 'number') return 2;
  if (x.kind === 'word' && y.kind === 'word' && isCapital(x) && isCapital(y)) return 1;
  return 0;
}

const size = (r: { from: number; to: number }): number => r.to - r.from;

/**
 * `ops` with each one-word substitution beside a gap on one side moved to the gap's other end when that
 * pairing is more alike (see the file comment). The ops cover the same tokens in the same order.
 */
export function shiftSubstitutions(ops: readonly AlignOp[], a: TokenList, b: TokenList): AlignOp[] {
  const out = ops.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } }));
  for (let k = 0; k + 1 < out.length; k++) {
    const [p, q] = [out[k] as AlignOp, out[k + 1] as AlignOp];
    const gapThenSub = (p.op === 'delete' || p.op === 'insert') && q.op === 'replace' && size(q.a) === 1 && size(q.b) === 1;
    const subThenGap = p.op === 'replace' && size(p.a) === 1 && size(p.b) === 1 && (q.op === 'delete' || q.op === 'insert');
    if ((!gapThenSub && !subThenGap) || p.moved !== undefined || q.moved !== undefined) continue;
    const gap = gapThenSub ? p : q;
    const sub = gapThenSub ? q : p;
    // The side with the gap holds the gap's words and the substituted word; the other side, one word.
    const side: 'a' | 'b' = gap.op === 'delete' ? 'a' : 'b';
    const long = side === 'a' ? a : b;
    const short = side === 'a' ? b : a;
    const other = side === 'a' ? sub.b.from : sub.a.from;
    const from = Math.min(gap[side].from, sub[side].from);
    const to = Math.max(gap[side].to, sub[side].to);
    const current = sub[side].from;
    const alternative = current === from ? to - 1 : from;
    const word = short.at(other);
    const here = long.at(current);
    const there = long.at(alternative);
    if (!word || !here) continue;
    const split = likeness(here, word) < 4 ? splitAt(long, from, to, word) : null;
    if (split !== null) {
      // The word stands split in two at one end of the gap (`i ssued More than … the district`): pair the
      // two pieces with it, so the rest of the gap is the other side's words alone.
      const pieces = split === from ? { from, to: from + 2 } : { from: to - 2, to };
      const subOp: AlignOp = side === 'a' ? { op: 'replace', a: pieces, b: { ...sub.b } } : { op: 'replace', a: { ...sub.a }, b: pieces };
      const rest = split === from ? { from: from + 2, to } : { from, to: to - 2 };
      const at = side === 'a' ? sub.b : sub.a;
      const gapAt = split === from ? at.to : at.from;
      const gapOp: AlignOp = side === 'a' ? { op: 'delete', a: rest, b: { from: gapAt, to: gapAt } } : { op: 'insert', a: { from: gapAt, to: gapAt }, b: rest };
      const pair = rest.to > rest.from ? (split === from ? [subOp, gapOp] : [gapOp, subOp]) : [subOp];
      out.splice(k, 2, ...pair);
      k += pair.length - 1;
      continue;
    }
    if (!there || likeness(there, word) <= likeness(here, word)) continue;
    // Rebuild the two ops with the substitution at `alternative`.
    const subOp: AlignOp = side === 'a' ? { op: 'replace', a: { from: alternative, to: alternative + 1 }, b: { ...sub.b } } : { op: 'replace', a: { ...sub.a }, b: { from: alternative, to: alternative + 1 } };
    const gapRange = alternative === from ? { from: from + 1, to } : { from, to: to - 1 };
    const at = side === 'a' ? sub.b : sub.a;
    const gapAt = alternative === from ? at.to : at.from;
    const gapOp: AlignOp = side === 'a' ? { op: 'delete', a: gapRange, b: { from: gapAt, to: gapAt } } : { op: 'insert', a: { from: gapAt, to: gapAt }, b: gapRange };
    const pair = alternative === from ? [subOp, gapOp] : [gapOp, subOp];
    out.splice(k, 2, ...pair);
    k++;
  }
  return mergeRuns(out);
}

/**
 * Where tokens `[from, to)` of `long` begin or end with two pieces that make `word` when joined (`i` +
 * `ssued` = `issued`, OCR look-alikes folded): `from` or `to - 2`, else null. The pieces must stand close
 * together, as a stray space or a line-end hyphen leaves them.
 */
function splitAt(long: TokenList, from: number, to: number, word: Token): number | null {
  if (to - from < 2 || word.kind !== 'word') return null;
  const key = ocrKey(word.norm);
  const joins = (i: number): boolean => {
    const x = long.at(i) as Token;
    const y = long.at(i + 1) as Token;
    return y.start - x.end <= MAX_SPLIT_GAP && x.norm.length < key.length && ocrKey(x.norm + y.norm) === key;
  };
  if (joins(from)) return from;
  if (joins(to - 2)) return to - 2;
  return null;
}
