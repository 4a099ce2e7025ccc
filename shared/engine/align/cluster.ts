/**
 * Quote clusters (stage 4, last step): shared passages become witnesses, witnesses that share a passage
 * become one cluster, and every two witnesses that share text keep the alignment discovery made of them
 * directly (DESIGN.md: "every two witnesses that share text are compared with each other directly"). Two
 * reprints of one article are therefore compared with each other, not only through a third witness, and a
 * document added to the project never changes how two others are compared.
 */
import type { Attribution } from '../../model';
import type { AlignOp, TokenRange } from '../types';
import { outletKey } from '../detect/attribution-keys';
import { statesFigure } from './date-words';
import { MAX_POSTINGS, MAX_POSTINGS_PER_DOCUMENT } from './fingerprint';
import { DEFAULT_PAIR_OPTIONS, type PairOptions, type SharedPassage } from './pairs';
import { extendPassages, type TextDocument } from './extend-passages';
import { boundPassages } from './quote-bounds';
import { charSpan, type QuoteSpans } from './quote-spans';
import type { SeedDocument } from './seeds';
import { sentencesAround } from './sentences';
import { shiftSubstitutions } from './shift-substitutions';

/** A witness: one place (document number, tokens, characters) that quotes a cluster's passage. */
export interface ClusterWitness {
  doc: number;
  range: TokenRange;
  start: number;
  end: number;
  attribution: Attribution;
  /** Where the attribution stands in the document (a dateline, a citation), when it was read from the text. */
  attributionSpan?: { start: number; end: number };
  translated: boolean;
  /** True when the witness overlaps a quote annotation or a detected candidate. */
  quoted: boolean;
  /** True for reported speech: a quote's lead-in or a paraphrase of it, in the author's own words (`reported-speech.ts`). */
  reported?: boolean;
}

/**
 * Two witnesses of a cluster compared directly: `x < y` index the cluster's witnesses; `ops` align x's
 * tokens (side A) with y's (side B), or `mode` is `translation` when the two were joined by attribution
 * and their words cannot be aligned.
 */
export interface WitnessPair {
  x: number;
  y: number;
  mode: 'aligned' | 'translation';
  ops: AlignOp[];
}

/** A quote cluster: witnesses in (document, start) order, the pairs compared, the consensus source. */
export interface QuoteCluster {
  witnesses: ClusterWitness[];
  pairs: WitnessPair[];
  source: Attribution;
  /** Work bounds that applied, in words (see the engine README); absent when none did. */
  limits?: string[];
}

/** What a cluster found through a star says about the comparisons it did not make. */
export const STAR_LIMIT = `the passage stands in more than ${MAX_POSTINGS} places (or more than ${MAX_POSTINGS_PER_DOCUMENT} in one document), so each place was compared with the first only: differences between two other places are not listed`;

/** Options of {@link clusterPassages}. */
export type ClusterOptions = Partial<PairOptions>;

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

/**
 * The ops of a passage clipped to the parts that lie inside both regions: a passage's endpoint may have
 * been trimmed where it overlapped another witness slightly (see {@link buildWitnesses}).
 */
function clipOps(ops: readonly AlignOp[], ra: TokenRange, rb: TokenRange): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    const a = { from: Math.max(op.a.from, ra.from), to: Math.min(op.a.to, ra.to) };
    const b = { from: Math.max(op.b.from, rb.from), to: Math.min(op.b.to, rb.to) };
    const na = op.a.to - op.a.from;
    const nb = op.b.to - op.b.from;
    if (op.op === 'equal' || (op.op === 'replace' && na === nb)) {
      // Pairs stay pairs: cut both sides by the same amount.
      const lead = Math.max(a.from - op.a.from, b.from - op.b.from);
      const trail = Math.max(op.a.to - a.to, op.b.to - b.to);
      const n = na - lead - trail;
      if (n > 0) out.push({ op: op.op, a: { from: op.a.from + lead, to: op.a.from + lead + n }, b: { from: op.b.from + lead, to: op.b.from + lead + n } });
    } else if (a.to >= a.from && b.to >= b.from && (a.to > a.from || b.to > b.from) && op.a.from >= ra.from && op.b.from >= rb.from && op.a.to <= ra.to && op.b.to <= rb.to) {
      out.push(op.moved === undefined ? { op: op.op, a, b } : { op: op.op, a, b, moved: op.moved, ...(op.edited ? { edited: true } : {}) });
    }
  }
  return out;
}

/**
 * Share of a witness a passage must span for that place to be quoted by it (whole, or as an excerpt of the
 * other place): see {@link passageGroups}. A passage that is a small part of both places (a stock phrase
 * two different resolutions share) says the two overlap there, not that they quote one source passage.
 */
export const MIN_BINDING_SHARE = 0.5;

/** The share of `region` that `r` spans. */
const shareOf = (r: TokenRange, region: TokenRange): number => (Math.min(r.to, region.to) - Math.max(r.from, region.from)) / Math.max(1, len(region));

/**
 * The group (a future cluster) of each witness region. Two places a passage spans most of both of are one
 * passage quoted twice: one group. A place a passage spans most of, inside a larger place it is a small part
 * of, is an excerpt of that place: it joins the larger place's group, but only while every larger place it
 * is an excerpt of lies in that one group. An excerpt found in two unrelated places (a clause two
 * resolutions share) joins neither, so it cannot chain them; it is compared with each on its own.
 */
function passageGroups(bounded: readonly SharedPassage[], first: { regions: Region[]; ends: [number, number][] }): number[] {
  const n = first.regions.length;
  const equal: [number, number][] = [];
  const within: [number, number][] = []; // [excerpt region, larger region]
  bounded.forEach((p, k) => {
    const [ra, rb] = first.ends[k] as [number, number];
    if (ra === rb) return;
    const sa = shareOf(p.a, (first.regions[ra] as Region).range) >= MIN_BINDING_SHARE;
    const sb = shareOf(p.b, (first.regions[rb] as Region).range) >= MIN_BINDING_SHARE;
    if (sa && sb) equal.push([ra, rb]);
    else if (sa) within.push([ra, rb]);
    else if (sb) within.push([rb, ra]);
  });
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  const union = (x: number, y: number): void => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  for (const [x, y] of equal) union(x, y);
  // Excerpts join their one container group; joining may leave another excerpt with one container: repeat.
  for (let changed = true; changed; ) {
    changed = false;
    const containers = new Map<number, Set<number>>();
    for (const [small, large] of within) {
      const [gs, gl] = [find(small), find(large)];
      if (gs === gl) continue;
      const set = containers.get(gs);
      if (set) set.add(gl);
      else containers.set(gs, new Set([gl]));
    }
    for (const [g, set] of [...containers].sort((x, y) => x[0] - y[0])) {
      if (set.size !== 1) continue;
      union(g, [...set][0] as number);
      changed = true;
      break; // groups changed: recount the containers before the next join
    }
  }
  return Array.from({ length: n }, (_, i) => find(i));
}

/**
 * Groups shared passages into quote clusters. Passages are first bounded by the quotes they overlap (see
 * `boundPassage`): a witness never reaches past its quotation marks or its article's body; then made whole
 * (`extendPassages`: bridged across a skipped stretch, extended to where the witnesses end). Passages whose
 * endpoints overlap become one witness; witnesses linked by binding passages (see {@link MIN_BINDING_SHARE})
 * form a cluster, and each passage between two of its witnesses is kept as that pair's direct comparison.
 * A passage that binds nothing is a cluster of its own two places.
 */
export function clusterPassages(docs: readonly TextDocument[], links: readonly SharedPassage[], quotes: QuoteSpans, options: ClusterOptions = {}): QuoteCluster[] {
  const o = { ...DEFAULT_PAIR_OPTIONS, ...options };
  const bounded = extendPassages(boundPassages(links, docs, quotes, o), docs, quotes).map((p) => ({ ...p, ops: shiftSubstitutions(p.ops, (docs[p.docA] as TextDocument).tokens, (docs[p.docB] as TextDocument).tokens) }));
  // Which passages bind is read against the witnesses all passages make; the witnesses are then made again
  // from the binding ones alone, so a stock phrase neither widens a witness nor joins two.
  const first = buildWitnesses(bounded);
  const groupOf = passageGroups(bounded, first);
  // A passage between two places of one group is compared there (a sentence moved out of a quoted
  // paragraph is a passage of its own); any other stands alone.
  const binds = first.ends.map(([ra, rb]) => groupOf[ra] === groupOf[rb]);
  const binding = bounded.filter((_, k) => binds[k]);
  const clusters = clusterBound(docs, binding, quotes);
  bounded.forEach((p, k) => {
    if (binds[k] || p.ops.length === 0) return;
    const wa = toWitness({ doc: p.docA, range: p.a }, docs, quotes);
    const wb = toWitness({ doc: p.docB, range: p.b }, docs, quotes);
    clusters.push(finishCluster([wa, wb], [{ x: 0, y: 1, mode: 'aligned', ops: p.ops.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } })) }], p.star ? [STAR_LIMIT] : undefined));
  });
  return clusters.filter((c) => !isFormula(c, docs, quotes));
}

/** Tokens looked at on each side of a witness for the edges of its sentences. */
const SENTENCE_REACH = 80;

/**
 * True when a cluster is a formula, not a quotation: every witness is a fragment of its sentence (less
 * than two thirds of it: `on the night of …, the …` continued differently each time) and none is most of
 * a quotation in marks (a quoted phrase is a fragment of its sentence but the whole of its quotation). A passage quoted
 * without marks (a reprint, an article under its dateline, a document repeating its own statement) shares
 * whole sentences; a stock phrase shares a part of each, inside an article or not. A fragment that states
 * a figure stays: a statement of figures repeated is where a document contradicts itself or another (a
 * date alone is no such statement, see {@link statesFigure}).
 */
function isFormula(c: QuoteCluster, docs: readonly TextDocument[], quotes: QuoteSpans): boolean {
  return c.witnesses.every((w) => {
    const d = docs[w.doc] as TextDocument;
    if (statesFigure(d.tokens, w.range)) return false;
    if (3 * len(w.range) >= 2 * len(sentencesAround(d, w.range, SENTENCE_REACH))) return false;
    const covered = (s: { start: number; end: number }) => Math.min(s.end, w.end) - Math.max(s.start, w.start);
    return !quotes.speechIn(w.doc, w.start, w.end).some((s) => 2 * covered(s) >= s.end - s.start);
  });
}

/** Clusters of passages already bounded and made whole: witnesses from their endpoints, clusters from their links. */
function clusterBound(docs: readonly TextDocument[], bounded: readonly SharedPassage[], quotes: QuoteSpans): QuoteCluster[] {
  const { regions, ends } = buildWitnesses(bounded);
  const clusters: QuoteCluster[] = [];
  const linksOf = new Map<number, number[]>();
  ends.forEach(([x], k) => {
    const list = linksOf.get(x);
    if (list) list.push(k);
    else linksOf.set(x, [k]);
  });
  for (const comp of components(regions.length, ends)) {
    if (comp.length < 2) continue;
    const ordered = [...comp].sort((p, q) => (regions[p] as Region).doc - (regions[q] as Region).doc || (regions[p] as Region).range.from - (regions[q] as Region).range.from);
    const index = new Map(ordered.map((r, k) => [r, k]));
    const witnesses = ordered.map((r) => toWitness(regions[r] as Region, docs, quotes));
    const pairs: WitnessPair[] = [];
    for (const r of comp) {
      for (const k of linksOf.get(r) ?? []) {
        const [ra, rb] = ends[k] as [number, number];
        if (ra === rb) continue;
        const p = bounded[k] as SharedPassage;
        const ia = index.get(ra) as number;
        const ib = index.get(rb) as number;
        const ops = clipOps(p.ops, (regions[ra] as Region).range, (regions[rb] as Region).range);
        if (ops.length === 0) continue;
        pairs.push(ia < ib ? { x: ia, y: ib, mode: 'aligned', ops } : { x: ib, y: ia, mode: 'aligned', ops: ops.map(swapSides) });
      }
    }
    if (pairs.length === 0) continue;
    const star = comp.some((r) => (linksOf.get(r) ?? []).some((k) => (bounded[k] as SharedPassage).star));
    clusters.push(finishCluster(witnesses, pairs, star ? [STAR_LIMIT] : undefined));
  }
  return clusters;
}

/** An op seen from the other witness: A and B exchanged. */
export function swapSides(op: AlignOp): AlignOp {
  const kind: AlignOp['op'] = op.op === 'delete' ? 'insert' : op.op === 'insert' ? 'delete' : op.op;
  return op.moved === undefined ? { op: kind, a: { ...op.b }, b: { ...op.a } } : { op: kind, a: { ...op.b }, b: { ...op.a }, moved: op.moved, ...(op.edited ? { edited: true } : {}) };
}

/** A witness with its characters and the attribution of the quote it overlaps. */
export function toWitness(region: Region, docs: readonly SeedDocument[], quotes: QuoteSpans): ClusterWitness {
  const { start, end } = charSpan((docs[region.doc] as SeedDocument).tokens, region.range);
  const q = quotes.best(region.doc, start, end);
  const w: ClusterWitness = { doc: region.doc, range: { ...region.range }, start, end, attribution: q ? { ...q.attribution } : {}, translated: q?.translated ?? false, quoted: q !== undefined };
  const span = q?.attributionSpan ?? (q?.user ? quotes.attributionSpanFor(region.doc, start, end, q.attribution) : undefined);
  if (span) w.attributionSpan = { ...span };
  return w;
}

/**
 * Puts witnesses in (document, start) order, renumbering the pairs so that `x < y` (ops turned round where
 * needed) and sorting pairs by (x, y, first op), and computes the consensus source. Used by every step that
 * makes or extends clusters.
 */
export function finishCluster(witnesses: readonly ClusterWitness[], pairs: readonly WitnessPair[], limits?: readonly string[]): QuoteCluster {
  const order = witnesses.map((_, i) => i).sort((x, y) => {
    const a = witnesses[x] as ClusterWitness;
    const b = witnesses[y] as ClusterWitness;
    return a.doc - b.doc || a.start - b.start || a.end - b.end;
  });
  const newIndex = new Map(order.map((old, k) => [old, k]));
  const renumbered = pairs.map((p) => {
    const x = newIndex.get(p.x) as number;
    const y = newIndex.get(p.y) as number;
    return x < y ? { ...p, x, y } : { ...p, x: y, y: x, ops: p.ops.map(swapSides) };
  });
  renumbered.sort((p, q) => p.x - q.x || p.y - q.y || (p.ops[0]?.a.from ?? 0) - (q.ops[0]?.a.from ?? 0));
  const sorted = order.map((old) => witnesses[old] as ClusterWitness);
  // Longer witnesses first, so a tie goes to the fuller quotation.
  const byLength = [...sorted].sort((x, y) => len(y.range) - len(x.range));
  const cluster: QuoteCluster = { witnesses: sorted, pairs: renumbered, source: consensus(byLength.map((w) => w.attribution)) };
  if (limits && limits.length > 0) cluster.limits = [...limits];
  return cluster;
}

const FIELDS = ['outlet', 'author', 'date', 'headline'] as const;

/**
 * The source of a cluster: the most common outlet among `attributions` (ties: the first listed; spellings
 * of one outlet counted together, see {@link commonOutlet}), and the most common author, date and headline
 * among the attributions that name that outlet, so one source's date is never shown beside another's
 * name. Without any outlet, the most common value of each field.
 */
export function consensus(attributions: readonly Attribution[]): Attribution {
  const outlet = commonOutlet(attributions);
  const key = outlet === undefined ? undefined : outletKey(outlet);
  const pool = key === undefined ? attributions : attributions.filter((a) => a.outlet !== undefined && outletKey(a.outlet) === key);
  const out: Attribution = {};
  for (const f of FIELDS) {
    const best = f === 'outlet' ? outlet : mostCommon(pool, f);
    if (best !== undefined) out[f] = best;
  }
  return out;
}

/**
 * The outlet most witnesses name, however each writes it (`THE COASTAL TIMES` and `The Coastal Times` are
 * one, see `outletKey`), shown as written by the first that does not set it all in capitals (a masthead
 * line's capitals are typography, not the name).
 */
function commonOutlet(attributions: readonly Attribution[]): string | undefined {
  const forms = new Map<string, string[]>();
  for (const a of attributions) {
    if (!a.outlet) continue;
    const k = outletKey(a.outlet);
    const list = forms.get(k);
    if (list) list.push(a.outlet);
    else forms.set(k, [a.outlet]);
  }
  let best: string[] | undefined;
  for (const list of forms.values()) if (best === undefined || list.length > best.length) best = list;
  if (best === undefined) return undefined;
  return best.find((o) => /\p{Ll}/u.test(o)) ?? best[0];
}

function mostCommon(attributions: readonly Attribution[], f: (typeof FIELDS)[number]): string | undefined {
  const counts = new Map<string, number>();
  for (const a of attributions) {
    const v = a[f];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [v, c] of counts) if (best === undefined || c > (counts.get(best) as number)) best = v;
  return best;
}
