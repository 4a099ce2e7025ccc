/**
 * Replace ops whose edges are something else: the aligner may pair `barrier A ccording` with `A ccording`
 * as one replace (two words against two, or three against two), hiding a word that belongs to the gap
 * beside it (`… the flood` + `barrier`) behind words that match or a word split in two. Moves are matched
 * on gaps, so such edges are taken off first: equal tokens as `equal` ops, a split word as a 1:2 replace,
 * and what is left as a replace or, when one side is empty, a gap.
 */
import type { AlignOp, Token } from '../types';
import type { TokenList } from '../token-list';
import { ocrKey } from '../normalize';

/** Most characters between the two pieces of a split word (a space, or a hyphen and a line end). */
export const MAX_SPLIT_GAP = 3;

const size = (r: { from: number; to: number }): number => r.to - r.from;

/** Copies of `ops` with each replace's edges taken off (see the file comment); the ops cover the same tokens. */
export function trimReplaceEdges(ops: readonly AlignOp[], a: TokenList, b: TokenList): AlignOp[] {
  const out: AlignOp[] = [];
  const same = (i: number, j: number): boolean => a.norm(i) === b.norm(j);
  for (const op of ops) {
    const copy = { ...op, a: { ...op.a }, b: { ...op.b } };
    if (op.op !== 'replace' || op.moved !== undefined || size(op.a) + size(op.b) < 3) {
      out.push(copy);
      continue;
    }
    const ra = { ...op.a };
    const rb = { ...op.b };
    const before: AlignOp[] = [];
    const after: AlignOp[] = [];
    // Equal tokens at the edges (only where the lengths differ: an equal-length replace is the aligner's
    // considered pairing), then a word split in two on one side at an edge (`A ccording` / `A`, `ccording`).
    if (size(ra) !== size(rb)) {
      while (size(ra) > 0 && size(rb) > 0 && same(ra.from, rb.from)) before.push(equalOp(ra.from++, rb.from++));
      while (size(ra) > 0 && size(rb) > 0 && same(ra.to - 1, rb.to - 1)) after.unshift(equalOp(--ra.to, --rb.to));
    }
    const tailSplit = splitEdge(a, ra, b, rb, 'tail');
    if (tailSplit) after.unshift(tailSplit);
    const headSplit = splitEdge(a, ra, b, rb, 'head');
    if (headSplit) before.push(headSplit);
    if (before.length === 0 && after.length === 0) {
      out.push(copy);
      continue;
    }
    out.push(...before);
    // What is left between the edges; one side empty makes it a gap.
    if (size(ra) > 0 || size(rb) > 0) out.push({ op: size(ra) === 0 ? 'insert' : size(rb) === 0 ? 'delete' : 'replace', a: ra, b: rb });
    out.push(...after);
  }
  return mergeRuns(out);
}

const equalOp = (i: number, j: number): AlignOp => ({ op: 'equal', a: { from: i, to: i + 1 }, b: { from: j, to: j + 1 } });

/**
 * At the `edge` of replace ranges `ra` / `rb`, one token of one side that is two tokens of the other joined
 * (a split word): that 1:2 replace, taken off the ranges (which shrink), or null. Only when the ranges hold
 * more than the split, so a plain split stays the single op it is.
 */
function splitEdge(a: TokenList, ra: { from: number; to: number }, b: TokenList, rb: { from: number; to: number }, edge: 'head' | 'tail'): AlignOp | null {
  if (size(ra) + size(rb) <= 3) return null;
  const whole = (t: Token, x: Token, y: Token): boolean => t.kind === 'word' && y.start - x.end <= MAX_SPLIT_GAP && ocrKey(x.norm + y.norm) === ocrKey(t.norm);
  const at = (r: { from: number; to: number }, k: number): number => (edge === 'head' ? r.from + k : r.to - 1 - k);
  for (const [one, two, rOne, rTwo, oneIsA] of [[a, b, ra, rb, true], [b, a, rb, ra, false]] as const) {
    if (size(rOne) < 1 || size(rTwo) < 2) continue;
    const t = one.at(at(rOne, 0)) as Token;
    const [x, y] = edge === 'head' ? [two.at(rTwo.from) as Token, two.at(rTwo.from + 1) as Token] : [two.at(rTwo.to - 2) as Token, two.at(rTwo.to - 1) as Token];
    if (!whole(t, x, y)) continue;
    const single = edge === 'head' ? { from: rOne.from, to: rOne.from + 1 } : { from: rOne.to - 1, to: rOne.to };
    const pieces = edge === 'head' ? { from: rTwo.from, to: rTwo.from + 2 } : { from: rTwo.to - 2, to: rTwo.to };
    if (edge === 'head') {
      rOne.from += 1;
      rTwo.from += 2;
    } else {
      rOne.to -= 1;
      rTwo.to -= 2;
    }
    return oneIsA ? { op: 'replace', a: single, b: pieces } : { op: 'replace', a: pieces, b: single };
  }
  return null;
}

/** Neighbouring ops of one kind as one op (a moved substitution may now touch another). */
export function mergeRuns(ops: readonly AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    if (last && last.op === op.op && op.op !== 'equal' && last.moved === undefined && op.moved === undefined && last.a.to === op.a.from && last.b.to === op.b.from) {
      last.a.to = op.a.to;
      last.b.to = op.b.to;
    } else out.push(op);
  }
  return out;
}
