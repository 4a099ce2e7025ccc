/**
 * Quote clusters (stage 4, last step): shared passages become witnesses, witnesses that share a passage
 * become one cluster, and every witness is aligned to the cluster's representative only — a passage quoted
 * in k places costs k−1 alignments, not k².
 */
import type { Attribution } from '../../model';
import type { AlignOp, Aligner, TokenRange } from '../types';
import { matchedTokens } from './local-alignment';
import { anchoredAlign, DEFAULT_PAIR_OPTIONS, type PairOptions, type SharedPassage } from './pairs';
import { boundPassages, MAX_EDGE_TOKENS } from './quote-bounds';
import { charSpan, type QuoteSpans } from './quote-spans';
import type { SeedDocument } from './seeds';

/** A witness: one place (document number, tokens, characters) that quotes a cluster's passage. */
export interface ClusterWitness {
  doc: number;
  range: TokenRange;
  start: number;
  end: number;
  attribution: Attribution;
  translated: boolean;
  /** True when the witness overlaps a quote annotation or a detected candidate. */
  quoted: boolean;
}

/**
 * A witness in its cluster: compared with `parent` (an index into the cluster's members; null for the
 * representative), by word alignment (`ops`, A = parent, B = this witness) or as a translation.
 */
export interface ClusterMember {
  witness: ClusterWitness;
  parent: number | null;
  mode: 'aligned' | 'translation';
  ops: AlignOp[];
}

/** A quote cluster: members in (document, start) order, the representative's index, the consensus source. */
export interface QuoteCluster {
  members: ClusterMember[];
  representative: number;
  source: Attribution;
}

/** Counts the aligner calls clustering makes (tests check that k witnesses cost k−1). */
export interface ClusterStats {
  alignments: number;
}

interface Region {
  doc: number;
  range: TokenRange;
}

const len = (r: TokenRange): number => r.to - r.from;

/**
 * Turns link endpoints into witnesses: per document, endpoints overlapping by at least half the shorter
 * become one witness (their union); a small overlap is trimmed instead, so witnesses never overlap and
 * two neighbouring quotes are not fused by one passage that bleeds into the next.
 */
export function buildWitnesses(links: readonly SharedPassage[]): { regions: Region[]; ends: [number, number][] } {
  const endpoints = links.flatMap((l, k) => [
    { doc: l.docA, range: l.a, link: k, side: 0 },
    { doc: l.docB, range: l.b, link: k, side: 1 },
  ]);
  endpoints.sort((x, y) => x.doc - y.doc || x.range.from - y.range.from || y.range.to - x.range.to);
  const regions: Region[] = [];
  const ends: [number, number][] = links.map(() => [-1, -1]);
  for (const e of endpoints) {
    const cur = regions[regions.length - 1];
    let id = regions.length;
    if (cur && cur.doc === e.doc && e.range.from < cur.range.to) {
      const ov = Math.min(cur.range.to, e.range.to) - e.range.from;
      if (2 * ov >= Math.min(len(e.range), len(cur.range))) {
        cur.range.to = Math.max(cur.range.to, e.range.to);
        id = regions.length - 1;
      } else {
        regions.push({ doc: e.doc, range: { from: cur.range.to, to: e.range.to } });
      }
    } else {
      regions.push({ doc: e.doc, range: { from: e.range.from, to: e.range.to } });
    }
    (ends[e.link] as [number, number])[e.side] = id;
  }
  return { regions, ends };
}

/** Connected components (union–find) of `count` nodes joined by `edges`, each listed in ascending order. */
export function components(count: number, edges: Iterable<readonly [number, number]>): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  for (const [x, y] of edges) {
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/** Options of {@link clusterPassages}. */
export interface ClusterOptions extends Partial<PairOptions> {
  /** Receives the number of aligner calls made. */
  stats?: ClusterStats;
}

interface Resolved {
  rep: number;
  members: { id: number; ops: AlignOp[] }[];
}

/**
 * Groups shared passages into quote clusters. Passages are first bounded by the quotes they overlap (see
 * `boundPassage`): a witness never reaches past its quotation marks or its article's body. Each cluster's representative is its longest witness (ties:
 * earliest); every other witness is aligned to it once. Witnesses that fail to align to the representative
 * (a chain of overlaps joined unrelated passages) are clustered again among themselves.
 */
export function clusterPassages(docs: readonly SeedDocument[], links: readonly SharedPassage[], quotes: QuoteSpans, aligner: Aligner, options: ClusterOptions = {}): QuoteCluster[] {
  const o = { ...DEFAULT_PAIR_OPTIONS, ...options };
  // Text outside a quote is not part of the quoted passage: cut every passage at its quotes' edges first.
  const { regions, ends } = buildWitnesses(boundPassages(links, docs, quotes, o));
  const counting: Aligner = {
    name: aligner.name,
    align: (a, ra, b, rb) => {
      if (options.stats) options.stats.alignments++;
      return aligner.align(a, ra, b, rb);
    },
  };
  const adjacent: number[][] = regions.map(() => []);
  for (const [x, y] of ends) {
    adjacent[x]?.push(y);
    adjacent[y]?.push(x);
  }
  const resolve = (ids: number[]): Resolved[] => {
    const rep = ids.reduce((best, id) => (len((regions[id] as Region).range) > len((regions[best] as Region).range) ? id : best));
    const R = regions[rep] as Region;
    const members: Resolved['members'] = [];
    const rest: number[] = [];
    for (const id of ids) {
      if (id === rep) continue;
      const W = regions[id] as Region;
      const r = anchoredAlign(counting, docs[R.doc] as SeedDocument, R.range, docs[W.doc] as SeedDocument, W.range, o);
      if (r && matchedTokens(r.ops) >= o.minMatchQuoted) members.push({ id, ops: withEdges(r, docs[R.doc] as SeedDocument, R.range, docs[W.doc] as SeedDocument, W.range) });
      else rest.push(id);
    }
    const out: Resolved[] = members.length > 0 ? [{ rep, members }] : [];
    if (rest.length >= 2) {
      const inRest = new Set(rest);
      const local = new Map(rest.map((id, k) => [id, k]));
      // Only the residual's own links, found through the adjacency lists (never a scan of every link).
      const edges = rest.flatMap((x) => (adjacent[x] ?? []).filter((y) => inRest.has(y)).map((y) => [local.get(x) as number, local.get(y) as number] as const));
      for (const comp of components(rest.length, edges)) if (comp.length >= 2) out.push(...resolve(comp.map((k) => rest[k] as number)));
    }
    return out;
  };
  const clusters: QuoteCluster[] = [];
  for (const comp of components(regions.length, ends)) {
    if (comp.length < 2) continue;
    for (const r of resolve(comp)) clusters.push(toCluster(r, regions, docs, quotes));
  }
  return clusters;
}

/**
 * The ops of a witness aligned to its representative, with the witness's own edge words put back: local
 * alignment leaves out a differing word at the very edge (`31 people` / `2 people` at a quote's start), yet
 * the witness's region holds it because discovery placed it there (see `extendToEdges`). A run of at most
 * {@link MAX_EDGE_TOKENS} words left over at an edge of the witness stands where as many neighbouring words
 * of the representative stand: it joins as a `replace`.
 */
function withEdges(r: { a: TokenRange; b: TokenRange; ops: AlignOp[] }, rep: SeedDocument, R: TokenRange, wit: SeedDocument, W: TokenRange): AlignOp[] {
  const ops = [...r.ops];
  const lead = r.b.from - W.from;
  if (lead > 0 && lead <= MAX_EDGE_TOKENS && r.a.from - R.from >= lead) {
    const edge = edgeOps(rep, r.a.from - lead, wit, W.from, lead, r.a.from - lead - 1);
    if (edge) ops.unshift(...edge);
  }
  const trail = W.to - r.b.to;
  if (trail > 0 && trail <= MAX_EDGE_TOKENS && R.to - r.a.to >= trail) {
    const edge = edgeOps(rep, r.a.to, wit, r.b.to, trail, r.a.to + trail);
    if (edge) ops.push(...edge);
  }
  return ops;
}

/**
 * Ops pairing `n` tokens of the representative from `ra` with `n` of the witness from `wb`, word by word;
 * null when a witness word equals a representative word at another place among those and the one beyond
 * (`extra`): the two are shifted by a stray token (`azerbaijani 19 people` / `azerbaijani people`), not
 * changed.
 */
function edgeOps(rep: SeedDocument, ra: number, wit: SeedDocument, wb: number, n: number, extra: number): AlignOp[] | null {
  const norm = (d: SeedDocument, i: number): string | undefined => d.tokens[i]?.norm;
  const places = [...Array.from({ length: n }, (_, k) => ra + k), extra];
  for (let k = 0; k < n; k++) {
    const w = norm(wit, wb + k);
    if (w === norm(rep, ra + k)) continue;
    if (places.some((i) => i !== ra + k && norm(rep, i) === w)) return null;
  }
  const out: AlignOp[] = [];
  for (let k = 0; k < n; k++) {
    const op: AlignOp['op'] = norm(rep, ra + k) === norm(wit, wb + k) ? 'equal' : 'replace';
    const last = out[out.length - 1];
    if (last && last.op === op) {
      last.a.to++;
      last.b.to++;
    } else out.push({ op, a: { from: ra + k, to: ra + k + 1 }, b: { from: wb + k, to: wb + k + 1 } });
  }
  return out;
}

/** A witness with its characters and the attribution of the quote it overlaps. */
export function toWitness(region: Region, docs: readonly SeedDocument[], quotes: QuoteSpans): ClusterWitness {
  const { start, end } = charSpan((docs[region.doc] as SeedDocument).tokens, region.range);
  const q = quotes.best(region.doc, start, end);
  return { doc: region.doc, range: { ...region.range }, start, end, attribution: q ? { ...q.attribution } : {}, translated: q?.translated ?? false, quoted: q !== undefined };
}

function toCluster(r: Resolved, regions: readonly Region[], docs: readonly SeedDocument[], quotes: QuoteSpans): QuoteCluster {
  const members: ClusterMember[] = [
    { witness: toWitness(regions[r.rep] as Region, docs, quotes), parent: null, mode: 'aligned', ops: [] },
    ...r.members.map((m) => ({ witness: toWitness(regions[m.id] as Region, docs, quotes), parent: 0, mode: 'aligned' as const, ops: m.ops })),
  ];
  return finishCluster(members, 0);
}

/**
 * Puts members in (document, start) order, renumbering parents and the representative, and computes the
 * consensus source. Used again after attribution joins add members.
 */
export function finishCluster(members: readonly ClusterMember[], representative: number): QuoteCluster {
  const order = members.map((_, i) => i).sort((x, y) => {
    const a = (members[x] as ClusterMember).witness;
    const b = (members[y] as ClusterMember).witness;
    return a.doc - b.doc || a.start - b.start || a.end - b.end;
  });
  const newIndex = new Map(order.map((old, k) => [old, k]));
  const sorted = order.map((old) => {
    const m = members[old] as ClusterMember;
    return { ...m, parent: m.parent === null ? null : (newIndex.get(m.parent) as number) };
  });
  const rep = newIndex.get(representative) as number;
  // Longer witnesses first (the representative is the longest), so a tie goes to the fuller quotation.
  const byLength = sorted.map((m, k) => ({ m, k })).sort((x, y) => Number(y.k === rep) - Number(x.k === rep) || len(y.m.witness.range) - len(x.m.witness.range) || x.k - y.k);
  const attributions = byLength.map(({ m }) => m.witness.attribution);
  return { members: sorted, representative: rep, source: consensus(attributions) };
}

const FIELDS = ['outlet', 'author', 'date', 'headline'] as const;

/** The most common value of each attribution field among `attributions` (ties: the first listed); absent when none. */
export function consensus(attributions: readonly Attribution[]): Attribution {
  const out: Attribution = {};
  for (const f of FIELDS) {
    const counts = new Map<string, number>();
    for (const a of attributions) {
      const v = a[f];
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    let best: string | undefined;
    for (const [v, c] of counts) if (best === undefined || c > (counts.get(best) as number)) best = v;
    if (best !== undefined) out[f] = best;
  }
  return out;
}
