/**
 * Moved passages (stage 4): an alignment keeps both witnesses' reading order, so a sentence that stands
 * elsewhere in the other witness comes out as words missing in one place and words added in another.
 * When a `delete` and an `insert` of one alignment hold the same words (token keys equal, or equal but for
 * OCR damage), they are one move: both ops get the same `moved` number, which keeps them in the witness
 * when quote bounds trim edge gaps, and tells analysis to report one transposition. A gap is slid along a
 * word its two ends share (an alignment may put it one word off) and cut of one stray token at an edge (a
 * split word's piece) before it is matched.
 */
import { trimReplaceEdges } from './replace-edges';
import { ocrKey } from '../normalize';
import type { AlignOp, Token } from '../types';
import type { TokenList } from '../token-list';

/** Fewest words a moved passage has: two words in another order are a reordering, not a move. */
export const MIN_MOVED_TOKENS = 3;

const alike = (x: Token, y: Token): boolean => x.norm === y.norm || ocrKey(x.norm) === ocrKey(y.norm);

function sameWords(a: TokenList, ra: AlignOp['a'], b: TokenList, rb: AlignOp['b']): boolean {
  if (ra.to - ra.from !== rb.to - rb.from) return false;
  for (let i = 0; i < ra.to - ra.from; i++) if (!alike(a.at(ra.from + i) as Token, b.at(rb.from + i) as Token)) return false;
  return true;
}

/** Fewest words a moved and edited sentence has: shorter, a few changed words make it another phrase. */
export const MIN_EDITED_TOKENS = 8;
/** Most words on either side of a moved and edited passage (the comparison is quadratic in them). */
const MAX_EDITED_TOKENS = 80;
/** Share of the longer side's words that must stand, in order, in the other for a moved and edited passage. */
const EDITED_SHARE = 0.8;

/** Two rows of the common-subsequence table, reused by every comparison. */
const LCS_ROWS: [Uint16Array, Uint16Array] = [new Uint16Array(MAX_EDITED_TOKENS + 1), new Uint16Array(MAX_EDITED_TOKENS + 1)];

/**
 * True when `b[rb]` is `a[ra]` with a few words changed: lengths within two tokens, and their longest
 * common subsequence of alike words (norm or OCR key) at least {@link EDITED_SHARE} of the longer.
 */
function nearlySameWords(a: TokenList, ra: AlignOp['a'], b: TokenList, rb: AlignOp['b']): boolean {
  const n = ra.to - ra.from;
  const m = rb.to - rb.from;
  if (Math.min(n, m) < MIN_EDITED_TOKENS || Math.max(n, m) > MAX_EDITED_TOKENS || Math.abs(n - m) > 2) return false;
  let prev = LCS_ROWS[0].fill(0, 0, m + 1);
  let cur = LCS_ROWS[1].fill(0, 0, m + 1);
  for (let i = 1; i <= n; i++) {
    const x = a.at(ra.from + i - 1) as Token;
    for (let j = 1; j <= m; j++) {
      cur[j] = alike(x, b.at(rb.from + j - 1) as Token) ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    [prev, cur] = [cur, prev];
  }
  return (prev[m] as number) >= EDITED_SHARE * Math.max(n, m);
}

/** Farthest a gap is slid to find the place where it holds the other gap's words. */
const MAX_SLIDE = 3;

/**
 * `ops` with the gap at `k` slid one token left (`step` −1) or right (+1) along the equal runs beside it,
 * which leaves the alignment as good: the word leaving the gap at one end is the word entering it at the
 * other (`The [army … Eastwood] The storm` is `[The army … Eastwood] The storm`). Null when the neighbours
 * are no equal runs or the words differ.
 */
function slide(ops: readonly AlignOp[], k: number, step: 1 | -1, a: TokenList, b: TokenList): AlignOp[] | null {
  const gap = ops[k] as AlignOp;
  const s = gap.a.to > gap.a.from ? 'a' : 'b';
  const o = s === 'a' ? 'b' : 'a';
  const T = s === 'a' ? a : b;
  const prev = ops[k - 1];
  const next = ops[k + 1];
  if (prev?.op !== 'equal' || next?.op !== 'equal' || prev.moved !== undefined || next.moved !== undefined) return null;
  const g = gap[s];
  const leaving = step < 0 ? T.at(g.to - 1) : T.at(g.from);
  const entering = step < 0 ? T.at(g.from - 1) : T.at(g.to);
  const from = step < 0 ? prev : next;
  if (!leaving || !entering || from[s].to - from[s].from < 1 || !alike(leaving, entering)) return null;
  const shift = (r: AlignOp['a'], dFrom: number, dTo: number) => ({ from: r.from + dFrom, to: r.to + dTo });
  const p2: AlignOp = step < 0 ? { ...prev, a: shift(prev.a, 0, -1), b: shift(prev.b, 0, -1) } : { ...prev, a: shift(prev.a, 0, 1), b: shift(prev.b, 0, 1) };
  const n2: AlignOp = step < 0 ? { ...next, a: shift(next.a, -1, 0), b: shift(next.b, -1, 0) } : { ...next, a: shift(next.a, 1, 0), b: shift(next.b, 1, 0) };
  const g2: AlignOp = { ...gap, [s]: shift(g, step, step), [o]: shift(gap[o], step, step) } as AlignOp;
  const kept = [p2, g2, n2].filter((op) => op.op !== 'equal' || op.a.to > op.a.from);
  return [...ops.slice(0, k - 1), ...kept, ...ops.slice(k + 2)];
}

/**
 * The gap at `k` slid (up to {@link MAX_SLIDE} tokens either way) to where `holds` says it stands in the
 * other witness's moved words: the slid ops and the gap's new index, or null.
 */
function slideToMatch(ops: readonly AlignOp[], k: number, a: TokenList, b: TokenList, holds: (gap: AlignOp) => boolean): { ops: AlignOp[]; at: number } | null {
  for (const step of [-1, 1] as const) {
    let cur: readonly AlignOp[] = ops;
    let at = k;
    for (let n = 0; n < MAX_SLIDE; n++) {
      const next = slide(cur, at, step, a, b);
      if (!next) break;
      // The neighbour before the gap may have run out and gone: find the gap again.
      at = next.findIndex((op, i) => i >= at - 1 && op.op !== 'equal' && (op.a.to > op.a.from) === ((cur[at] as AlignOp).a.to > (cur[at] as AlignOp).a.from));
      cur = next;
      if (at < 0) break;
      if (holds(cur[at] as AlignOp)) return { ops: [...cur], at };
    }
  }
  return null;
}

/** Most tokens one side of a move may carry beyond the other's at an edge (a split word's stray piece). */
const MAX_EDGE_EXTRA = 1;

/**
 * Where the words of `x` (a gap on one side) stand inside `y` (a gap on the other), `y` longer by up to
 * {@link MAX_EDGE_EXTRA} tokens at one edge (`… Ashford` / `… Ashford A` of a split `A ccording`): the
 * offset into `y` of the match, or -1.
 */
function edgeMatch(xs: TokenList, rx: AlignOp['a'], ys: TokenList, ry: AlignOp['a']): number {
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
export function markMoves(ops: readonly AlignOp[], a: TokenList, b: TokenList): AlignOp[] {
  // A word the aligner hid in a replace beside a gap belongs to the gap (`replace-edges.ts`).
  let out = trimReplaceEdges(ops, a, b);
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
    // The gap slid along a word both have at its ends (`The [army … Eastwood] The` / `[The army … Eastwood]`).
    // A slid gap keeps its length: only a gap of the same length on the other side can be its partner.
    const len = d.a.to - d.a.from;
    const sameLength = (x: AlignOp): boolean => isInsert(x) && x.moved === undefined && x.b.to - x.b.from === len;
    const slid = out.some(sameLength) ? slideToMatch(out, k, a, b, (g) => out.some((x) => sameLength(x) && sameWords(a, g.a, b, x.b))) : null;
    if (slid) {
      const g = slid.ops[slid.at] as AlignOp;
      const partner = slid.ops.find((x) => isInsert(x) && x.moved === undefined && sameWords(a, g.a, b, x.b)) as AlignOp;
      g.moved = next;
      partner.moved = next++;
      out = slid.ops;
      k = slid.at;
      continue;
    }
    let partnerSlid: { ops: AlignOp[]; at: number } | null = null;
    for (let j = 0; j < out.length && partnerSlid === null; j++) {
      if (sameLength(out[j] as AlignOp)) partnerSlid = slideToMatch(out, j, a, b, (g) => sameWords(a, d.a, b, g.b));
    }
    if (partnerSlid) {
      const g = partnerSlid.ops[partnerSlid.at] as AlignOp;
      const self = partnerSlid.ops.find((x) => x.op === d.op && x.a.from === d.a.from && x.a.to === d.a.to && x.moved === undefined) as AlignOp;
      g.moved = next;
      self.moved = next++;
      out = partnerSlid.ops;
      k = out.indexOf(self);
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
    if (d.moved !== undefined || out[k] !== d) continue;
    // A sentence moved and edited: most of its words, in order (its changes are analysed inside the move).
    const edited = out.find((x) => isInsert(x) && x.moved === undefined && nearlySameWords(a, d.a, b, x.b));
    if (edited) {
      d.moved = next;
      edited.moved = next++;
      d.edited = true;
      edited.edited = true;
    }
  }
  return out;
}
