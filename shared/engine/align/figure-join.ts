/**
 * Renderings joined by their figures (stage 4, after clustering): two translations of one report share few
 * words, so n-grams never bring them together, and when they are credited differently (a centre's report
 * quoted through a radio station in one document, named in another's own words) no attribution join does
 * either. But translations keep the numbers: `200 corpses … 181 corpses (130 men and 51 women) … 151 … 20 …
 * 10` / `Around 200 bodies … 181 corpses (130 male and 51 female …) … 151 … 20 … 10`. Two stretches of two
 * documents that state at least {@link MIN_FIGURES} figures in the same order, {@link MIN_DISTINCT} of them
 * different values, close together on both sides, while sharing some words but too few to align, are two
 * renderings of one original: they become a cluster of their own, compared as a translation.
 *
 * Bounded: figures found in more than {@link MAX_FIGURE_POSTINGS} places (small counts, years) seed
 * nothing; each document pair's seeds are chained once.
 */
import type { Token, TokenRange } from '../types';
import { isNumberWord, isNumeral, numeralSpan, parseNumeral, wordRunValue } from '../normalize';
import { wordOverlap } from './attribution-join';
import { type ClusterWitness, finishCluster, type QuoteCluster, toWitness } from './cluster';
import type { QuoteSpans } from './quote-spans';
import { outletKey } from '../detect';
import type { TextDocument } from './extend-passages';
import { sentencesAround } from './sentences';

/** A document with the places it names outlets (detection's `findOutletMentions`). */
export interface MentionDocument extends TextDocument {
  mentions: readonly { start: number; end: number; outlet: string }[];
}

/** How far before a rendering its own words may name the source (`According to the centre “…”, 200 …`). */
const MENTION_REACH = 300;

/** Fewest figures two renderings state in the same order. */
export const MIN_FIGURES = 6;
/** Fewest different values among them. */
export const MIN_DISTINCT = 5;
/** Most tokens between two consecutive shared figures on either side. */
const MAX_FIGURE_GAP = 80;
/** A value found in more places than this is too common to say anything (`10`, `1992`). */
const MAX_FIGURE_POSTINGS = 48;
/** Word overlap (Jaccard of token keys) of two renderings: some shared words, too few to align. */
const MIN_OVERLAP = 0.08;
const MAX_OVERLAP = 0.5;
/** Smallest value that counts: `one`, `two`, `three` are words of every text. */
const MIN_VALUE = 4;

/** How a numeral written with a suffix ends (`366th`): only such a word token is looked at closer. */
const ORDINAL_END = /(?:st|nd|rd|th)$/u;

/** A figure of a document: the token it starts at, and its value. */
interface Figure {
  token: number;
  value: number;
}

/** The figures of one document, in order: numerals and runs of number words (`four`, `two hundred`). */
function figuresOf(d: TextDocument): Figure[] {
  const out: Figure[] = [];
  const tokens = d.tokens;
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    // Accessors, not token views: this reads every token of the project.
    if (tokens.isNumber(i) || (ORDINAL_END.test(tokens.norm(i)) && isNumeral(tokens.at(i) as Token))) {
      const span = numeralSpan(d.text, tokens.start(i), tokens.end(i));
      if (span.end === lastEnd) continue;
      lastEnd = span.end;
      const v = parseNumeral(d.text.slice(span.start, span.end));
      if (v !== null && v >= MIN_VALUE) out.push({ token: i, value: v });
    } else if (isNumberWord(tokens.norm(i))) {
      let j = i;
      const words: string[] = [];
      while (j < tokens.length && (isNumberWord(tokens.norm(j)) || (tokens.norm(j) === 'and' && words.length > 0))) words.push(tokens.norm(j++));
      while (words[words.length - 1] === 'and') words.pop();
      const v = wordRunValue(words);
      if (v !== null && v >= MIN_VALUE) out.push({ token: i, value: v });
      i = Math.max(i, j - 1);
    }
  }
  return out;
}

/** Figure indices of one document by value, for values rare enough to seed (see {@link MAX_FIGURE_POSTINGS}). */
type FiguresByValue = ReadonlyMap<number, readonly number[]>;

function byValueOf(figures: readonly Figure[], postings: ReadonlyMap<number, number>): FiguresByValue {
  const byValue = new Map<number, number[]>();
  figures.forEach((f, j) => {
    if ((postings.get(f.value) ?? 0) > MAX_FIGURE_POSTINGS) return;
    const list = byValue.get(f.value);
    if (list) list.push(j);
    else byValue.set(f.value, [j]);
  });
  return byValue;
}

/**
 * Chains of shared figures between documents `x` and `y` (figure indices), in order on both sides. `seeds`
 * are the indices of x's figures whose value y has (ascending): a chain only ever grows at a seed, and a
 * chain whose last figure lies further back than {@link MAX_FIGURE_GAP} can grow no more.
 */
function chains(fx: readonly Figure[], fy: readonly Figure[], seeds: readonly number[], byValue: FiguresByValue, self: boolean): [number, number][][] {
  const out: [number, number][][] = [];
  let open: [number, number][][] = [];
  for (const i of seeds) {
    const f = fx[i] as Figure;
    // Chains left behind for good.
    const keep: [number, number][][] = [];
    for (const c of open) {
      const [li] = c[c.length - 1] as [number, number];
      if (f.token - (fx[li] as Figure).token > MAX_FIGURE_GAP) out.push(c);
      else keep.push(c);
    }
    open = keep;
    for (const j of byValue.get(f.value) ?? []) {
      if (self && (fy[j] as Figure).token <= f.token + MAX_FIGURE_GAP) continue;
      // Extend the chain this seed follows closely on both sides, else start one.
      const chain = open.find((c) => {
        const [li, lj] = c[c.length - 1] as [number, number];
        return j > lj && f.token - (fx[li] as Figure).token <= MAX_FIGURE_GAP && (fy[j] as Figure).token - (fy[lj] as Figure).token <= MAX_FIGURE_GAP;
      });
      if (chain) chain.push([i, j]);
      else open.push([[i, j]]);
    }
  }
  return [...out, ...open];
}

/**
 * Clusters of renderings found by their figures (see the file comment), for pairs of places no existing
 * cluster already compares directly. Deterministic; cost linear in the figures of each document pair that
 * shares a value.
 */
export function joinByFigures(docs: readonly MentionDocument[], quotes: QuoteSpans, existing: readonly QuoteCluster[]): QuoteCluster[] {
  const figures = docs.map(figuresOf);
  const postings = new Map<number, number>();
  for (const list of figures) for (const f of list) postings.set(f.value, (postings.get(f.value) ?? 0) + 1);
  const compared = existing.flatMap((c) => c.pairs.map((p) => [c.witnesses[p.x], c.witnesses[p.y]] as const));
  const alreadyCompared = (x: number, rx: TokenRange, y: number, ry: TokenRange): boolean =>
    compared.some(([a, b]) => a && b && ((a.doc === x && b.doc === y && overlaps(a.range, rx) && overlaps(b.range, ry)) || (a.doc === y && b.doc === x && overlaps(a.range, ry) && overlaps(b.range, rx))));
  const byValue = figures.map((f) => byValueOf(f, postings));
  // Only documents that share a seeding value can chain: the pairs come from the values, not from all pairs.
  const docsOfValue = new Map<number, Set<number>>();
  byValue.forEach((m, d) => {
    for (const v of m.keys()) {
      const set = docsOfValue.get(v);
      if (set) set.add(d);
      else docsOfValue.set(v, new Set([d]));
    }
  });
  const out: QuoteCluster[] = [];
  for (let x = 0; x < docs.length; x++) {
    // Each partner's seeds gathered in one pass over x's values and their (bounded) postings, not by
    // comparing x's values with every partner's.
    const seedsOf = new Map<number, number[]>();
    for (const [v, list] of byValue[x] as FiguresByValue) {
      for (const y of docsOfValue.get(v) ?? []) {
        if (y < x) continue;
        const seeds = seedsOf.get(y);
        if (seeds) seeds.push(...list);
        else seedsOf.set(y, [...list]);
      }
    }
    for (const y of [...seedsOf.keys()].sort((a, b) => a - b)) {
      const seeds = (seedsOf.get(y) as number[]).sort((a, b) => a - b);
      // A chain's distinct values are values of distinct seeds: too few seeds, no chain can qualify.
      if (seeds.length < MIN_DISTINCT) continue;
      for (const chain of chains(figures[x] as Figure[], figures[y] as Figure[], seeds, byValue[y] as FiguresByValue, x === y)) {
        if (chain.length < MIN_FIGURES) continue;
        if (new Set(chain.map(([i]) => (figures[x] as Figure[])[i]?.value)).size < MIN_DISTINCT) continue;
        const first = chain[0] as [number, number];
        const last = chain[chain.length - 1] as [number, number];
        const fx = figures[x] as Figure[];
        const fy = figures[y] as Figure[];
        const rx = sentencesAround(docs[x] as TextDocument, { from: (fx[first[0]] as Figure).token, to: (fx[last[0]] as Figure).token + 1 }, MAX_FIGURE_GAP);
        const ry = sentencesAround(docs[y] as TextDocument, { from: (fy[first[1]] as Figure).token, to: (fy[last[1]] as Figure).token + 1 }, MAX_FIGURE_GAP);
        if (x === y && overlaps(rx, ry)) continue;
        const overlap = wordOverlap(docs[x] as TextDocument, rx, docs[y] as TextDocument, ry);
        if (overlap < MIN_OVERLAP || overlap >= MAX_OVERLAP || alreadyCompared(x, rx, y, ry)) continue;
        const wx = toWitness({ doc: x, range: rx }, docs, quotes);
        const wy = toWitness({ doc: y, range: ry }, docs, quotes);
        if (!sameSource(wx, docs[x] as MentionDocument, wy, docs[y] as MentionDocument, quotes)) continue;
        out.push(finishCluster([wx, wy], [{ x: 0, y: 1, mode: 'translation', ops: [] }]));
      }
    }
  }
  return out;
}

const overlaps = (a: TokenRange, b: TokenRange): boolean => a.from < b.to && b.from < a.to;

/**
 * The sources a witness is credited to (outlet, author), as outlet keys: its own attribution and that of
 * every quote overlapping it. A user's quote of one sentence refines the attribution of that sentence; the
 * source the text credits the whole passage to still credits it.
 */
function credits(w: ClusterWitness, quotes: QuoteSpans): string[] {
  const all = [w.attribution, ...quotes.overlapping(w.doc, w.start, w.end).map((q) => q.attribution)];
  return [...new Set(all.flatMap((a) => [a.outlet, a.author]).filter((v): v is string => v !== undefined).map(outletKey))];
}

/** True when `d` names one of `keys` in the witness `w` or in the text just before it. */
function mentions(d: MentionDocument, w: ClusterWitness, keys: readonly string[]): boolean {
  return d.mentions.some((m) => m.end > w.start - MENTION_REACH && m.start < w.end && keys.includes(outletKey(m.outlet)));
}

/**
 * Figures alone are no proof: the same casualty figures stand in many statements that quote nothing.
 * Two stretches render one original when they name one source: both credited to it, or one credited and
 * the other naming it in its own words.
 */
function sameSource(wx: ClusterWitness, dx: MentionDocument, wy: ClusterWitness, dy: MentionDocument, quotes: QuoteSpans): boolean {
  const cx = credits(wx, quotes);
  const cy = credits(wy, quotes);
  if (cx.some((k) => cy.includes(k))) return true;
  return (cx.length > 0 && mentions(dy, wy, cx)) || (cy.length > 0 && mentions(dx, wx, cy));
}
