/**
 * Character spans of token ranges and gaps, the common ground of every classifier: a `Difference` carries
 * character spans (JS string indices into the document text) and the original text there.
 */
import type { Difference, Token, TokenRange, WitnessView } from '../types';
import type { DiscrepancyKind, Severity } from '../../model';

/** One side of a difference: a character span and the document text it covers. */
export type Span = Difference['a'];

/** The span `[start, end)` of `view`'s document, with its text. */
export function spanAt(view: WitnessView, start: number, end: number): Span {
  return { start, end, text: view.document.text.slice(start, end) };
}

/** The tokens of `range` in `view`. */
export function tokensOf(view: WitnessView, range: TokenRange): readonly Token[] {
  return view.tokens.slice(range.from, range.to);
}

/**
 * The span a non-empty token range covers, from its first token's start to its last token's end.
 * Throws a RangeError for an empty range or one outside the document's tokens (a caller's bug).
 */
export function spanOfRange(view: WitnessView, range: TokenRange): Span {
  const first = view.tokens.at(range.from);
  const last = view.tokens.at(range.to - 1);
  if (first === undefined || last === undefined || range.to <= range.from) {
    throw new RangeError(`token range [${range.from}, ${range.to}) is empty or outside ${view.tokens.length} tokens`);
  }
  return spanAt(view, first.start, last.end);
}

/**
 * The character position of the gap before token `index`: right after the previous token, so a
 * zero-width omission sits where the missing words would go. Falls back to the passage edges.
 */
export function gapPosition(view: WitnessView, index: number): number {
  const prev = index > view.passage.tokens.from ? view.tokens.at(index - 1) : undefined;
  if (prev !== undefined) return prev.end;
  return view.tokens.at(index)?.start ?? view.passage.start;
}

/** The text between token `index - 1` and token `index` (spaces, punctuation, editorial marks). */
export function gapText(view: WitnessView, index: number): string {
  const prev = view.tokens.at(index - 1);
  const next = view.tokens.at(index);
  const from = prev?.end ?? view.passage.start;
  const to = next?.start ?? view.passage.end;
  return view.document.text.slice(from, Math.max(from, to));
}

/** Builds a difference from its parts. */
export function difference(kind: DiscrepancyKind, severity: Severity, explanation: string, a: Span, b: Span): Difference {
  return { kind, severity, explanation, a, b };
}

/**
 * `[start, end)` widened over a hyphenated compound it is part of (`tom` in `war-tom` → `war-tom`), so an
 * explanation shows the word a reader sees, not the fragment a tokenizer split off.
 */
export function compoundSpan(text: string, start: number, end: number): { start: number; end: number } {
  const hyphen = /[-‐‑]/u;
  const letter = /\p{L}/u;
  let s = start;
  let e = end;
  while (hyphen.test(text[s - 1] ?? '') && letter.test(text[s - 2] ?? '')) {
    s -= 1;
    while (letter.test(text[s - 1] ?? '')) s--;
  }
  while (hyphen.test(text[e] ?? '') && letter.test(text[e + 1] ?? '')) {
    e += 1;
    while (letter.test(text[e] ?? '')) e++;
  }
  return { start: s, end: e };
}
