/**
 * Figures as text writes them (a table of knowledge of English number words, and the shapes of
 * numerals): what value a numeral or a run of number words stands for. Shared by alignment (renderings
 * joined by their figures) and analysis (a changed figure is the most serious difference).
 */
import type { Token } from '../types';

const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}));
// Maps, not object lookups: `'constructor' in {}` is true.
const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 }));

/** True for a number word (`three`, `hundred`), which may stand for a figure. */
export function isNumberWord(norm: string): boolean {
  if (UNITS.has(norm) || SCALES.has(norm)) return true;
  const w = norm.toLowerCase();
  return w !== norm && (UNITS.has(w) || SCALES.has(w));
}

/** True for a token that writes a figure in digits: `450`, `1,500`, `366th`. */
export function isNumeral(t: Token): boolean {
  return t.kind === 'number' || /^\d+(?:st|nd|rd|th)$/iu.test(t.text);
}

/**
 * The character span of the whole numeral around `[start, end)`: a tokenizer that splits `1,500` at the
 * comma still yields `1,500`, so a region holding only `500` is read as the figure it belongs to.
 */
export function numeralSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s >= 2 && /[,.]/.test(text[s - 1] ?? '') && /\d/.test(text[s - 2] ?? '')) {
    s -= 2;
    while (s > 0 && /\d/.test(text[s - 1] ?? '')) s--;
  }
  while (/[,.]/.test(text[e] ?? '') && /\d/.test(text[e + 1] ?? '')) {
    e += 2;
    while (/\d/.test(text[e] ?? '')) e++;
  }
  return { start: s, end: e };
}

/** The value of a written numeral: `1,500` → 1500, `1.500.000` → 1500000, `2.5` → 2.5, `366th` → 366. */
export function parseNumeral(s: string): number | null {
  // Thousands grouped with a space (plain, no-break or thin) read as with a comma: `126 500` = 126,500.
  const digits = s.replace(/(?:st|nd|rd|th)$/i, '').replace(/(?<=\d)[ \u00A0\u202F\u2009](?=\d{3}(?!\d))/gu, ',');
  // A time of day: `8:30` is half past eight, so `8:30` / `08:30` agree and `8:30` / `10` differ.
  const clock = /^(\d{1,2}):(\d{2})$/u.exec(digits);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return Number(digits.replace(/,/g, ''));
  // Continental thousands (`1.500.000`); a single `.` stays a decimal point, the usual English reading.
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(digits)) return Number(digits.replace(/\./g, ''));
  const v = Number(digits.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

/** Value of a run of number words such as `two thousand five hundred`; null if it contains another word. */
export function wordRunValue(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'and') continue; // `one hundred and six`
    const unit = UNITS.get(w);
    const scale = SCALES.get(w);
    if (unit !== undefined) current += unit;
    else if (w === 'hundred') current = Math.max(current, 1) * 100;
    else if (scale !== undefined) {
      total += Math.max(current, 1) * scale;
      current = 0;
    } else return null;
  }
  return total + current;
}

