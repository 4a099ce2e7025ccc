/**
 * Small text helpers shared by the detectors: lines with their offsets, token look-up by offset, sentence
 * boundaries. All offsets are JS string indices into the document text.
 */
import type { TokenList } from '../token-list';

// Lines are Verbatim's one definition (CR LF, LF or a lone CR), shared with the CLI and the editor.
export { splitLines } from '../../text';
export type { Line } from '../../text';

/** Index of the first token whose end is after `pos` (binary search; `tokens.length` when there is none). */
export function tokenIndexAt(tokens: TokenList, pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end(mid) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of tokens lying wholly inside `[from, to)`. */
export function countTokens(tokens: TokenList, from: number, to: number): number {
  let n = 0;
  for (let i = tokenIndexAt(tokens, from); i < tokens.length; i++) {
    const start = tokens.start(i);
    if (start >= to) break;
    if (start >= from && tokens.end(i) <= to) n++;
  }
  return n;
}

/** Words that end with a full stop without ending a sentence (`Mr. Sadikov`, `Feb. 25`, `U.S.-based`). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'st', 'no', 'nos', 'vol',
  'p', 'pp', 'ed', 'eds', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'vs', 'etc', 'cf', 'al', 'approx', 'ca',
]);

/** How far back a sentence start is looked for; a sentence longer than this is cut (bounded work per quote). */
export const MAX_SENTENCE_CHARS = 400;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const isUpperStart = (c: string | undefined): boolean => c !== undefined && /[\p{Lu}“"‘«„(\d]/u.test(c);

/** True when a full stop at `dot` ends a sentence rather than an abbreviation or an initial. */
function endsSentence(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}]/u.test(text[w - 1] ?? '')) w--;
  const word = text.slice(w, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // initials: `U.S.`, `E. Mamedov`
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Start of the sentence that contains `pos`: just after the last `.`, `!` or `?` (or `…`) that is followed by
 * white space and a capital, an opening quote or a bracket, looking back at most {@link MAX_SENTENCE_CHARS}
 * characters and never before `floor`. Line breaks are not boundaries: extracted PDFs wrap sentences.
 */
export function sentenceStart(text: string, pos: number, floor = 0): number {
  const limit = Math.max(floor, pos - MAX_SENTENCE_CHARS);
  for (let i = pos - 1; i > limit; i--) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…' && c !== ')') continue;
    let j = i + 1;
    while (j < pos && /["”’»]/u.test(text[j] ?? '')) j++;
    if (!isSpace(text[j])) continue;
    let k = j;
    while (k < pos && isSpace(text[k])) k++;
    if (k >= pos || !isUpperStart(text[k])) continue;
    if (c === ')' && text[i - 1] !== '.') continue;
    if (c === '.' && !endsSentence(text, i)) continue;
    return k;
  }
  return limit;
}

/**
 * End of the sentence that contains `pos` (exclusive, after its final punctuation and closing quotes), looking
 * ahead at most {@link MAX_SENTENCE_CHARS} characters and never past `ceiling`.
 */
export function sentenceEnd(text: string, pos: number, ceiling = text.length): number {
  const limit = Math.min(ceiling, pos + MAX_SENTENCE_CHARS);
  for (let i = pos; i < limit; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < limit && /["”’»)]/u.test(text[j] ?? '')) j++;
    if (j < limit && !isSpace(text[j])) continue;
    let k = j;
    while (k < limit && isSpace(text[k])) k++;
    if (k < limit && !isUpperStart(text[k])) continue;
    if (c === '.' && !endsSentence(text, i)) continue;
    return j;
  }
  return limit;
}

/** Collapses runs of white space (line wraps, hard breaks) to one space and trims: for headlines and names. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
