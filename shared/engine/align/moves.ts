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

/**
 * `ops` with every `delete` whose words an `insert` holds (and that insert) marked `moved` with a shared
 * number; ops are copied, never changed in place. Linear in the gap ops times the candidates of equal length.
 */
export function markMoves(ops: readonly AlignOp[], a: readonly Token[], b: readonly Token[]): AlignOp[] {
  const out = ops.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } }));
  const inserts = out.filter((op) => op.a.to === op.a.from && op.b.to - op.b.from >= MIN_MOVED_TOKENS);
  if (inserts.length === 0) return out;
  let next = 1;
  for (const d of out) {
    if (d.b.to !== d.b.from || d.a.to - d.a.from < MIN_MOVED_TOKENS) continue;
    const i = inserts.find((x) => x.moved === undefined && sameWords(a, d.a, b, x.b));
    if (!i) continue;
    d.moved = next;
    i.moved = next;
    next++;
  }
  return out;
}
