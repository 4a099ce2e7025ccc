/**
 * Moved passages (stage 4): an alignment keeps both witnesses' reading order, so a sentence that stands
 * elsewhere in the other witness comes out as words missing in one place and words added in another.
 * When a `delete` and an `insert` of one alignment hold the same words (token keys equal, or equal but for
 * OCR damage), they are one move: both ops get the same `moved` number, which keeps them in the witness
 * when quote bounds trim edge gaps, and tells analysis to report one transposition.
 */
import { ocrKey } from '../normalize';
import type { AlignOp, Token } from '../types';

/** Fewest words a moved passage has: two words in another order are a reordering, not a move. */
export const MIN_MOVED_TOKENS = 3;

function sameWords(a: readonly Token[], ra: AlignOp['a'], b: readonly Token[], rb: AlignOp['b']): boolean {
  if (ra.to - ra.from !== rb.to - rb.from) return false;
  for (let i = 0; i < ra.to - ra.from; i++) {
    const x = a[ra.from + i] as Token;
    const y = b[rb.from + i] as Token;
    if (x.norm !== y.norm && ocrKey(x.norm) !== ocrKey(y.norm)) return false;
  }
  return true;
}

/** Most tokens one side of a move may carry beyond the other's at an edge (a split word's stray piece). */
const MAX_EDGE_EXTRA = 1;

/**
 * Where the words of `x` (a gap on one side) stand inside `y` (a gap on the other), `y` longer by up to
 * {@link MAX_EDGE_EXTRA} tokens at one edge (`… Ashford` / `… Ashford A` of a split `A ccording`): the
 * offset into `y` of the match, or -1.
 */
function edgeMatch(xs: readonly Token[], rx: AlignOp['a'], ys: readonly Token[], ry: AlignOp['a']): number {
  const extra = ry.to - ry.from - (rx.to - rx.from);
  if (extra < 1 || extra > MAX_EDGE_EXTRA) return -1;
  for (const at of [0, extra]) {
    if (sameWords(xs, rx, ys, { from: ry.from + at, to: ry.from + at + (rx.to - rx.from) })) return at;
  }
  return -1;
}

/** `op` cut at token `cut` of its non-empty side: two gap ops in order. */
function splitGap(op: AlignOp, cut: number): [AlignOp, AlignOp] {
  const side = op.a.to > op.a.from ? 'a' : 'b';
  const first = { ...op, a: { ...op.a }, b: { ...op.b } };
  const second = { ...op, a: { ...op.a }, b: { ...op.b } };
  first[side] = { from: op[side].from, to: cut };
  second[side] = { from: cut, to: op[side].to };
  // The empty side of both stays where it was: one position.
  return [first, second];
}

/**
 * `ops` with every `delete` whose words an `insert` holds (and that insert) marked `moved` with a shared
 * number; ops are copied, never changed in place. A gap that holds the other's words and one stray token
 * at an edge (a split word's piece the alignment put beside it) is cut, and its core is the move.
 * Linear in the gap ops times the candidates of equal length.
 */
export function markMoves(ops: readonly AlignOp[], a: readonly Token[], b: readonly Token[]): AlignOp[] {
  let out = ops.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } }));
  const isInsert = (op: AlignOp) => op.a.to === op.a.from && op.b.to - op.b.from >= MIN_MOVED_TOKENS;
  if (!out.some(isInsert)) return out;
  let next = 1;
  for (let k = 0; k < out.length; k++) {
    const d = out[k] as AlignOp;
    if (d.moved !== undefined || d.b.to !== d.b.from || d.a.to - d.a.from < MIN_MOVED_TOKENS) continue;
    const i = out.find((x) => isInsert(x) && x.moved === undefined && sameWords(a, d.a, b, x.b));
    if (i) {
      d.moved = next;
      i.moved = next++;
      continue;
    }
    // One side longer by a stray token at an edge: cut it off, and the rest is the move.
    for (let j = 0; j < out.length; j++) {
      const x = out[j] as AlignOp;
      if (!isInsert(x) || x.moved !== undefined) continue;
      const inB = edgeMatch(a, d.a, b, x.b);
      const inA = inB < 0 ? edgeMatch(b, x.b, a, d.a) : -1;
      if (inB < 0 && inA < 0) continue;
      const [longer, at, coreLen, index] = inB >= 0 ? [x, inB, d.a.to - d.a.from, j] : [d, inA, x.b.to - x.b.from, k];
      const side = longer === x ? 'b' : 'a';
      const from = longer[side].from;
      const cuts = at === 0 ? from + coreLen : from + at;
      const [p, q] = splitGap(longer, cuts);
      const core = at === 0 ? p : q;
      core.moved = next;
      (longer === x ? d : x).moved = next++;
      out = [...out.slice(0, index), p, q, ...out.slice(index + 1)];
      if (index < k) k++;
      break;
    }
  }
  return out;
}
