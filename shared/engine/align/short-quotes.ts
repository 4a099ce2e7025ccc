/**
 * Short quotes (stage 4, after clustering). Discovery seeds on word 5-grams and keeps passages of ≥ 8 tokens,
 * so a press quote of 3–12 words (`Time called it “grim and unconscionable”`) that two documents share is
 * never clustered. This step looks such quotes up exactly: each quote in marks (or quote annotation) that
 * no cluster holds is searched, token key by token key, in every document, and each accepted occurrence
 * becomes a witness of a cluster of its own with the quote — the exact span it matches, not the whole
 * article, so analysis compares like with like and a short excerpt is not read as omitting the article.
 *
 * Exact lookups of a few words find stock phrases everywhere (`in the town`, `massacre in Khojaly`), so an
 * occurrence must be evidence of quotation: a quote of 3–4 words joins only an occurrence inside a quote of
 * the same outlet; a longer one also joins occurrences whose outlet is unknown (an unmarked reprint, a
 * headline) as long as one side is credited, and an occurrence under another outlet only when no same-outlet
 * occurrence exists (then analysis reports the attribution difference, which is what a reviewer wants).
 */
import type { Attribution } from '../../model';
import { datesCompatible, outletKey } from '../detect';
import { isFunctionWord } from '../normalize';
import type { AlignOp, Token, TokenRange } from '../types';
import { type ClusterWitness, finishCluster, type QuoteCluster, toWitness, type WitnessPair } from './cluster';
import { charSpan, type QuoteSpan, type QuoteSpans, tokenRangeOf } from './quote-spans';
import type { SeedDocument } from './seeds';
import type { TokenList } from '../token-list';

/** A document as the short-quote lookup needs it: tokens, and the text around them (line ends). */
export interface ShortQuoteDocument extends SeedDocument {
  text: string;
}

/** Thresholds of the short-quote lookup; defaults in {@link DEFAULT_SHORT_QUOTE_OPTIONS}. */
export interface ShortQuoteOptions {
  /** Fewest tokens a quote needs: two words are vocabulary, not a quotation. */
  minWords: number;
  /** Most tokens: longer quotes are discovery's (n-gram) business, and exactness is too strict for them. */
  maxWords: number;
  /** Fewest tokens that are not function words (`of the town` says nothing). */
  minContentWords: number;
  /** Fewest tokens for an occurrence whose outlet is unknown (or, failing any same-outlet one, differs). */
  openMinWords: number;
  /** A quote with more accepted occurrences than this is a formula, not a quotation, and is dropped. */
  maxOccurrences: number;
  /** Occurrences recorded before a quote counts as a common phrase; bounds memory on a large project. */
  maxRawOccurrences: number;
  /** Shortest token that may stand for a longer one cut off at a line end (`familie` / `families`). */
  minPrefixChars: number;
  /** Fewest tokens of a quote that may be found with one word changed (its other words in order, unchanged). */
  changedMinWords: number;
  /** Characters before an article's body in which its dateline headline is looked for. */
  headlineReach: number;
}

/** Defaults: 3–12 words, ≥ 2 content words; 5 words before an unknown outlet is trusted. */
export const DEFAULT_SHORT_QUOTE_OPTIONS: Readonly<ShortQuoteOptions> = {
  minWords: 3,
  maxWords: 12,
  minContentWords: 2,
  openMinWords: 5,
  maxOccurrences: 16,
  maxRawOccurrences: 64,
  minPrefixChars: 4,
  changedMinWords: 6,
  headlineReach: 600,
};

/** Counters of the lookup's work (tests check that the index is built once and every token seen once). */
export interface ShortQuoteStats {
  indexBuilds: number;
  tokensScanned: number;
  verifications: number;
}

/** Options of {@link findShortQuoteClusters}. */
export interface ShortQuoteLookupOptions extends Partial<ShortQuoteOptions> {
  stats?: ShortQuoteStats;
}

interface Occurrence {
  doc: number;
  range: TokenRange;
  /** Leading tokens equal by key: all of them, or all but a last one cut off by a damaged scan. */
  matched: number;
}

interface Candidate {
  span: QuoteSpan;
  range: TokenRange;
  norms: string[];
  occurrences: Occurrence[];
  /** More occurrences than `maxRawOccurrences`: a common phrase, dropped. */
  common: boolean;
}

type Tier = 'same' | 'open' | 'conflict';

/** Per-document character intervals, to test overlap with witnesses already placed. */
class Taken {
  private readonly byDoc = new Map<number, { start: number; end: number }[]>();
  add(doc: number, start: number, end: number): void {
    const list = this.byDoc.get(doc);
    if (list) list.push({ start, end });
    else this.byDoc.set(doc, [{ start, end }]);
  }
  overlaps(doc: number, start: number, end: number): boolean {
    return (this.byDoc.get(doc) ?? []).some((x) => x.start < end && start < x.end);
  }
}

const overlapsRange = (x: TokenRange, y: TokenRange): boolean => x.from < y.to && y.from < x.to;

/** True when nothing but spaces lies between `at` and the next line end (or the end of the text). */
function atLineEnd(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i === text.length || text[i] === '\n' || text[i] === '\r';
}

/**
 * True when token `t` may be `full` cut off by a damaged scan: a word that is a proper prefix of it, at least
 * `minPrefixChars` long and half its length, and followed by a line end — hard-wrapped text never breaks a
 * word without a hyphen, so a prefix there is damage (`## … fleeing familie`), not another word.
 */
function truncated(t: Token, text: string, full: string, o: ShortQuoteOptions): boolean {
  const p = t.norm;
  return t.kind === 'word' && p.length >= o.minPrefixChars && p.length < full.length && 2 * p.length >= full.length && full.startsWith(p) && atLineEnd(text, t.end);
}

/** The quotes worth looking up: in marks or annotated, 3–12 words, enough content, in no cluster yet. */
function eligible(docs: readonly ShortQuoteDocument[], quotes: QuoteSpans, taken: Taken, o: ShortQuoteOptions): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const span of quotes.all()) {
    if (!span.user && span.cue !== 'quotation-marks') continue;
    const tokens = (docs[span.doc] as ShortQuoteDocument).tokens;
    const range = tokenRangeOf(tokens, span.start, span.end);
    const n = range.to - range.from;
    const key = `${span.doc}:${range.from}:${range.to}`;
    // An annotation and a detected quote of the same words are one quote; the annotation comes first.
    if (n < o.minWords || n > o.maxWords || seen.has(key)) continue;
    seen.add(key);
    const norms = tokens.slice(range.from, range.to).map((t) => t.norm);
    if (norms.filter((w) => !isFunctionWord(w)).length < o.minContentWords) continue;
    const { start, end } = charSpan(tokens, range);
    if (taken.overlaps(span.doc, start, end)) continue;
    out.push({ span, range, norms, occurrences: [], common: false });
  }
  return out;
}

/**
 * Leading tokens of candidate `c` matched at token `p` of `doc` (all `n`, or `n − 1` when the last token is
 * cut off on a damaged side of a quote of at least `openMinWords`), and the offset of the one word that
 * differs when the quote is long enough to spare one (`changedMinWords`; −1 when none differs); null when
 * it does not occur there. Only the words the index did not key on are compared.
 */
function matchAt(doc: ShortQuoteDocument, p: number, c: Candidate, cdoc: ShortQuoteDocument, o: ShortQuoteOptions): { matched: number; changed: number } | null {
  const n = c.norms.length;
  if (p < 0 || p + n > doc.tokens.length) return null;
  let changed = -1;
  for (let k = 0; k < n - 1; k++) {
    if (doc.tokens.norm(p + k) === c.norms[k]) continue;
    if (changed >= 0 || n < o.changedMinWords) return null;
    changed = k;
  }
  const last = doc.tokens.at(p + n - 1) as Token;
  const mine = cdoc.tokens.at(c.range.to - 1) as Token;
  if (last.norm === mine.norm) return { matched: n, changed };
  // A changed last word (no other change): another word, not a cut-off one, when it is no prefix.
  if (changed < 0 && n >= o.changedMinWords && !truncated(last, doc.text, mine.norm, o) && !truncated(mine, cdoc.text, last.norm, o)) return { matched: n, changed: n - 1 };
  if (changed >= 0) return null;
  // Too short a quote cannot spare a word: `grim and unconscionable` / `grim and uncon` proves nothing.
  if (n < o.openMinWords) return null;
  return truncated(last, doc.text, mine.norm, o) || truncated(mine, cdoc.text, last.norm, o) ? { matched: n - 1, changed: -1 } : null;
}

/** Adds candidate `id` under the key pair `(k0, k1)`, with the offset of `k0` in the quote. */
/** Quotes one key pair may open before it counts as a stock phrase (see {@link findOccurrences}). */
const MAX_QUOTES_PER_KEY_PAIR = 256;

function indexPair(index: Map<string, Map<string, [number, number][]>>, k0: string, k1: string, id: number, at: number): void {
  let second = index.get(k0);
  if (!second) index.set(k0, (second = new Map()));
  const list = second.get(k1);
  if (list) list.push([id, at]);
  else second.set(k1, [[id, at]]);
}

/**
 * Finds every occurrence of every candidate in one pass over all tokens. The index holds the candidates'
 * first two token keys, and their last two for quotes long enough to be found with one word changed (a
 * change among the first two still leaves the last two): built once, a few entries per quote, and each
 * token of the project is looked up once — linear in tokens, with memory in candidates. Matching compares
 * token keys only, so it works alike in every script.
 */
function findOccurrences(docs: readonly ShortQuoteDocument[], candidates: readonly Candidate[], o: ShortQuoteOptions, stats?: ShortQuoteStats): void {
  const index = new Map<string, Map<string, [number, number][]>>();
  candidates.forEach((c, id) => {
    const n = c.norms.length;
    indexPair(index, c.norms[0] as string, c.norms[1] as string, id, 0);
    if (n >= o.changedMinWords) indexPair(index, c.norms[n - 2] as string, c.norms[n - 1] as string, id, n - 2);
  });
  // A key pair that opens (or ends) more quotes than any quotation is repeated is a stock phrase of the
  // project (`we will …`, `the mayor said …`): looking each of its places up against every such quote
  // would be quadratic, so the pair is dropped; those quotes are still found by their other pair.
  for (const second of index.values()) for (const [k1, list] of second) if (list.length > MAX_QUOTES_PER_KEY_PAIR) second.delete(k1);
  if (stats) stats.indexBuilds++;
  docs.forEach((doc, d) => {
    const tokens = doc.tokens;
    if (stats) stats.tokensScanned += tokens.length;
    for (let q = 0; q + 1 < tokens.length; q++) {
      const second = index.get(tokens.norm(q));
      const hits = second?.get(tokens.norm(q + 1));
      if (!hits) continue;
      for (const [id, at] of hits) {
        const c = candidates[id] as Candidate;
        if (c.common) continue;
        const p = q - at;
        // Found by both key pairs: the first found it already.
        if (at > 0 && c.occurrences.some((x) => x.doc === d && x.range.from === p)) continue;
        if (stats) stats.verifications++;
        const m = matchAt(doc, p, c, docs[c.span.doc] as ShortQuoteDocument, o);
        const range = { from: p, to: p + c.norms.length };
        if (m === null || (d === c.span.doc && overlapsRange(range, c.range))) continue;
        if (at > 0 && m.changed < 0) continue;
        if (c.occurrences.length >= o.maxRawOccurrences) {
          c.common = true;
          c.occurrences = [];
        } else c.occurrences.push({ doc: d, range, matched: m.matched });
      }
    }
  });
}

/** Ops pairing `len` tokens of `a` from `fa` with as many of `b` from `fb`, position by position. */
function positionOps(a: TokenList, fa: number, b: TokenList, fb: number, len: number): AlignOp[] {
  const ops: AlignOp[] = [];
  for (let k = 0; k < len; k++) {
    const op: AlignOp['op'] = a.norm(fa + k) === b.norm(fb + k) ? 'equal' : 'replace';
    const last = ops[ops.length - 1];
    if (last && last.op === op) {
      last.a.to++;
      last.b.to++;
    } else ops.push({ op, a: { from: fa + k, to: fa + k + 1 }, b: { from: fb + k, to: fb + k + 1 } });
  }
  return ops;
}

/** A lower-case, punctuation-free key of a text, for finding an occurrence inside a headline. */
const textKey = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** Articles with a dateline headline, per document: where the body starts and what it is credited to. */
type Headlines = Map<number, { start: number; headline: string; attribution: Attribution }[]>;

function headlinesOf(quotes: QuoteSpans): Headlines {
  const map: Headlines = new Map();
  for (const s of quotes.all()) {
    if (s.cue !== 'block' || !s.attribution.headline) continue;
    const entry = { start: s.start, headline: textKey(s.attribution.headline), attribution: s.attribution };
    const list = map.get(s.doc);
    if (list) list.push(entry);
    else map.set(s.doc, [entry]);
  }
  return map;
}

/**
 * The attribution of the article whose dateline headline holds characters `[start, end)`: an article's
 * headline stands in its dateline before the body (`The Sunday Times, 1 March 1992, "Armenian soldiers …"`),
 * outside the body's quote span, yet quoting it is quoting that article.
 */
function headlineAttribution(doc: ShortQuoteDocument, docNo: number, start: number, end: number, headlines: Headlines, o: ShortQuoteOptions): Attribution | undefined {
  const words = textKey(doc.text.slice(start, end));
  return headlines.get(docNo)?.find((h) => h.start >= end && h.start - end <= o.headlineReach && h.headline.includes(words))?.attribution;
}

/**
 * How an occurrence's context credits it against the quote's attribution: `same` inside a quote (or headline)
 * of the same outlet with no conflicting date, `conflict` inside one credited to another outlet or date only,
 * `open` otherwise (no outlet on one side, or no quote around the occurrence).
 */
function tierOf(mine: Attribution, around: readonly Attribution[]): Tier {
  let conflict = false;
  for (const a of around) {
    if (!mine.outlet || !a.outlet) continue;
    const dates = !mine.date || !a.date || datesCompatible(mine.date, a.date);
    if (outletKey(mine.outlet) === outletKey(a.outlet) && dates) return 'same';
    conflict = true;
  }
  return conflict ? 'conflict' : 'open';
}

/** Options for turning a candidate's occurrences into one cluster. */
interface BuildContext {
  docs: readonly ShortQuoteDocument[];
  quotes: QuoteSpans;
  headlines: Headlines;
  o: ShortQuoteOptions;
}

/** The witnesses a candidate's occurrences give, after the outlet rules; [] when none qualifies. */
function acceptedWitnesses(c: Candidate, ctx: BuildContext): { occurrence: Occurrence; witness: ClusterWitness }[] {
  const { docs, quotes, headlines, o } = ctx;
  const long = c.norms.length >= o.openMinWords;
  const mine = c.span.attribution;
  const byTier: Record<Tier, { occurrence: Occurrence; witness: ClusterWitness }[]> = { same: [], open: [], conflict: [] };
  for (const occurrence of c.occurrences) {
    const doc = docs[occurrence.doc] as ShortQuoteDocument;
    const { start, end } = charSpan(doc.tokens, occurrence.range);
    const around = quotes.containing(occurrence.doc, start, end).map((s) => s.attribution);
    const headline = headlineAttribution(doc, occurrence.doc, start, end, headlines, o);
    if (headline) around.push(headline);
    const tier = tierOf(mine, around);
    if (tier !== 'same' && !long) continue;
    // Two unattributed places sharing a phrase are not a quote joined to its source.
    if (tier === 'open' && !mine.outlet && !around.some((a) => a.outlet)) continue;
    let witness = toWitness({ doc: occurrence.doc, range: occurrence.range }, docs, quotes);
    // A headline outside every quote is still credited to its article.
    if (!witness.quoted && headline) witness = { ...witness, attribution: { ...headline } };
    byTier[tier].push({ occurrence, witness });
  }
  // Prefer the source the quote names: another outlet's use of the words counts only when it is all there is.
  const chosen = [...byTier.same, ...byTier.open, ...(byTier.same.length === 0 ? byTier.conflict : [])];
  // Repeats of a phrase can overlap (`shooting, shooting, shooting`): keep the first of overlapping places.
  const kept: typeof chosen = [];
  for (const x of chosen.sort((p, q) => p.occurrence.doc - q.occurrence.doc || p.occurrence.range.from - q.occurrence.range.from)) {
    const prev = kept[kept.length - 1];
    if (!prev || prev.occurrence.doc !== x.occurrence.doc || !overlapsRange(prev.occurrence.range, x.occurrence.range)) kept.push(x);
  }
  return kept.length > o.maxOccurrences ? [] : kept;
}

/**
 * Clusters for short quotes that fingerprint discovery cannot see (see the module comment). For each quote in
 * marks or quote annotation of `minWords`–`maxWords` tokens with `minContentWords` content words that lies in
 * no witness of `existing`, finds the exact occurrences of its token keys elsewhere in the project (the last
 * token may be cut off at a line end on a damaged side of a quote of ≥ `openMinWords`), keeps those the
 * outlet rules accept, and returns one cluster per quote: the quote as representative, each occurrence's
 * exact span as a member aligned word for word. A quote already made a witness by an earlier one is not
 * looked up again. Clusters come in (document, start) order of their quotes; cost is one pass over all tokens.
 */
export function findShortQuoteClusters(docs: readonly ShortQuoteDocument[], quotes: QuoteSpans, existing: readonly QuoteCluster[], options: ShortQuoteLookupOptions = {}): QuoteCluster[] {
  const o = { ...DEFAULT_SHORT_QUOTE_OPTIONS, ...options };
  const taken = new Taken();
  for (const c of existing) for (const w of c.witnesses) taken.add(w.doc, w.start, w.end);
  const candidates = eligible(docs, quotes, taken, o);
  if (candidates.length === 0) return [];
  findOccurrences(docs, candidates, o, options.stats);
  const ctx: BuildContext = { docs, quotes, headlines: headlinesOf(quotes), o };
  const clusters: QuoteCluster[] = [];
  for (const c of candidates) {
    if (c.common || c.occurrences.length === 0) continue;
    const rep = toWitness({ doc: c.span.doc, range: c.range }, docs, quotes);
    if (taken.overlaps(rep.doc, rep.start, rep.end)) continue;
    const found = acceptedWitnesses(c, ctx);
    if (found.length === 0) continue;
    // Word for word by construction (at most one word changed): every two places are compared position by
    // position over the words both have; a cut-off last word stays outside the ops and reads as a shorter
    // excerpt, which is what a truncated headline is.
    const places = [{ witness: rep, from: c.range.from, matched: c.norms.length }, ...found.map(({ occurrence, witness }) => ({ witness, from: occurrence.range.from, matched: occurrence.matched }))];
    const pairs: WitnessPair[] = [];
    for (let x = 0; x < places.length; x++) {
      for (let y = x + 1; y < places.length; y++) {
        const px = places[x] as (typeof places)[number];
        const py = places[y] as (typeof places)[number];
        const m = Math.min(px.matched, py.matched);
        const tx = (docs[px.witness.doc] as ShortQuoteDocument).tokens;
        const ty = (docs[py.witness.doc] as ShortQuoteDocument).tokens;
        pairs.push({ x, y, mode: 'aligned', ops: positionOps(tx, px.from, ty, py.from, m) });
      }
    }
    for (const p of places) taken.add(p.witness.doc, p.witness.start, p.witness.end);
    clusters.push(finishCluster(places.map((p) => p.witness), pairs));
  }
  return clusters;
}
