/**
 * Stage 3 of the engine (DESIGN.md): quote candidates and their attribution. Three cues, each a suggestion the
 * user accepts, edits or rejects:
 *
 * - `block` — an article reprinted under a heading/dateline (see `blocks.ts`);
 * - `quotation-marks` — text between quotation marks of any style (see `quotation-marks.ts`), attributed from its
 *   sentence (see `attribution-phrases.ts`) or, inside a block, from the block;
 * - `phrase` — reported speech credited to an outlet without quotation marks.
 *
 * Confidence is a simple additive score, its parts named below; it orders suggestions, nothing more.
 */
import type { Attribution, SourceDocument } from '../../model';
import type { DetectOptions, QuoteCandidate } from '../types';
import { attributeFromContext, findPhraseCandidates } from './attribution-phrases';
import { findBlocks, type Block } from './blocks';
import { Gazetteer } from './gazetteer';
import { findQuotedSpans, type QuotedSpan } from './quotation-marks';
import { countTokens } from './text-scan';
import type { TokenList } from '../token-list';

export { parseDate, findDates, toIsoDate, type DateMatch } from './dates';
export { outletKey, datesCompatible } from './attribution-keys';
export { Gazetteer, type OutletMatch } from './gazetteer';
export { BUILTIN_OUTLETS, type OutletEntry } from './outlets';
export { findQuotedSpans, MAX_QUOTE_CHARS, MAX_SINGLE_QUOTE_CHARS, type QuotedSpan, type QuoteStyle } from './quotation-marks';
export { findBlocks, type Block } from './blocks';
export { attributeFromContext, findPhraseCandidates, SPEECH_VERBS, type ContextAttribution, type PhraseCandidate } from './attribution-phrases';

/**
 * Quotes shorter than this many words are scare quotes, names or titles (`“grim and unconscionable,”`, `"free
 * corridor"`): too short to be a passage worth checking and too short for alignment to place reliably. They are
 * kept only when the sentence credits them to an outlet or calls them a headline.
 */
export const MIN_QUOTE_WORDS = 4;
/** From this many words on, a quote is a sentence-sized passage. */
const LONG_QUOTE_WORDS = 12;

/** Confidence parts (added, capped at {@link MAX_CONFIDENCE}). */
const CONFIDENCE = {
  /** A quote of at least {@link LONG_QUOTE_WORDS} words in quotation marks. */
  longQuote: 0.55,
  /** A quote of {@link MIN_QUOTE_WORDS} to {@link LONG_QUOTE_WORDS} words. */
  mediumQuote: 0.4,
  /** A short quote kept because it is attributed. */
  shortQuote: 0.2,
  /** The quote is credited to a known outlet. */
  outlet: 0.25,
  /** A date goes with it. */
  date: 0.1,
  /** A headline or an author goes with it. */
  detail: 0.05,
  /** Looks like a title (`the Convention “On the Prevention …”`) rather than a quotation. */
  titlePenalty: -0.15,
  /** An article under a dateline whose outlet the gazetteer knows. */
  knownBlock: 0.9,
  /** An article under a dateline naming an outlet the gazetteer does not know. */
  unknownBlock: 0.75,
  /** An article found only by its heading and byline. */
  bylineBlock: 0.55,
  /** Reported speech after `Outlet reported:` (a colon usually introduces the words themselves). */
  colonPhrase: 0.5,
  /** Reported speech after `Outlet reported that` / `described`: often a paraphrase. */
  plainPhrase: 0.35,
} as const;
const MAX_CONFIDENCE = 0.95;

const round = (x: number): number => Math.round(Math.min(MAX_CONFIDENCE, Math.max(0.05, x)) * 100) / 100;

/** True for Title Case text of a few words: a document or resolution title rather than quoted prose. */
function titleLike(s: string): boolean {
  const words = s.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > LONG_QUOTE_WORDS) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, ''))).length;
  return capitalised / words.length >= 0.6 && !/[.!?]$/u.test(s.trim());
}

function quoteConfidence(words: number, a: Attribution, fromBlock: boolean, title: boolean): number {
  let c = words >= LONG_QUOTE_WORDS ? CONFIDENCE.longQuote : words >= MIN_QUOTE_WORDS ? CONFIDENCE.mediumQuote : CONFIDENCE.shortQuote;
  if (a.outlet !== undefined) c += CONFIDENCE.outlet;
  if (a.date !== undefined) c += CONFIDENCE.date;
  if (a.headline !== undefined || a.author !== undefined) c += CONFIDENCE.detail;
  if (title && a.outlet === undefined && !fromBlock) c += CONFIDENCE.titlePenalty;
  return round(c);
}

function blockConfidence(b: Block): number {
  if (b.opener === 'byline') return round(CONFIDENCE.bylineBlock + (b.knownOutlet ? CONFIDENCE.date : 0));
  return b.knownOutlet ? CONFIDENCE.knownBlock : CONFIDENCE.unknownBlock;
}

/** The block whose header or body contains `pos`, by binary search over blocks in document order. */
function blockAt(blocks: readonly Block[], pos: number): Block | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const b = blocks[mid];
    if (b === undefined) break;
    if (pos < b.headerStart) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

/**
 * For each span (ordered by opening mark): how far back its context may look (after the previous quote that
 * closed before it, and inside the quote that encloses it) and how far ahead (up to the next quote opening
 * after it closes).
 */
function contextLimits(spans: readonly QuotedSpan[], textLength: number): { floor: number; ceiling: number }[] {
  const limits: { floor: number; ceiling: number }[] = [];
  const enclosing: QuotedSpan[] = [];
  let lastClosed = -1;
  for (const span of spans) {
    for (let top = enclosing[enclosing.length - 1]; top !== undefined && top.close < span.open; top = enclosing[enclosing.length - 1]) {
      lastClosed = Math.max(lastClosed, top.close);
      enclosing.pop();
    }
    const outer = enclosing[enclosing.length - 1];
    const floor = Math.max(lastClosed + 1, outer === undefined ? 0 : outer.open + 1);
    enclosing.push(span);
    limits.push({ floor, ceiling: textLength });
  }
  // Ceiling: the first opening mark after this span closes (spans are sorted by opening mark).
  spans.forEach((span, n) => {
    let lo = n + 1;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid]?.open ?? textLength) <= span.close) lo = mid + 1;
      else hi = mid;
    }
    const limit = limits[n];
    if (limit !== undefined) limit.ceiling = spans[lo]?.open ?? textLength;
  });
  return limits;
}

/** One candidate per quoted span that passes the length/attribution rule. */
function quoteCandidates(document: SourceDocument, tokens: TokenList, gazetteer: Gazetteer, spans: readonly QuotedSpan[], blocks: readonly Block[]): QuoteCandidate[] {
  const text = document.text;
  const out: QuoteCandidate[] = [];
  const limits = contextLimits(spans, text.length);
  spans.forEach((span, n) => {
    const words = countTokens(tokens, span.start, span.end);
    if (words === 0) return;
    const block = blockAt(blocks, span.open);
    let attribution: Attribution;
    let attributed: boolean;
    let attributionSpan: { start: number; end: number } | undefined;
    if (block !== undefined) {
      // Inside a reprinted article the article is the source: a speaker or an outlet it mentions never overrides it.
      attribution = { ...block.attribution };
      attributed = span.open < block.start; // the dateline's own headline
      attributionSpan = headerSpan(text, block);
    } else {
      const { floor, ceiling } = limits[n] ?? { floor: 0, ceiling: text.length };
      const ctx = attributeFromContext(text, tokens, gazetteer, span.open, span.close, floor, ceiling);
      attribution = ctx.attribution;
      attributed = ctx.attributed;
      attributionSpan = ctx.span;
    }
    if (words < MIN_QUOTE_WORDS && !attributed) return;
    const quoted = text.slice(span.start, span.end);
    // `"Memorial" Human Rights Center`: a quoted name is a name, not a passage.
    if (words <= MIN_QUOTE_WORDS && gazetteer.lookup(quoted) !== null) return;
    const candidate: QuoteCandidate = {
      document: document.id, start: span.start, end: span.end, text: quoted, attribution, cue: 'quotation-marks',
      confidence: quoteConfidence(words, attribution, block !== undefined, titleLike(quoted)),
    };
    if (attributionSpan) candidate.attributionSpan = attributionSpan;
    out.push(candidate);
  });
  return out;
}

/**
 * Finds the passages of `document` that quote an outside source, with the attribution the text gives them.
 * `tokens` are the document's tokens from `tokenize`. Candidates are ordered by start (longer first on ties);
 * `start`/`end` cover the quoted words only (no quotation marks, no attribution phrase) and `text` is
 * `document.text.slice(start, end)`. Candidates may overlap: an article block contains the quotes inside it,
 * and a quote may contain a nested quote. Runs in time linear in the text (no unbounded backtracking).
 */
export function detectQuotes(document: SourceDocument, tokens: TokenList, options: DetectOptions = {}): QuoteCandidate[] {
  const text = document.text;
  const gazetteer = gazetteerFor(options.gazetteer);
  const blocks = findBlocks(text, tokens, gazetteer);
  const spans = findQuotedSpans(text);
  const candidates: QuoteCandidate[] = blocks.map((b) => ({
    document: document.id, start: b.start, end: b.end, text: text.slice(b.start, b.end), attribution: { ...b.attribution },
    cue: 'block', confidence: blockConfidence(b), attributionSpan: headerSpan(text, b),
  }));
  for (const q of quoteCandidates(document, tokens, gazetteer, spans, blocks)) candidates.push(q);
  const inSkip = makeSkip(blocks, spans);
  for (const p of findPhraseCandidates(text, tokens, gazetteer, inSkip)) {
    const c = (p.colon ? CONFIDENCE.colonPhrase : CONFIDENCE.plainPhrase) + (p.attribution.date === undefined ? 0 : CONFIDENCE.date);
    candidates.push({ document: document.id, start: p.start, end: p.end, text: text.slice(p.start, p.end), attribution: p.attribution, cue: 'phrase', confidence: round(c), attributionSpan: p.attributionSpan });
  }
  return candidates.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where a block's attribution stands: its header (heading, dateline, byline), without the blank lines after it. */
function headerSpan(text: string, b: Block): { start: number; end: number } {
  let end = b.start;
  while (end > b.headerStart && /\s/u.test(text[end - 1] ?? '')) end--;
  return { start: b.headerStart, end: Math.max(end, b.headerStart) };
}

/** Where a document names an outlet of the gazetteer (any alias), with its canonical name. */
export interface OutletMention {
  start: number;
  end: number;
  outlet: string;
}

/**
 * Every place `document` names a known outlet (the gazetteer and `options.gazetteer`), in order: what
 * alignment uses to tell that a passage credits a source in its own words (`according to the centre
 * “Мемориал”`) even where no quote candidate carries the attribution.
 */
export function findOutletMentions(document: SourceDocument, tokens: TokenList, options: DetectOptions = {}): OutletMention[] {
  return gazetteerFor(options.gazetteer).match(document.text, tokens).map((m) => ({ start: m.start, end: m.end, outlet: m.outlet }));
}

/**
 * One matcher per list of project outlets: a check detects in every document with the same options, and
 * building the trie of every outlet and alias per document cost more than matching. Immutable, so sharing is safe.
 */
const gazetteers = new WeakMap<readonly string[], Gazetteer>();
let builtinOnly: Gazetteer | null = null;
function gazetteerFor(extra: DetectOptions['gazetteer']): Gazetteer {
  if (extra === undefined || extra.length === 0) return (builtinOnly ??= new Gazetteer());
  let g = gazetteers.get(extra);
  if (g === undefined) gazetteers.set(extra, (g = new Gazetteer(extra)));
  return g;
}

/** A membership test for "inside a block or a quoted span", for the phrase detector. */
function makeSkip(blocks: readonly Block[], spans: readonly QuotedSpan[]): (pos: number) => boolean {
  // Quoted spans may nest; keep the outermost ones, which are disjoint and ordered, for a binary search.
  const outer: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (last !== undefined && s.open < last.to) continue;
    outer.push({ from: s.open, to: s.close + 1 });
  }
  return (pos) => {
    if (blockAt(blocks, pos) !== undefined) return true;
    let lo = 0;
    let hi = outer.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = outer[mid];
      if (r === undefined) break;
      if (pos < r.from) hi = mid - 1;
      else if (pos >= r.to) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
