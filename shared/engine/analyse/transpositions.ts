/**
 * Transpositions (DESIGN.md: `transposition`, minor): a sentence or phrase that stands elsewhere in the
 * other witness, its words unchanged or changed a little. Alignment marks the two gaps of one move with the same `moved`
 * number (`align/moves.ts`); here they become one difference instead of an omission and an insertion.
 */
import { alignGlobal } from '../align/global-alignment';
import { MIN_MOVED_TOKENS } from '../align/moves';
import type { AlignOp, Difference, WitnessView } from '../types';
import { LABEL, oneSided } from './explain';
import { difference, spanOfRange } from './spans';

/**
 * The ops without the gaps of moves, and one `transposition` per move (spans: where A and B have the words).
 * A move marked `edited` (a sentence moved and changed a little) also gives `inner`: the two places' words
 * aligned with each other, for their changes to be analysed like any others.
 */
export function findTranspositions(a: WitnessView, b: WitnessView, ops: readonly AlignOp[]): { ops: AlignOp[]; moves: Difference[]; inner: AlignOp[] } {
  const byMove = new Map<number, { from?: AlignOp; to?: AlignOp }>();
  for (const op of ops) {
    if (op.moved === undefined) continue;
    const m = byMove.get(op.moved) ?? {};
    if (op.a.to > op.a.from) m.from = op;
    else m.to = op;
    byMove.set(op.moved, m);
  }
  const moves: Difference[] = [];
  const inner: AlignOp[] = [];
  const done = new Set<number>();
  for (const [n, m] of byMove) {
    // One half clipped away by a witness edge: what is left is a plain gap.
    if (!m.from || !m.to) continue;
    let changes: AlignOp[] = [];
    if (m.from.edited || m.to.edited) {
      const aligned = alignGlobal(a.tokens, m.from.a, b.tokens, m.to.b, { freeEnd: false });
      // Too large to align: the two gaps stay an omission and an insertion.
      if (aligned === null) continue;
      changes = aligned.ops;
    }
    done.add(n);
    inner.push(...changes);
    const sa = spanOfRange(a, m.from.a);
    const sb = spanOfRange(b, m.to.b);
    moves.push(difference('transposition', 'minor', oneSided(LABEL.moved, sa.text), sa, sb));
  }
  return { ops: ops.filter((op) => op.moved === undefined || !done.has(op.moved)), moves, inner };
}

/** A comparison of two witnesses of one cluster (indices into its witnesses). */
interface Compared {
  x: number;
  y: number;
  mode: 'aligned' | 'translation';
  ops: AlignOp[];
}

/** Share of a gap's words another comparison must align for the gap to count as a move. */
const MOVE_COVER = 0.8;

/** Token pairs `(a, b)` that the `equal` ops of `ops` align, keyed by the token of `side`. */
function alignedTokens(ops: readonly AlignOp[], side: 'a' | 'b'): Map<number, number> {
  const other = side === 'a' ? 'b' : 'a';
  const out = new Map<number, number>();
  for (const op of ops) {
    if (op.op !== 'equal') continue;
    for (let i = 0; i < op.a.to - op.a.from; i++) out.set(op[side].from + i, op[other].from + i);
  }
  return out;
}

/**
 * Moves across comparisons: a sentence that stands before the shared passage in one witness and after it
 * in the other is aligned by one alignment and left as a gap by another (each keeps reading order), and it
 * may even make a witness of its own next to the longer one. A gap of one comparison whose words another
 * comparison aligns — from the same witness to a witness of the same other document — is a move: the gap
 * leaves its comparison's ops, and one `transposition` between the gap's words and their counterpart is
 * reported on the comparison that aligned them. Returns each pair's remaining ops (index for index) and
 * the moves with the witnesses they lie in.
 */
export function movesAcrossPairs(pairs: readonly Compared[], views: readonly WitnessView[]): { ops: AlignOp[][]; moves: { x: number; y: number; difference: Difference }[] } {
  const docOf = (w: number): string => (views[w] as WitnessView).document.id;
  const moves: { x: number; y: number; difference: Difference }[] = [];
  const ops = pairs.map((p, k) => {
    if (p.mode !== 'aligned') return p.ops;
    return p.ops.filter((op) => {
      const side = op.a.to > op.a.from && op.b.to === op.b.from ? 'a' : op.b.to > op.b.from && op.a.to === op.a.from ? 'b' : null;
      // A move inside this alignment is `findTranspositions`' business.
      if (side === null || op.moved !== undefined) return true;
      const range = op[side];
      if (range.to - range.from < MIN_MOVED_TOKENS) return true;
      const w = side === 'a' ? p.x : p.y;
      const otherDoc = docOf(side === 'a' ? p.y : p.x);
      for (const [j, q] of pairs.entries()) {
        if (j === k || q.mode !== 'aligned') continue;
        // q must hold the gap's witness, and its other witness must lie in the document the gap faces.
        const qSide = q.x === w && docOf(q.y) === otherDoc ? 'a' : q.y === w && docOf(q.x) === otherDoc ? 'b' : null;
        if (qSide === null) continue;
        const aligned = alignedTokens(q.ops, qSide);
        const counterpart: number[] = [];
        for (let t = range.from; t < range.to; t++) {
          const c = aligned.get(t);
          if (c !== undefined) counterpart.push(c);
        }
        if (counterpart.length < MOVE_COVER * (range.to - range.from)) continue;
        const there = { from: Math.min(...counterpart), to: Math.max(...counterpart) + 1 };
        const va = views[q.x] as WitnessView;
        const vb = views[q.y] as WitnessView;
        const sa = qSide === 'a' ? spanOfRange(va, range) : spanOfRange(va, there);
        const sb = qSide === 'a' ? spanOfRange(vb, there) : spanOfRange(vb, range);
        // Two gaps (one in each alignment) may name the same move: report it once.
        if (!moves.some((m) => m.x === q.x && m.y === q.y && m.difference.a.start === sa.start && m.difference.b.start === sb.start)) {
          moves.push({ x: q.x, y: q.y, difference: difference('transposition', 'minor', oneSided(LABEL.moved, sa.text), sa, sb) });
        }
        return false;
      }
      return true;
    });
  });
  return { ops, moves };
}
