/**
 * Which words of a passage carry its content, for the thresholds of discovery and clustering: a date's
 * day, month and year name a moment, not a figure, and with function words they make up stock openings
 * (`On the night of 25 to 26 February 1992, the …`) that many texts share without quoting each other.
 */
import type { AlignOp, TokenRange } from '../types';
import { monthOf } from '../detect/dates';
import { isFunctionWord } from '../normalize';
import type { TokenList } from '../token-list';

/** How far (in tokens) from a month a day or a year may stand and still be read as part of its date. */
const DATE_REACH = 3;

/** True when token `i` of `tokens` is part of a date: a month, or a day or a year within reach of a month inside `r`. */
export function isDatePart(tokens: TokenList, i: number, r: TokenRange): boolean {
  const norm = tokens.norm(i);
  if (monthOf(norm) !== null) return true;
  if (!tokens.isNumber(i)) return false;
  const value = Number(norm);
  if (!Number.isInteger(value) || !((value >= 1 && value <= 31) || (value >= 1000 && value <= 2199))) return false;
  for (let j = Math.max(r.from, i - DATE_REACH); j < Math.min(r.to, i + DATE_REACH + 1); j++) if (monthOf(tokens.norm(j)) !== null) return true;
  return false;
}

/**
 * True when tokens `r` state a figure: a number that is no part of a date (`25 to 26 February 1992` names
 * a night, not a count; `200 corpses` states one).
 */
export function statesFigure(tokens: TokenList, r: TokenRange): boolean {
  for (let i = r.from; i < r.to; i++) if (tokens.kind(i) === 'number' && !isDatePart(tokens, i, r)) return true;
  return false;
}

/** Tokens of side A that `ops` match exactly and that are neither function words nor parts of a date. */
export function contentMatched(ops: readonly AlignOp[], tokens: TokenList, r: TokenRange): number {
  let n = 0;
  for (const op of ops) {
    if (op.op !== 'equal') continue;
    for (let i = op.a.from; i < op.a.to; i++) {
      if (!isFunctionWord(tokens.norm(i)) && !isDatePart(tokens, i, r)) n++;
    }
  }
  return n;
}
