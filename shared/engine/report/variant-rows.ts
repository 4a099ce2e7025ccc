/**
 * The variant table of a cluster (DESIGN.md, "The JSON report": `cluster.variants`), read off the
 * alignment table and the pairwise differences: each difference covers a range of columns; overlapping
 * ranges are one variant location; every witness that reaches the location reads there whatever tokens it
 * has in those columns (an empty reading where it lacks them), and witnesses that start later or end
 * earlier are listed as `outside`. Attribution differences lie outside the quoted words: one row per
 * attribution field, readings taken from the differing sides.
 */
import type { Reading, Severity, Variant } from '../../model';
import { SEVERITY_RANK } from '../../model';
import type { AlignmentTable } from '../align/alignment-table';
import type { ClusterWitness, QuoteCluster } from '../align/cluster';
import { labelOf } from '../analyse/explain';
import type { Difference } from '../types';
import { contentHash, UniqueIds } from './content-id';
import type { TokenList } from '../token-list';

/** A difference between witnesses `x` and `y` of a cluster (x is side A). */
export interface PairDifference {
  x: number;
  y: number;
  difference: Difference;
}

/** What the rows are built from. */
export interface RowInput {
  cluster: QuoteCluster;
  table: AlignmentTable;
  differences: readonly PairDifference[];
  /** Tokens of the cluster's documents by document number. */
  tokens: (doc: number) => TokenList;
  /** Document id by document number. */
  docId: (doc: number) => string;
  /** Each witness's report id, index for index with the cluster's witnesses. */
  witnessIds: readonly string[];
  /** Shared by the whole report so variant ids are unique in it. */
  ids: UniqueIds;
}

/** The rows and, for each difference (index for index), the id of the row that holds it. */
export interface Rows {
  variants: Variant[];
  variantOf: string[];
}

/** Tokens of context on each side of a reading that go into its row's id. */
const ID_CONTEXT_TOKENS = 4;

interface Location {
  lo: number;
  hi: number;
  members: number[];
}

/** Index of the first token of `tokens` (within `[from, to)`) ending after `pos`. */
function firstEndingAfter(tokens: TokenList, from: number, to: number, pos: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end(mid) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Columns `[lo, hi]` that a character span of witness `w` covers; `empty` for a span between tokens. */
function columnsOf(input: RowInput, w: number, start: number, end: number): { lo: number; hi: number; empty: boolean } | null {
  const witness = input.cluster.witnesses[w] as ClusterWitness;
  const cols = input.table.columns[w] as Int32Array;
  const tokens = input.tokens(witness.doc);
  const { from, to } = witness.range;
  if (to <= from) return null;
  const col = (t: number): number => cols[Math.min(Math.max(t, from), to - 1) - from] as number;
  let i = firstEndingAfter(tokens, from, to, start);
  if (start < end && i < to && tokens.start(i) < end) {
    let j = i;
    while (j + 1 < to && tokens.start(j + 1) < end) j++;
    return { lo: col(i), hi: col(j), empty: false };
  }
  // Nothing but punctuation or a gap here: the location is bounded by the tokens on either side.
  const before = i - 1;
  if (i > to) i = to;
  if (start < end) return { lo: col(Math.max(from, before)), hi: col(i), empty: false };
  return { lo: col(Math.max(from, before)), hi: col(i), empty: true };
}

/** The column range of a difference, or null when it lies outside the words (an attribution). */
function locate(input: RowInput, d: PairDifference): { lo: number; hi: number } | null {
  const wx = input.cluster.witnesses[d.x] as ClusterWitness;
  const wy = input.cluster.witnesses[d.y] as ClusterWitness;
  const { a, b } = d.difference;
  const inside = (w: ClusterWitness, s: { start: number; end: number }): boolean => s.start >= w.start && s.end <= w.end;
  // A move stands in two places: its row shows the words where each witness has them. An attribution is
  // no reading of the words, even when its span is the quote itself (a user's quote with its source).
  const kind = d.difference.kind;
  if (kind === 'transposition' || kind === 'attribution' || !inside(wx, a) || !inside(wy, b)) return null;
  const ca = columnsOf(input, d.x, a.start, a.end);
  const cb = columnsOf(input, d.y, b.start, b.end);
  if (!ca || !cb) return null;
  if (ca.empty && !cb.empty) return { lo: cb.lo, hi: cb.hi };
  if (cb.empty && !ca.empty) return { lo: ca.lo, hi: ca.hi };
  // The two sides stand in columns far apart: the table could not keep both witnesses' order there (a
  // paragraph in another place). One range over both would swallow every row between them.
  if (Math.max(ca.lo, cb.lo) - Math.min(ca.hi, cb.hi) > MAX_SIDE_GAP) return null;
  return { lo: Math.min(ca.lo, cb.lo), hi: Math.max(ca.hi, cb.hi) };
}

/** Most columns between the two sides of one difference for it to be one location in the table. */
const MAX_SIDE_GAP = 2;

/**
 * The key that groups differences the table cannot place: an attribution field (one row per field), or
 * for words, the label and both sides' text, so the same difference seen from two pairs is one row.
 */
function apartKey(d: PairDifference): string {
  const field = labelOf(d.difference.explanation);
  if (d.difference.kind === 'attribution') return field;
  const sides = [d.difference.a.text, d.difference.b.text].map((t) => collapse(t).toLowerCase()).sort();
  return `${field}\u0000${sides.join('\u0000')}`;
}

const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** A reading per distinct text among the witnesses reaching columns `[lo, hi]`, and those outside it. */
function readingsAt(input: RowInput, text: (doc: number) => string, lo: number, hi: number): { readings: Reading[]; outside: string[]; norms: Map<number, string> } {
  const byText = new Map<string, Reading>();
  const outside: string[] = [];
  const norms = new Map<number, string>();
  input.cluster.witnesses.forEach((w, k) => {
    const cols = input.table.columns[k] as Int32Array;
    const id = input.witnessIds[k] as string;
    if (cols.length === 0 || (cols[cols.length - 1] as number) < lo || (cols[0] as number) > hi) {
      outside.push(id);
      return;
    }
    let i0 = 0;
    while (i0 < cols.length && (cols[i0] as number) < lo) i0++;
    let i1 = i0;
    while (i1 < cols.length && (cols[i1] as number) <= hi) i1++;
    const tokens = input.tokens(w.doc);
    const t0 = tokens.at(w.range.from + i0);
    const t1 = tokens.at(w.range.from + i1 - 1);
    let start: number;
    let end: number;
    if (i1 > i0 && t0 && t1) {
      start = t0.start;
      end = t1.end;
      norms.set(k, contextKey(tokens, w.range.from + i0, w.range.from + i1));
    } else {
      start = end = i0 > 0 ? tokens.end(w.range.from + i0 - 1) : w.start;
    }
    const reading = collapse(text(w.doc).slice(start, end));
    const r = byText.get(reading);
    if (r) r.witnesses.push({ witness: id, start, end });
    else byText.set(reading, { text: reading, witnesses: [{ witness: id, start, end }] });
  });
  return { readings: [...byText.values()], outside, norms };
}

/** Normalized words of tokens `[from, to)` with a few tokens of context on each side. */
function contextKey(tokens: TokenList, from: number, to: number): string {
  const words = (x: number, y: number): string => tokens.slice(Math.max(0, x), Math.max(0, y)).map((t) => t.norm).join(' ');
  return `${words(from - ID_CONTEXT_TOKENS, from)}|${words(from, to)}|${words(to, to + ID_CONTEXT_TOKENS)}`;
}

/** Readings made of the differing sides themselves, for rows the table cannot show (attribution). */
function sideReadings(input: RowInput, members: readonly PairDifference[]): Reading[] {
  const byText = new Map<string, Reading>();
  const seen = new Set<string>();
  for (const d of members) {
    for (const [w, side] of [[d.x, d.difference.a], [d.y, d.difference.b]] as const) {
      const id = input.witnessIds[w] as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const t = collapse((w === d.x ? d.difference.values?.a : d.difference.values?.b) ?? side.text);
      const r = byText.get(t);
      if (r) r.witnesses.push({ witness: id, start: side.start, end: side.end });
      else byText.set(t, { text: t, witnesses: [{ witness: id, start: side.start, end: side.end }] });
    }
  }
  const out = [...byText.values()];
  // Two witnesses whose differing sides read alike (a whole passage under two dates) still differ: one
  // reading each, so the row shows both.
  if (out.length === 1 && (out[0] as Reading).witnesses.length > 1) {
    const [only] = out as [Reading];
    return only.witnesses.map((x) => ({ text: only.text, witnesses: [x] }));
  }
  return out;
}

/**
 * Readings that hold both sides of every difference of a row. A witness the table places elsewhere (its
 * sentences in another order, so the table kept its other placement) may still differ here in a direct
 * comparison: it reads what that comparison says it reads, instead of standing outside its own difference.
 */
function withSides(input: RowInput, readings: Reading[], outside: string[], members: readonly PairDifference[]): { readings: Reading[]; outside: string[] } {
  const holds = (id: string): boolean => readings.some((r) => r.witnesses.some((x) => x.witness === id));
  let out = outside;
  for (const d of members) {
    for (const [w, side] of [[d.x, d.difference.a], [d.y, d.difference.b]] as const) {
      const id = input.witnessIds[w] as string;
      if (holds(id)) continue;
      out = out.filter((x) => x !== id);
      const text = collapse(side.text);
      const r = readings.find((x) => x.text === text);
      if (r) r.witnesses.push({ witness: id, start: side.start, end: side.end });
      else readings.push({ text, witnesses: [{ witness: id, start: side.start, end: side.end }] });
    }
  }
  return { readings, outside: out };
}

/** The most severe difference of a row (the first one on a tie). */
function worst(members: readonly PairDifference[]): PairDifference {
  let w = members[0] as PairDifference;
  for (const d of members) if (SEVERITY_RANK[d.difference.severity] > SEVERITY_RANK[w.difference.severity]) w = d;
  return w;
}

function row(id: string, members: readonly PairDifference[], readings: Reading[], outside: readonly string[]): Variant {
  const top = worst(members).difference;
  const v: Variant = { id, kind: top.kind, severity: top.severity as Severity, readings };
  if (outside.length > 0) v.outside = [...outside];
  return v;
}

/**
 * The variant rows of one cluster and the row of each difference (see the file comment). Rows come in
 * column order, attribution rows first; ids are content-derived: a row from the normalized words of the
 * first document (by id) that reads something there, with their context.
 */
export function variantRows(input: RowInput, text: (doc: number) => string): Rows {
  const variantOf = new Array<string>(input.differences.length).fill('');
  const variants: Variant[] = [];
  const byField = new Map<string, number[]>();
  const located: Location[] = [];
  input.differences.forEach((d, k) => {
    const at = locate(input, d);
    if (at === null) {
      const field = apartKey(d);
      const list = byField.get(field);
      if (list) list.push(k);
      else byField.set(field, [k]);
    } else located.push({ ...at, members: [k] });
  });
  for (const [field, members] of byField) {
    const diffs = members.map((k) => input.differences[k] as PairDifference);
    const readings = sideReadings(input, diffs);
    const id = input.ids.take(`v-${contentHash(['attribution', field, ...readings.map((r) => r.text).sort()])}`);
    variants.push(row(id, diffs, readings, []));
    for (const k of members) variantOf[k] = id;
  }
  located.sort((p, q) => p.lo - q.lo || p.hi - q.hi);
  const merged: Location[] = [];
  for (const l of located) {
    const last = merged[merged.length - 1];
    if (last && l.lo <= last.hi) {
      last.hi = Math.max(last.hi, l.hi);
      last.members.push(...l.members);
    } else merged.push({ lo: l.lo, hi: l.hi, members: [...l.members] });
  }
  for (const l of merged) {
    const diffs = l.members.map((k) => input.differences[k] as PairDifference);
    const at = readingsAt(input, text, l.lo, l.hi);
    const norms = at.norms;
    const { readings, outside } = at.readings.length >= 2 ? withSides(input, at.readings, at.outside, diffs) : { readings: sideReadings(input, diffs), outside: [] };
    const first = [...norms.keys()].sort((p, q) => {
      const a = input.cluster.witnesses[p] as ClusterWitness;
      const b = input.cluster.witnesses[q] as ClusterWitness;
      return input.docId(a.doc).localeCompare(input.docId(b.doc)) || a.start - b.start;
    })[0];
    const key = first === undefined ? readings.map((r) => r.text).join('|') : `${input.docId((input.cluster.witnesses[first] as ClusterWitness).doc)}:${norms.get(first) ?? ''}`;
    const id = input.ids.take(`v-${contentHash([key])}`);
    variants.push(row(id, diffs, readings, outside));
    for (const k of l.members) variantOf[k] = id;
  }
  return { variants, variantOf };
}
