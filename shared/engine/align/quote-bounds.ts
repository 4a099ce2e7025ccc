/**
 * Bounding shared passages by their quotes (stage 4, between discovery and clustering). Local alignment
 * extends a match as long as words keep agreeing, so a passage two documents quote can run past the
 * quotation mark into each document's own introduction (`The Ledger reported: “…”` / `As the Ledger wrote:
 * “…”`), or past an article's body into its dateline. Text outside the quote is not part of the quoted
 * passage: a side whose words lie mostly in one quote is clipped to that quote, the other side follows
 * through the alignment, and each piece is kept only when it passes discovery's thresholds again.
 */
import type { AlignOp, TokenRange } from '../types';
import type { PairOptions, SharedPassage } from './pairs';
import type { QuoteSpans } from './quote-spans';
import type { SeedDocument } from './seeds';

/** One aligned column: a token of A, of B, or both (ints are token indices, -1 for none). */
interface Column {
  op: number;
  a: number;
  b: number;
  equal: boolean;
  /** The column belongs to a moved passage's gap (see `moves.ts`). */
  moved: boolean;
}

/** The ops of a passage, one column per aligned token pair or gap token. */
function columns(ops: readonly AlignOp[]): Column[] {
  const out: Column[] = [];
  ops.forEach((op, k) => {
    const na = op.a.to - op.a.from;
    const nb = op.b.to - op.b.from;
    const both = op.op === 'delete' || op.op === 'insert' ? 0 : Math.min(na, nb);
    const moved = op.moved !== undefined;
    for (let i = 0; i < both; i++) out.push({ op: k, a: op.a.from + i, b: op.b.from + i, equal: op.op === 'equal', moved });
    for (let i = both; i < na; i++) out.push({ op: k, a: op.a.from + i, b: -1, equal: false, moved });
    for (let i = both; i < nb; i++) out.push({ op: k, a: -1, b: op.b.from + i, equal: false, moved });
  });
  return out;
}

/**
 * The label of each token of `range`: the number of the bounding quote that holds it (see
 * {@link QuoteSpans.boundingIndex}), or -1 outside every quote.
 */
function labels(doc: SeedDocument, docNo: number, range: TokenRange, quotes: QuoteSpans): Int32Array {
  const out = new Int32Array(Math.max(0, range.to - range.from));
  for (let i = range.from; i < range.to; i++) {
    out[i - range.from] = quotes.boundingIndex(docNo, doc.tokens.start(i), doc.tokens.end(i));
  }
  return out;
}

/** The first token index of one side in columns `[from, to)`. */
function firstIndex(cols: readonly Column[], from: number, to: number, side: 'a' | 'b'): number {
  for (let k = from; k < to; k++) if ((cols[k] as Column)[side] >= 0) return (cols[k] as Column)[side];
  return -1;
}

/** The last token index of one side in columns `[from, to)`. */
function lastIndex(cols: readonly Column[], from: number, to: number, side: 'a' | 'b'): number {
  for (let k = to - 1; k >= from; k--) if ((cols[k] as Column)[side] >= 0) return (cols[k] as Column)[side];
  return -1;
}

/** Rebuilds the ops of columns `[from, to)` from the original ops, clipped to the tokens the piece keeps. */
function opsOf(cols: readonly Column[], from: number, to: number, ops: readonly AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  let nextA = firstIndex(cols, from, to, 'a');
  let nextB = firstIndex(cols, from, to, 'b');
  for (let k = from; k < to; ) {
    const opIndex = (cols[k] as Column).op;
    const op = ops[opIndex] as AlignOp;
    const a = { from: nextA, to: nextA };
    const b = { from: nextB, to: nextB };
    for (; k < to && (cols[k] as Column).op === opIndex; k++) {
      const c = cols[k] as Column;
      if (c.a >= 0) a.to = nextA = c.a + 1;
      if (c.b >= 0) b.to = nextB = c.b + 1;
    }
    out.push(op.moved === undefined ? { op: op.op, a, b } : { op: op.op, a, b, moved: op.moved, ...(op.edited ? { edited: true } : {}) });
  }
  return out;
}

/**
 * Columns `[from, to)` without gap columns at either end: a witness starts and ends on a pair. A gap right
 * next to an edge pair that differs stays with it (`N EIGHBOURS` / `Neighbours`: the `N` is half of the
 * differing word, and analysis must see both halves to call it a split).
 */
function trimGaps(cols: readonly Column[], from: number, to: number, together: (gap: Column, pair: Column) => boolean = () => false, lo = from, hi = to): [number, number] {
  // A moved passage's gap is no edge to trim: its words stand elsewhere in the other witness.
  const isGap = (k: number): boolean => ((cols[k] as Column).a < 0 || (cols[k] as Column).b < 0) && !(cols[k] as Column).moved;
  let s = from;
  let e = to;
  while (s < e && isGap(s)) s++;
  while (e > s && isGap(e - 1)) e--;
  if (s >= e) return [s, e];
  let ls = s;
  while (ls > lo && isGap(ls - 1) && !(cols[s] as Column).equal && s - ls < MAX_ABSORBED_GAP && together(cols[ls - 1] as Column, cols[s] as Column)) ls--;
  let le = e;
  while (le < hi && isGap(le) && !(cols[e - 1] as Column).equal && le - e < MAX_ABSORBED_GAP && together(cols[le] as Column, cols[e - 1] as Column)) le++;
  return [ls, le];
}

/** Most gap tokens an edge pair that differs takes with it (the pieces of one split word). */
const MAX_ABSORBED_GAP = 2;

/**
 * The anchor of one side inside columns `[from, to)`: the bounding quote holding more than half of that
 * side's tokens there, as the column range its tokens occupy; null when no quote holds a majority. A
 * majority, because a reprint without marks carries its speakers' quotes inside it: those must not cut it.
 */
function anchorOf(cols: readonly Column[], from: number, to: number, side: 'a' | 'b', label: (i: number) => number): [number, number] | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (let k = from; k < to; k++) {
    const i = (cols[k] as Column)[side];
    if (i < 0) continue;
    total++;
    const q = label(i);
    if (q >= 0) counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  for (const [q, n] of counts) {
    if (2 * n <= total) continue;
    let s = from;
    let e = to;
    // A column where this side has no token stays when it is half of a moved passage (its words are in
    // the other side's quote); other gap columns never bound a witness.
    const outside = (c: Column): boolean => (c[side] < 0 ? !c.moved : label(c[side]) !== q);
    while (s < e && outside(cols[s] as Column)) s++;
    while (e > s && outside(cols[e - 1] as Column)) e--;
    return [s, e];
  }
  return null;
}

/**
 * Bounds one passage by its quotes. On each side, a quote that holds most of the side's words is the
 * quoted passage there: the passage is clipped to it (the other side follows through the alignment), and
 * clipping repeats until neither side's quote cuts further — `The Ledger reported: “…”` loses `Ledger
 * reported`, an article under a dateline loses its headline. The clipped piece needs what any quoted
 * passage needs (`minTokens` long on both sides, `minMatchQuoted` matches); what was cut off before or after
 * it stays a passage of its own only when it passes the unquoted threshold (`minMatchUnquoted` matches).
 * A piece never starts or ends with a gap: words beyond the last match are not part of the witness.
 */
export function boundPassage(p: SharedPassage, docs: readonly SeedDocument[], quotes: QuoteSpans, o: PairOptions): SharedPassage[] {
  const la = labels(docs[p.docA] as SeedDocument, p.docA, p.a, quotes);
  const lb = labels(docs[p.docB] as SeedDocument, p.docB, p.b, quotes);
  if (la.every((x) => x < 0) && lb.every((x) => x < 0)) return [p];
  const labelA = (i: number): number => la[i - p.a.from] as number;
  const labelB = (i: number): number => lb[i - p.b.from] as number;
  const cols = columns(p.ops);
  let [s, e] = [0, cols.length];
  let quoted = false;
  for (let round = 0; round < 4; round++) {
    const ka = anchorOf(cols, s, e, 'a', labelA);
    const kb = ka ? anchorOf(cols, ka[0], ka[1], 'b', labelB) : anchorOf(cols, s, e, 'b', labelB);
    const next = kb ?? ka;
    if (next === null) break;
    quoted = true;
    if (next[0] === s && next[1] === e) break;
    [s, e] = next;
  }
  // A gap goes with the differing edge pair beside it only when its token lies in that side's quote too.
  const together = (gap: Column, pair: Column): boolean => (gap.a >= 0 ? labelA(gap.a) === labelA(pair.a) : labelB(gap.b) === labelB(pair.b));
  [s, e] = trimGaps(cols, s, e, together, 0, cols.length);
  const out: SharedPassage[] = [];
  const piece = (from: number, to: number, needQuoted: boolean): SharedPassage | null => {
    const [x, y] = trimGaps(cols, from, to, together);
    if (y <= x) return null;
    let matched = 0;
    for (let k = x; k < y; k++) if ((cols[k] as Column).equal) matched++;
    const a = { from: firstIndex(cols, x, y, 'a'), to: lastIndex(cols, x, y, 'a') + 1 };
    const b = { from: firstIndex(cols, x, y, 'b'), to: lastIndex(cols, x, y, 'b') + 1 };
    const long = a.to - a.from >= o.minTokens && b.to - b.from >= o.minTokens;
    const keep = needQuoted ? matched >= o.minMatchUnquoted || (long && matched >= o.minMatchQuoted) : matched >= o.minMatchUnquoted;
    return keep ? { ...p, a, b, ops: opsOf(cols, x, y, p.ops), matched } : null;
  };
  if (!quoted) return [p];
  const head = piece(0, s, false);
  const found = piece(s, e, true);
  const core = found && extendToEdges(found, docs, quotes);
  const tail = piece(e, cols.length, false);
  // What was cut off may hold another quote of its own: bound it too (each call works on fewer columns).
  if (head) out.push(...boundPassage(head, docs, quotes, o));
  if (core) out.push(core);
  if (tail) out.push(...boundPassage(tail, docs, quotes, o));
  return out;
}

/** Most tokens a witness is extended by at each edge of its quote, see {@link extendToEdges}. */
export const MAX_EDGE_TOKENS = 3;

/** Tokens before (`step` −1) or after (+1) token `at` of `doc` that lie in quote `q`, up to the limit. */
function edgeRun(doc: SeedDocument, docNo: number, at: number, step: 1 | -1, q: number, quotes: QuoteSpans): number {
  let n = 0;
  for (let i = at + step; n <= MAX_EDGE_TOKENS && i >= 0 && i < doc.tokens.length; i += step, n++) {
    if (quotes.boundingIndex(docNo, doc.tokens.start(i), doc.tokens.end(i)) !== q) break;
  }
  return n;
}

/**
 * Local alignment drops a differing word at a passage's very edge (a mismatch there only lowers the
 * score), so a figure changed in a quote's first or last word would go unseen. When both sides are quotes
 * and each has the same small number of words (at most {@link MAX_EDGE_TOKENS}) left between the aligned
 * passage and its quote's edge, those words stand in each other's place: they join as a `replace`. Runs of
 * different lengths are two excerpts ending differently and are left out.
 */
function extendToEdges(p: SharedPassage, docs: readonly SeedDocument[], quotes: QuoteSpans): SharedPassage {
  const A = docs[p.docA] as SeedDocument;
  const B = docs[p.docB] as SeedDocument;
  const label = (d: SeedDocument, docNo: number, i: number): number => {
    return quotes.boundingIndex(docNo, d.tokens.start(i), d.tokens.end(i));
  };
  const qa = [label(A, p.docA, p.a.from), label(A, p.docA, p.a.to - 1)];
  const qb = [label(B, p.docB, p.b.from), label(B, p.docB, p.b.to - 1)];
  const ops = [...p.ops];
  const a = { ...p.a };
  const b = { ...p.b };
  if ((qa[0] as number) >= 0 && (qb[0] as number) >= 0) {
    const na = edgeRun(A, p.docA, p.a.from, -1, qa[0] as number, quotes);
    const nb = edgeRun(B, p.docB, p.b.from, -1, qb[0] as number, quotes);
    if (na > 0 && na === nb && na <= MAX_EDGE_TOKENS) {
      ops.unshift({ op: 'replace', a: { from: a.from - na, to: a.from }, b: { from: b.from - nb, to: b.from } });
      a.from -= na;
      b.from -= nb;
    }
  }
  if ((qa[1] as number) >= 0 && (qb[1] as number) >= 0) {
    const na = edgeRun(A, p.docA, p.a.to - 1, 1, qa[1] as number, quotes);
    const nb = edgeRun(B, p.docB, p.b.to - 1, 1, qb[1] as number, quotes);
    if (na > 0 && na === nb && na <= MAX_EDGE_TOKENS) {
      ops.push({ op: 'replace', a: { from: a.to, to: a.to + na }, b: { from: b.to, to: b.to + nb } });
      a.to += na;
      b.to += nb;
    }
  }
  return { ...p, a, b, ops };
}

/** {@link boundPassage} over every passage, in order. */
export function boundPassages(passages: readonly SharedPassage[], docs: readonly SeedDocument[], quotes: QuoteSpans, o: PairOptions): SharedPassage[] {
  return passages.flatMap((p) => boundPassage(p, docs, quotes, o));
}
