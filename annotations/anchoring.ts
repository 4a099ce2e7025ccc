/**
 * Re-anchoring stored selectors in a document's current text, the Hypothesis way: trust the stored position
 * when the quote is still there, else look for the exact quote (nearest, best context), else a fuzzy match;
 * failing all three the annotation is orphaned (`null`), never moved somewhere arbitrary.
 */
import search from 'approx-string-match';
import { distance } from 'fastest-levenshtein';
import type { Annotation, Target, TextQuoteSelector } from '../shared/model';

/** Weight of how closely the candidate's words match the quote: the quoted words themselves decide most. */
export const QUOTE_WEIGHT = 50;
/** Weight of the text before the candidate matching the stored prefix: tells repeats of one phrase apart. */
export const PREFIX_WEIGHT = 20;
/** Weight of the text after the candidate matching the stored suffix: as for the prefix. */
export const SUFFIX_WEIGHT = 20;
/**
 * Weight of closeness to the old position. Small on purpose: a tie-breaker between otherwise equal
 * candidates, never strong enough to beat a context match after text was inserted or moved.
 */
export const POSITION_WEIGHT = 2;

/** Fuzzy matching allows this share of the quote's length as errors (insertions, deletions, substitutions)... */
export const ERROR_BUDGET_RATIO = 0.1;
/** ...but at least this many, so a short quote survives a fixed typo... */
export const MIN_ERROR_BUDGET = 2;
/** ...and at most this many, to bound the search time on very long quotes (Hypothesis uses the same cap). */
export const MAX_ERROR_BUDGET = 256;

/** A place in the text where a quote was found, with its score in 0..1 (1 = exact, same context, same place). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** A candidate span and the edit distance between it and the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * How many errors a fuzzy match of a quote of `length` characters may have: `ERROR_BUDGET_RATIO` of it,
 * within `MIN_ERROR_BUDGET`..`MAX_ERROR_BUDGET`, and never more than half the quote (beyond that any text
 * would match a short quote).
 */
export function errorBudget(length: number): number {
  const budget = Math.min(MAX_ERROR_BUDGET, Math.max(MIN_ERROR_BUDGET, Math.ceil(length * ERROR_BUDGET_RATIO)));
  return Math.min(budget, Math.floor(length / 2));
}

/** 0..1: how alike two short strings are (1 - edit distance / longer length); 1 when the stored one is empty. */
function similarity(stored: string, found: string): number {
  if (stored.length === 0) return 1;
  return 1 - distance(stored, found) / Math.max(stored.length, found.length);
}

/**
 * Scores a candidate for `quote` in `text` in 0..1: the weighted sum of quote similarity, prefix and suffix
 * similarity, and closeness to `hint` (the old start), divided by the sum of the weights. Without a hint the
 * position counts as a perfect match for every candidate, so it changes no order.
 */
export function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: Candidate, hint?: number): number {
  const quoteScore = quote.exact.length === 0 ? 0 : 1 - candidate.errors / quote.exact.length;
  const before = text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start);
  const after = text.slice(candidate.end, candidate.end + quote.suffix.length);
  const positionScore = hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * similarity(quote.prefix, before) +
    SUFFIX_WEIGHT * similarity(quote.suffix, after) +
    POSITION_WEIGHT * positionScore;
  return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

function best(text: string, quote: TextQuoteSelector, candidates: readonly Candidate[], hint?: number): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, quote, candidate, hint);
    // Strictly greater: among equal scores the earliest candidate wins, so the result is deterministic.
    if (top === null || score > top.score) top = { start: candidate.start, end: candidate.end, score };
  }
  return top;
}

/**
 * Finds `quote` in `text`: the best-scoring exact occurrence when there is one, else the best fuzzy match
 * within `errorBudget`. `hint` is the old start offset. Returns `null` when the quote is empty or not found.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint?: number): QuoteMatch | null {
  if (quote.exact.length === 0) return null;
  const exact = exactCandidates(text, quote.exact);
  if (exact.length > 0) return best(text, quote, exact, hint);
  const budget = errorBudget(quote.exact.length);
  if (budget === 0) return null;
  return best(text, quote, search(text, quote.exact, budget), hint);
}

/**
 * Where `target` sits in `text` now, as JS string offsets, or `null` when it cannot be placed (orphaned).
 * First the stored position, if the exact quote is still there; then `matchQuote` with the old start as hint.
 * Never throws: anchoring runs inside the editor, where an exception would break rendering of every other
 * annotation, so an unexpected failure is reported as an orphan.
 */
export function anchor(text: string, target: Target): { start: number; end: number } | null {
  try {
    const [position, quote] = target.selector;
    if (quote.exact.length > 0 && text.slice(position.start, position.end) === quote.exact) {
      return { start: position.start, end: position.end };
    }
    const match = matchQuote(text, quote, position.start);
    return match === null ? null : { start: match.start, end: match.end };
  } catch {
    return null;
  }
}

/** Anchors every annotation in `text`; `anchor: null` marks an orphan for the UI to show as such. */
export function anchorAll(text: string, annotations: readonly Annotation[]): { annotation: Annotation; anchor: { start: number; end: number } | null }[] {
  return annotations.map((annotation) => ({ annotation, anchor: anchor(text, annotation.target) }));
}
