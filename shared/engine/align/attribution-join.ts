/**
 * Joining by attribution (DESIGN.md stage 4): two renderings of one article — two translations — share
 * few words, so n-grams never bring them together; the same outlet and the same date do. Such witnesses
 * join one cluster as `translation` members, compared by `translationDifference`, not word alignment.
 */
import type { Attribution } from '../../model';
import type { TokenRange } from '../types';
import { type ClusterWitness, finishCluster, type QuoteCluster, type WitnessPair } from './cluster';
import { type QuoteSpan, type QuoteSpans, tokenRangeOf } from './quote-spans';
import type { SeedDocument } from './seeds';
import { outletKey } from '../detect';
import { isFunctionWord } from '../normalize';

/** Thresholds of the attribution join; defaults in {@link DEFAULT_JOIN_OPTIONS}. */
export interface JoinOptions {
  /** Shortest witness (tokens) that can be joined as a translation: a headline is not a rendering. */
  minTokens: number;
  /** Word overlap (Jaccard of token keys) below which two same-attribution witnesses count as renderings. */
  maxOverlap: number;
  /** Shorter/longer length ratio a pair needs, unless a quote annotation says it is translated. */
  minLengthRatio: number;
}

/**
 * Defaults: 15 tokens, overlap below 0.35, lengths within a factor 2. Two different excerpts of one article
 * also share outlet and date; requiring comparable lengths keeps a one-line excerpt from being taken for a
 * translation of a full article.
 */
export const DEFAULT_JOIN_OPTIONS: Readonly<JoinOptions> = { minTokens: 15, maxOverlap: 0.35, minLengthRatio: 0.5 };

/**
 * The key that must match: outlet (as the attribution comparison keys it, so both agree that `Newsweek` and
 * `Newsweek Magazine` are one outlet) and full date; null without both.
 */
export function attributionKey(a: Attribution): string | null {
  if (!a.outlet || !a.date) return null;
  return `${outletKey(a.outlet)}|${a.date}`;
}

function keys(doc: SeedDocument, r: TokenRange): Set<string> {
  const s = new Set<string>();
  for (let i = r.from; i < r.to; i++) {
    const t = doc.tokens.at(i);
    if (t) s.add(t.norm);
  }
  return s;
}

/** Jaccard similarity of the two passages' token keys (0 none shared, 1 same vocabulary). */
export function wordOverlap(a: SeedDocument, ra: TokenRange, b: SeedDocument, rb: TokenRange): number {
  const x = keys(a, ra);
  const y = keys(b, rb);
  let both = 0;
  for (const k of x) if (y.has(k)) both++;
  const union = x.size + y.size - both;
  return union === 0 ? 0 : both / union;
}

/**
 * True when two witnesses stand in one article: the same document and the same bounding quote (an article
 * block, a quotation). Two passages of one article are two excerpts of it, never two renderings.
 */
function sameArticle(quotes: QuoteSpans, x: ClusterWitness, y: ClusterWitness): boolean {
  if (x.doc !== y.doc) return false;
  const k = quotes.boundingIndex(x.doc, x.start, x.end);
  return k >= 0 && k === quotes.boundingIndex(y.doc, y.start, y.end);
}

/** True when `w` may be another rendering of the passage of `rep`. */
function renderings(docs: readonly SeedDocument[], quotes: QuoteSpans, rep: ClusterWitness, w: ClusterWitness, o: JoinOptions): boolean {
  if (sameArticle(quotes, rep, w)) return false;
  const la = rep.range.to - rep.range.from;
  const lb = w.range.to - w.range.from;
  if (la < o.minTokens || lb < o.minTokens) return false;
  if (!rep.translated && !w.translated && Math.min(la, lb) / Math.max(la, lb) < o.minLengthRatio) return false;
  return wordOverlap(docs[rep.doc] as SeedDocument, rep.range, docs[w.doc] as SeedDocument, w.range) < o.maxOverlap;
}

function spanWitness(s: QuoteSpan, docs: readonly SeedDocument[]): ClusterWitness {
  const range = tokenRangeOf((docs[s.doc] as SeedDocument).tokens, s.start, s.end);
  return { doc: s.doc, range, start: s.start, end: s.end, attribution: { ...s.attribution }, translated: s.translated, quoted: true };
}

/** A cluster being joined: its witnesses, pairs, and which witness stands for it (its longest). */
type Draft = { witnesses: ClusterWitness[]; pairs: WitnessPair[]; rep: number; key: string | null; limits: string[] };

const repOf = (d: Draft): ClusterWitness => d.witnesses[d.rep] as ClusterWitness;

/** The index of the longest witness (the first on a tie): the fullest rendering stands for the cluster. */
function longest(witnesses: readonly ClusterWitness[]): number {
  let best = 0;
  witnesses.forEach((w, k) => {
    const b = witnesses[best] as ClusterWitness;
    if (w.range.to - w.range.from > b.range.to - b.range.from) best = k;
  });
  return best;
}

/** Witness spans per document, to test a loose quote for overlap without scanning every cluster. */
function spansByDoc(clusters: readonly QuoteCluster[]): Map<number, { start: number; end: number }[]> {
  const map = new Map<number, { start: number; end: number }[]>();
  for (const c of clusters) {
    for (const w of c.witnesses) {
      const list = map.get(w.doc);
      if (list) list.push(w);
      else map.set(w.doc, [w]);
    }
  }
  return map;
}

/**
 * Merges drafts of one key whose representatives may render each other (second into first): the second's
 * witnesses and pairs join the first, and the two representatives are compared as renderings.
 */
function mergeDrafts(group: Draft[], docs: readonly SeedDocument[], quotes: QuoteSpans, o: JoinOptions): Draft[] {
  const out: Draft[] = [];
  for (const y of group) {
    const x = out.find((d) => renderings(docs, quotes, repOf(d), repOf(y), o));
    if (!x) {
      out.push(y);
      continue;
    }
    const offset = x.witnesses.length;
    x.witnesses.push(...y.witnesses);
    x.pairs.push(...y.pairs.map((p) => ({ ...p, x: p.x + offset, y: p.y + offset })), { x: x.rep, y: y.rep + offset, mode: 'translation', ops: [] });
    for (const l of y.limits) if (!x.limits.includes(l)) x.limits.push(l);
  }
  return out;
}

/**
 * Joins clusters and quotes that carry the same outlet and date but share few words. Two clusters of one
 * key whose representatives may render each other merge, the second's representative becoming a
 * translation member of the first; a quote not yet in any cluster joins the first cluster of its key whose
 * representative it may render, or starts a cluster with other such quotes. Returns a new cluster list;
 * work is grouped by key, so it stays linear in clusters and quotes.
 */
export function joinByAttribution(clusters: readonly QuoteCluster[], docs: readonly SeedDocument[], quotes: QuoteSpans, options: Partial<JoinOptions> = {}): QuoteCluster[] {
  const o = { ...DEFAULT_JOIN_OPTIONS, ...options };
  const keyed = new Map<string, Draft[]>();
  const result: Draft[] = [];
  for (const c of clusters) {
    const d: Draft = { witnesses: [...c.witnesses], pairs: [...c.pairs], rep: longest(c.witnesses), key: attributionKey(c.source), limits: [...(c.limits ?? [])] };
    if (d.key === null) result.push(d);
    else if (keyed.has(d.key)) keyed.get(d.key)?.push(d);
    else keyed.set(d.key, [d]);
  }
  for (const [key, group] of keyed) keyed.set(key, mergeDrafts(group, docs, quotes, o));
  const taken = spansByDoc(clusters);
  for (const s of quotes.all()) {
    const key = attributionKey(s.attribution);
    if (key === null || (taken.get(s.doc) ?? []).some((t) => t.start < s.end && s.start < t.end)) continue;
    const w = spanWitness(s, docs);
    let group = keyed.get(key);
    if (!group) keyed.set(key, (group = []));
    const target = group.find((d) => renderings(docs, quotes, repOf(d), w, o));
    if (target) {
      target.pairs.push({ x: target.rep, y: target.witnesses.length, mode: 'translation', ops: [] });
      target.witnesses.push(w);
    } else group.push({ witnesses: [w], pairs: [], rep: 0, key, limits: [] });
    // The quote now belongs to a draft: an overlapping candidate of the same place must not join twice.
    let spans = taken.get(s.doc);
    if (!spans) taken.set(s.doc, (spans = []));
    spans.push(w);
  }
  for (const group of keyed.values()) result.push(...group);
  return result.filter((d) => d.witnesses.length >= 2 && d.pairs.length > 0).map((d) => finishCluster(d.witnesses, d.pairs, d.limits));
}

/** Fewest tokens a quote needs to be joined as another rendering of a speaker's words. */
const SPEECH_MIN_TOKENS = 12;
/** Share of the shorter quote's content words found near the start of the longer one. */
const SPEECH_MIN_SHARED = 0.35;

/** The family-name key of a speaker (`Heydar Aliyev` → `aliyev`). */
function speakerKey(author: string): string {
  const words = author.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/\s+/u).filter((w) => w.length > 0);
  return words[words.length - 1] ?? '';
}

/** The distinct content words (token keys, function words left out) of `r`. */
function contentWords(doc: SeedDocument, r: TokenRange): Set<string> {
  const out = new Set<string>();
  for (let i = r.from; i < r.to; i++) {
    const t = doc.tokens.at(i);
    if (t && !isFunctionWord(t.norm) && t.kind === 'word') out.add(t.norm);
  }
  return out;
}

/**
 * True when quote `y` may render `x` (or the start of it): the shorter's content words are largely among
 * the longer's first words (a speech quoted by its first sentence in one document and at length in the
 * other), while the two share too little to align.
 */
function rendersSpeech(docs: readonly SeedDocument[], x: ClusterWitness, y: ClusterWitness): boolean {
  const lx = x.range.to - x.range.from;
  const ly = y.range.to - y.range.from;
  if (lx < SPEECH_MIN_TOKENS || ly < SPEECH_MIN_TOKENS) return false;
  const [short, long] = lx <= ly ? [x, y] : [y, x];
  const head = { from: long.range.from, to: Math.min(long.range.to, long.range.from + 2 * (short.range.to - short.range.from)) };
  const words = contentWords(docs[short.doc] as SeedDocument, short.range);
  const there = contentWords(docs[long.doc] as SeedDocument, head);
  if (words.size === 0) return false;
  let shared = 0;
  for (const w of words) if (there.has(w)) shared++;
  return shared / words.size >= SPEECH_MIN_SHARED && wordOverlap(docs[x.doc] as SeedDocument, x.range, docs[y.doc] as SeedDocument, y.range) < DEFAULT_JOIN_OPTIONS.maxOverlap;
}

/**
 * One span per place: a user's quote accepted from a suggestion and the detected candidate it came from
 * are one quote, so the user's (or the first) stands for the place and the others that overlap it go.
 */
function onePerPlace(spans: readonly QuoteSpan[]): QuoteSpan[] {
  const kept: QuoteSpan[] = [];
  for (const s of [...spans].sort((x, y) => Number(y.user) - Number(x.user))) {
    if (!kept.some((k) => k.doc === s.doc && k.start < s.end && s.start < k.end)) kept.push(s);
  }
  return kept.sort((x, y) => x.doc - y.doc || x.start - y.start);
}

/**
 * Renderings of one speaker's words (two translations of a statement credited to a person, not an outlet):
 * quotes in marks whose attribution names the same speaker (family names alike), in different documents,
 * that do not already share a cluster comparison, and whose words correspond as {@link rendersSpeech}
 * says. Each such pair becomes a cluster of its own, compared as a translation. Grouped by speaker, so the
 * work grows with the quotes of one speaker, not with all pairs of quotes.
 */
export function joinBySpeaker(clusters: readonly QuoteCluster[], docs: readonly SeedDocument[], quotes: QuoteSpans): QuoteCluster[] {
  const bySpeaker = new Map<string, QuoteSpan[]>();
  for (const s of quotes.all()) {
    if (s.cue !== 'quotation-marks' && !s.user) continue;
    if (!s.attribution.author || s.attribution.outlet) continue;
    const key = speakerKey(s.attribution.author);
    const list = bySpeaker.get(key);
    if (list) list.push(s);
    else bySpeaker.set(key, [s]);
  }
  const compared = (a: ClusterWitness, b: ClusterWitness): boolean =>
    clusters.some((c) => c.pairs.some((p) => {
      const x = c.witnesses[p.x] as ClusterWitness;
      const y = c.witnesses[p.y] as ClusterWitness;
      const hit = (w: ClusterWitness, v: ClusterWitness) => w.doc === v.doc && w.start < v.end && v.start < w.end;
      return (hit(x, a) && hit(y, b)) || (hit(x, b) && hit(y, a));
    }));
  const out: QuoteCluster[] = [];
  for (const group of bySpeaker.values()) {
    const witnesses = onePerPlace(group).map((s) => spanWitness(s, docs));
    for (let i = 0; i < witnesses.length; i++) {
      for (let j = i + 1; j < witnesses.length; j++) {
        const a = witnesses[i] as ClusterWitness;
        const b = witnesses[j] as ClusterWitness;
        if (a.doc === b.doc) continue;
        if (!rendersSpeech(docs, a, b) || compared(a, b)) continue;
        out.push(finishCluster([a, b], [{ x: 0, y: 1, mode: 'translation', ops: [] }]));
      }
    }
  }
  return out;
}
