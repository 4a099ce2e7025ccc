/**
 * Dates as press compilations write them, turned into ISO 8601 (possibly partial: `1992-03`).
 *
 * Formats: `1 March 1992`, `1st March, 1992`, `March 1, 1992`, `March, 23 1992`, `Mar. 1 1992`, `16.03.1992`,
 * `16/03/1992`, `1992-03-16`, `1992-03`, `March 1992`, and month names in English, French, German, Spanish,
 * Russian and Azerbaijani/Turkish. Ranges (`Feb. 25-26`, `25-26 February 1992`) are found but flagged, because
 * a range is the date of an event, never the date of an article.
 */

/** A date found in a text: its span, its ISO form (null when the year is missing) and whether it is a range. */
export interface DateMatch {
  start: number;
  end: number;
  /** `YYYY-MM-DD` or `YYYY-MM`; null when the text gives no year (`March 3`), or for a range. */
  iso: string | null;
  /** True for `25-26 February 1992`, `Feb. 25-26`: an event span, not a publication date. */
  range: boolean;
}

/** Month names and abbreviations, lower case, by month number. Several languages, because sources quote translations. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'januar', 'enero', 'января', 'январь', 'yanvar', 'ocak'],
  ['february', 'feb', 'février', 'fevrier', 'februar', 'febrero', 'февраля', 'февраль', 'fevral', 'şubat', 'subat'],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'marzo', 'марта', 'март', 'mart'],
  ['april', 'apr', 'avril', 'abril', 'апреля', 'апрель', 'aprel', 'nisan'],
  ['may', 'mai', 'mayo', 'мая', 'май', 'mayıs', 'mayis'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'июня', 'июнь', 'iyun', 'haziran'],
  ['july', 'jul', 'juillet', 'juli', 'julio', 'июля', 'июль', 'iyul', 'temmuz'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'августа', 'август', 'avqust', 'ağustos', 'agustos'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'сентября', 'сентябрь', 'sentyabr', 'eylül', 'eylul'],
  ['october', 'oct', 'octobre', 'oktober', 'octubre', 'октября', 'октябрь', 'oktyabr', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'ноября', 'ноябрь', 'noyabr', 'kasım', 'kasim'],
  ['december', 'dec', 'décembre', 'decembre', 'dezember', 'diciembre', 'декабря', 'декабрь', 'dekabr', 'aralık', 'aralik'],
];

const MONTH_BY_NAME = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/**
 * The month (1..12) a word names (`March`, `mar.`, `mars`, `марта`); null for any other word. The one month
 * table of the engine: analysis uses it too, so detection and analysis agree on what a month is.
 */
export function monthOf(word: string): number | null {
  return MONTH_BY_NAME.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

// Longest names first so `sept` wins over `sep`; every quantifier below is bounded, so no input can make these
// patterns backtrack catastrophically.
const MONTH = `(${[...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
const YEAR = '(\\d{4})';
const DASH = '\\s{0,2}(?:-|–|—|to|and|/)\\s{0,2}';
// Words never end inside a date: `\b` does not know Cyrillic, so a look-ahead on letters and digits is used. The
// matching check before a date is done in code (`findDates`): a look-behind tried at every position of a large
// text costs five times the whole match.
const L = '';
const R = '(?![\\p{L}\\p{N}])';

type Builder = (m: RegExpExecArray) => { y: string | undefined; mo: number; d: number | undefined; range: boolean } | null;

/** One date shape: a pattern and how its groups become year, month, day. */
interface DateShape {
  re: RegExp;
  build: Builder;
}

const month = (s: string | undefined): number => MONTH_BY_NAME.get((s ?? '').toLowerCase()) ?? 0;
const num = (s: string | undefined): number => Number.parseInt(s ?? '', 10);

const SHAPES: readonly DateShape[] = [
  { // 1992-03-16, 1992-03
    re: new RegExp(`${L}(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\p{L}\\p{N}]|-\\d)`, 'gu'),
    build: (m) => ({ y: m[1], mo: num(m[2]), d: m[3] === undefined ? undefined : num(m[3]), range: false }),
  },
  { // 16.03.1992, 16/03/1992 (day first, as in the European sources; a second field above 12 means month first)
    re: new RegExp(`${L}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${R}`, 'gu'),
    build: (m) => {
      const a = num(m[1]);
      const b = num(m[3]);
      return b > 12 && a <= 12 ? { y: m[4], mo: a, d: b, range: false } : { y: m[4], mo: b, d: a, range: false };
    },
  },
  { // 25-26 February 1992, 25 to 26 February
    re: new RegExp(`${L}(\\d{1,2})${DASH}(\\d{1,2})\\s{1,3}(?:of\\s{1,3})?${MONTH}(?:,?\\s{1,3}${YEAR})?${R}`, 'giu'),
    build: (m) => ({ y: m[4], mo: month(m[3]), d: num(m[1]), range: true }),
  },
  { // 1 March 1992, 1st of March, 1992, 1 March (no year: iso null)
    re: new RegExp(`${L}${DAY}\\s{1,3}(?:of\\s{1,3})?${MONTH}(?:,?\\s{1,3}${YEAR})?${R}`, 'giu'),
    build: (m) => ({ y: m[3], mo: month(m[2]), d: num(m[1]), range: false }),
  },
  { // Feb. 25-26, 1992
    re: new RegExp(`${L}${MONTH}\\s{1,3}(\\d{1,2})${DASH}(\\d{1,2})(?:,?\\s{1,3}${YEAR})?${R}`, 'giu'),
    build: (m) => ({ y: m[4], mo: month(m[1]), d: num(m[2]), range: true }),
  },
  { // March 16, 1992; March, 23 1992; Mar. 3 (no year)
    re: new RegExp(`${L}${MONTH},?\\s{1,3}${DAY}(?:,?\\s{1,3}${YEAR})?${R}`, 'giu'),
    build: (m) => ({ y: m[3], mo: month(m[1]), d: num(m[2]), range: false }),
  },
  { // March 1992 → 1992-03
    re: new RegExp(`${L}${MONTH},?\\s{1,3}${YEAR}${R}`, 'giu'),
    build: (m) => ({ y: m[2], mo: month(m[1]), d: undefined, range: false }),
  },
];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Years outside this window are figures (`March 1275 persons`), not dates of modern press articles. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function daysIn(year: number, mo: number): number {
  return new Date(Date.UTC(year, mo, 0)).getUTCDate();
}

/** ISO text for a year, month and optional day, or null when they do not form a real calendar date. */
export function toIsoDate(year: number, mo: number, day?: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR || mo < 1 || mo > 12) return null;
  const ym = `${year}-${String(mo).padStart(2, '0')}`;
  if (day === undefined) return ym;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, mo)) return null;
  return `${ym}-${String(day).padStart(2, '0')}`;
}

/**
 * Every date in `text.slice(from, to)`, in text order, without overlaps (at one position the longest shape
 * wins, so `March 1, 1992` is one date, not `March 1` and `1992`). Bare years are not reported: in running text
 * they are far more often figures or years of events than dates of articles.
 */
export function findDates(text: string, from = 0, to = text.length): DateMatch[] {
  const window = text.slice(from, to);
  const found: DateMatch[] = [];
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(window); m !== null; m = shape.re.exec(window)) {
      if (WORD_CHAR.test(window[m.index - 1] ?? '')) {
        shape.re.lastIndex = m.index + 1; // inside a word (`Omar 3`, `C1`): retry one character on
        continue;
      }
      const parts = shape.build(m);
      if (parts === null || parts.mo < 1) continue;
      const start = from + m.index;
      const end = start + m[0].replace(/[\s,]+$/u, '').length;
      const year = parts.y === undefined ? Number.NaN : num(parts.y);
      const iso = parts.range || parts.y === undefined ? null : toIsoDate(year, parts.mo, parts.d);
      // A shape that names a year but fails the calendar (`31 February 1992`, `March 1275`) is no date at all.
      if (parts.y !== undefined && toIsoDate(year, parts.mo, parts.range ? 1 : parts.d) === null) continue;
      found.push({ start, end, iso, range: parts.range });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last !== undefined && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/iu;

/**
 * Parses a string that is one date and nothing else (a weekday before it, brackets around it and a final
 * full stop are allowed) into ISO 8601: `1 March 1992` → `1992-03-01`, `March 1992` → `1992-03`,
 * `1992` → `1992`. Returns null for anything else: no date, a date without a year (`March 3`), an impossible
 * date (`30 February 1992`), or a range (`Feb. 25-26`, `25-26 February 1992`), which dates an event rather
 * than an article.
 */
export function parseDate(s: string): string | null {
  const t = s.trim().replace(/^\(\s*|\s*\)$/gu, '').replace(/\.$/u, '').replace(WEEKDAY, '').trim();
  if (/^\d{4}$/u.test(t)) return toIsoDate(num(t), 1) === null ? null : t;
  const dates = findDates(t);
  const only = dates[0];
  if (dates.length !== 1 || only === undefined || only.start !== 0 || only.end !== t.length) return null;
  return only.iso;
}
