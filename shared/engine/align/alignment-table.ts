/**
 * The alignment table of a cluster (CollateX's alignment table, DESIGN.md stage 4): every token of every
 * witness gets a column, tokens that the direct comparisons of the cluster pair up share one, and columns
 * keep every witness's reading order. The variant table of the report is read off it: a variant location
 * is a range of columns, and each witness's reading there is its tokens in that range.
 *
 * Built progressively from the pairwise alignments the cluster already has (no new alignment): the
 * witness with the most matched words is laid out first, then each next witness is placed through its
 * comparisons with the witnesses already placed — an equal pair before a replaced pair, the comparison
 * with more matched words first — keeping only the placements that preserve both reading orders (a
 * longest increasing run of columns); its other tokens get columns of their own between their placed
 * neighbours. Cost: linear in the pairs' ops plus, per witness, its length times log its length.
 */
import type { TokenRange } from '../types';
import type { QuoteCluster, WitnessPair } from './cluster';

/** Columns of a cluster: for witness `w`, `columns[w][t - range.from]` is the column of its token t. */
export interface AlignmentTable {
  /** Number of columns. */
  width: number;
  columns: Int32Array[];
}

/** A column during construction: a node of a doubly linked list, numbered in order when needed. */
interface Column {
  prev: Column | null;
  next: Column | null;
  order: number;
}

/** Candidate column for one token of the witness being placed. */
interface Candidate {
  token: number;
  column: Column;
  /** Equal pairs (2) win over replaced pairs (1); then the comparison with more matches. */
  rank: number;
}

const size = (r: TokenRange): number => r.to - r.from;

/** Matched (equal) tokens of an aligned pair. */
function matches(p: WitnessPair): number {
  let n = 0;
  if (p.mode !== 'aligned') return 0;
  for (const op of p.ops) if (op.op === 'equal') n += op.a.to - op.a.from;
  return n;
}

/** A doubly linked list of columns with an `insertAfter` and a renumbering pass. */
class ColumnList {
  readonly head: Column = { prev: null, next: null, order: -1 };
  private tail: Column = this.head;

  /** A new column right after `at` (the list's head for "before everything"). */
  insertAfter(at: Column): Column {
    const c: Column = { prev: at, next: at.next, order: 0 };
    if (at.next) at.next.prev = c;
    else this.tail = c;
    at.next = c;
    return c;
  }

  /** A new column at the end. */
  append(): Column {
    return this.insertAfter(this.tail);
  }

  /** Numbers the columns 0.. in list order; returns how many there are. */
  renumber(): number {
    let n = 0;
    for (let c = this.head.next; c; c = c.next) c.order = n++;
    return n;
  }
}

/** Indices of a longest strictly increasing run of `orders` (patience sorting, O(n log n)). */
export function longestIncreasing(orders: readonly number[]): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(orders.length).fill(-1);
  for (let i = 0; i < orders.length; i++) {
    const v = orders[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((orders[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] as number) out.push(i);
  return out.reverse();
}

/** The order witnesses are placed in: most matched words first, then each next through its best link. */
function placementOrder(cluster: QuoteCluster): number[] {
  const n = cluster.witnesses.length;
  const weight = new Float64Array(n);
  for (const p of cluster.pairs) {
    const m = matches(p);
    weight[p.x] = (weight[p.x] as number) + m;
    weight[p.y] = (weight[p.y] as number) + m;
  }
  const placed = new Uint8Array(n);
  const link = new Float64Array(n).fill(-1);
  const order: number[] = [];
  const better = (i: number, j: number): boolean => {
    const li = link[i] as number;
    const lj = link[j] as number;
    if (li !== lj) return li > lj;
    if (weight[i] !== weight[j]) return (weight[i] as number) > (weight[j] as number);
    const si = size((cluster.witnesses[i] as QuoteCluster['witnesses'][number]).range);
    const sj = size((cluster.witnesses[j] as QuoteCluster['witnesses'][number]).range);
    return si !== sj ? si > sj : i < j;
  };
  for (let step = 0; step < n; step++) {
    let next = -1;
    for (let i = 0; i < n; i++) if (!placed[i] && (next < 0 || better(i, next))) next = i;
    placed[next] = 1;
    order.push(next);
    for (const p of cluster.pairs) {
      const other = p.x === next ? p.y : p.y === next ? p.x : -1;
      if (other >= 0 && !placed[other]) link[other] = Math.max(link[other] as number, matches(p));
    }
  }
  return order;
}

/**
 * Builds the alignment table of `cluster` from its pairs (see the file comment). Every token of every
 * witness has a column; two tokens share a column only when some direct comparison paired them and the
 * pairing keeps both reading orders.
 */
export function buildAlignmentTable(cluster: QuoteCluster): AlignmentTable {
  const list = new ColumnList();
  const n = cluster.witnesses.length;
  const cells: (Column | null)[][] = cluster.witnesses.map((w) => new Array<Column | null>(size(w.range)).fill(null));
  const placed = new Uint8Array(n);
  const pairsOf: WitnessPair[][] = cluster.witnesses.map(() => []);
  for (const p of cluster.pairs) {
    if (p.mode !== 'aligned') continue;
    pairsOf[p.x]?.push(p);
    pairsOf[p.y]?.push(p);
  }
  for (const w of placementOrder(cluster)) {
    list.renumber();
    const range = (cluster.witnesses[w] as QuoteCluster['witnesses'][number]).range;
    const mine = cells[w] as (Column | null)[];
    const best = candidates(w, range, pairsOf[w] ?? [], placed, cells, cluster);
    const chosen = [...best.values()].sort((p, q) => p.token - q.token);
    for (const k of longestIncreasing(chosen.map((c) => c.column.order))) {
      const c = chosen[k] as Candidate;
      mine[c.token - range.from] = c.column;
    }
    fillGaps(mine, list);
    placed[w] = 1;
  }
  const width = list.renumber();
  const columns = cells.map((row) => Int32Array.from(row, (c) => (c as Column).order));
  return { width, columns };
}

/** The best placed column for each token of witness `w` that a comparison with a placed witness pairs. */
function candidates(w: number, range: TokenRange, pairs: readonly WitnessPair[], placed: Uint8Array, cells: readonly (Column | null)[][], cluster: QuoteCluster): Map<number, Candidate> {
  const best = new Map<number, Candidate>();
  for (const p of pairs) {
    const other = p.x === w ? p.y : p.x;
    if (!placed[other]) continue;
    const otherRange = (cluster.witnesses[other] as QuoteCluster['witnesses'][number]).range;
    const weight = matches(p);
    for (const op of p.ops) {
      const na = op.a.to - op.a.from;
      if (!(op.op === 'equal' || (op.op === 'replace' && na === op.b.to - op.b.from))) continue;
      const rank = (op.op === 'equal' ? 2 : 1) * 1e9 + weight;
      for (let i = 0; i < na; i++) {
        const [own, theirs] = p.x === w ? [op.a.from + i, op.b.from + i] : [op.b.from + i, op.a.from + i];
        if (own < range.from || own >= range.to || theirs < otherRange.from || theirs >= otherRange.to) continue;
        const column = (cells[other] as (Column | null)[])[theirs - otherRange.from];
        if (!column) continue;
        const prev = best.get(own);
        if (!prev || rank > prev.rank) best.set(own, { token: own, column, rank });
      }
    }
  }
  return best;
}

/**
 * Gives every unplaced token of a witness a new column: a run between two placed tokens right after the
 * first of them, a run before the first placed token right before it, and a witness with nothing placed at
 * the end of the table.
 */
function fillGaps(row: (Column | null)[], list: ColumnList): void {
  const first = row.findIndex((c) => c !== null);
  if (first < 0) {
    for (let i = 0; i < row.length; i++) row[i] = list.append();
    return;
  }
  let at = (row[first] as Column).prev as Column;
  for (let i = 0; i < first; i++) at = row[i] = list.insertAfter(at);
  let last = row[first] as Column;
  for (let i = first + 1; i < row.length; i++) {
    const c = row[i];
    if (c) last = c;
    else last = row[i] = list.insertAfter(last);
  }
}
