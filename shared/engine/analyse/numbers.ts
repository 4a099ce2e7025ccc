/**
 * Figures and dates inside a stretch of tokens: what value each numeral or number word stands for, and which
 * month a month word names. A difference of value is the most serious kind (`number`, critical); the same
 * value written another way (`three` / `3`, `25-26 February` / `Feb. 25-26`) is only typography.
 */
import type { Token } from '../types';
import { monthOf } from '../detect/dates';
import { isNumberWord, isNumeral, numeralSpan, parseNumeral, wordRunValue } from '../normalize';

export { isNumberWord, isNumeral, monthOf, numeralSpan, parseNumeral };

/** True for a token that is part of a figure or a date: a numeral, a number word or a month. */
export function isFigureOrMonth(t: Token): boolean {
  return isNumeral(t) || isNumberWord(t.norm) || monthOf(t.norm) !== null;
}

/** The figures a stretch of tokens states, in order; see {@link figuresOf}. */
export interface Figures {
  /** One value per numeral or run of number words. */
  values: number[];
  /** Months named, 1..12, in order. */
  months: number[];
  /** True when some figure is written in digits (so a missing counterpart is a real change of figure). */
  hasDigits: boolean;
}

/**
 * Reads the figures and months of `tokens` (a contiguous stretch of one document whose text is `text`).
 * Digits are read over their whole numeral (see {@link numeralSpan}), so split numerals count once; runs
 * of number words (`two thousand`, `one hundred and six`) count as one value.
 */
export function figuresOf(text: string, tokens: readonly Token[]): Figures {
  const values: number[] = [];
  const months: number[] = [];
  let hasDigits = false;
  let lastNumeralEnd = -1;
  let run: string[] = [];
  const flush = (): void => {
    const v = run.length > 0 ? wordRunValue(run) : null;
    if (v !== null) values.push(v);
    run = [];
  };
  for (const t of tokens) {
    const w = t.norm.toLowerCase();
    if (isNumeral(t)) {
      flush();
      const span = numeralSpan(text, t.start, t.end);
      if (span.end === lastNumeralEnd) continue; // second half of a numeral already read
      lastNumeralEnd = span.end;
      const v = parseNumeral(text.slice(span.start, span.end));
      if (v !== null) values.push(v);
      hasDigits = true;
    } else if (isNumberWord(w) || (w === 'and' && run.length > 0)) {
      run.push(w);
    } else {
      if (run[run.length - 1] === 'and') run.pop();
      flush();
      const m = monthOf(w);
      if (m !== null) months.push(m);
    }
  }
  if (run[run.length - 1] === 'and') run.pop();
  flush();
  return { values, months, hasDigits };
}

/** True when two lists hold the same values regardless of order. */
export function sameBag(a: readonly (number | string)[], b: readonly (number | string)[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].map(String).sort();
  const sb = [...b].map(String).sort();
  return sa.every((v, i) => v === sb[i]);
}
