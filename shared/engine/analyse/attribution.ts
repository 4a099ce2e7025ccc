/**
 * Attribution differences: the same passage credited to another outlet, author or date (DESIGN.md:
 * `attribution`, major). Only fields both witnesses carry are compared; a missing field is not a
 * contradiction, and a partial date (`1992-03`) agrees with any day of that month.
 */
import type { Attribution } from '../../model';
import type { Difference, WitnessView } from '../types';
import { datesCompatible, outletKey } from '../detect';
import { isTransliterationVariant } from './names';

export { datesCompatible, outletKey };
import { difference, spanAt } from './spans';
import type { Span } from './spans';

/** One author of a by-line: family name key and the initials of the given names. */
interface Author {
  family: string;
  initials: string[];
}

function parseAuthors(byline: string): Author[] {
  return byline
    .replace(/^by\s+/iu, '')
    .split(/\s*(?:,|;|&|\band\b|\bwith\b)\s*/iu)
    .map((name) => name.replace(/[.]/gu, ' ').trim().split(/\s+/u).filter((w) => w.length > 0))
    .filter((words) => words.length > 0)
    .map((words) => ({
      family: (words[words.length - 1] ?? '').toLowerCase(),
      initials: words.slice(0, -1).map((w) => w.charAt(0).toLowerCase()),
    }));
}

function sameAuthor(x: Author, y: Author): boolean {
  if (x.family !== y.family && !isTransliterationVariant(x.family, y.family)) return false;
  // `T. Goltz` and `Thomas Goltz` agree; `Thomas Goltz` and `Peter Goltz` do not.
  const n = Math.min(x.initials.length, y.initials.length);
  return x.initials.slice(0, n).every((c, i) => c === y.initials[i]);
}

/**
 * True when two by-lines can name the same writers: every author of the shorter list is one of the longer
 * list (a citation that drops a co-author is not a different attribution), family names compared through
 * transliteration and given names by initial.
 */
export function authorsCompatible(a: string, b: string): boolean {
  const xa = parseAuthors(a);
  const xb = parseAuthors(b);
  const [short, long] = xa.length <= xb.length ? [xa, xb] : [xb, xa];
  return short.every((s) => long.some((l) => sameAuthor(s, l)));
}

/** The attribution fields compared between witnesses, in the order their differences are listed. */
export type AttributionField = 'outlet' | 'author' | 'date' | 'headline' | 'publisher' | 'place';

/** Lower-case words of a text, punctuation and Markdown marks dropped. */
function words(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w.length > 0);
}

/** Longest common subsequence of two word lists (headlines are short: a few dozen words at most). */
function commonWords(x: readonly string[], y: readonly string[]): number {
  const row = new Array<number>(y.length + 1).fill(0);
  for (const wx of x) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = row[j] as number;
      row[j] = wx === y[j - 1] ? diag + 1 : Math.max(up, row[j - 1] as number);
      diag = up;
    }
  }
  return row[y.length] as number;
}

/** Share of the longer headline's words two headlines must share, in order, to be one headline. */
const SAME_HEADLINE = 0.8;

/**
 * True when two headlines are one headline as printed: the same words in order but for case, punctuation,
 * a word cut off by a damaged scan (`fleeing familie`) or one lost or changed in several.
 */
export function headlinesAlike(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length === 0 || y.length === 0) return true;
  const last = (w: readonly string[]) => w[w.length - 1] ?? '';
  // A last word cut off at a line end: `familie` for `families`.
  const trim = (w: readonly string[], other: readonly string[]) => (w.length === other.length && last(other).startsWith(last(w)) && last(w).length >= 3 ? [...w.slice(0, -1), last(other)] : [...w]);
  const cx = trim(x, y);
  const cy = trim(y, x);
  return commonWords(cx, cy) >= SAME_HEADLINE * Math.max(cx.length, cy.length);
}

/** Publisher or place names: the same when one reads as a part of the other (`NYU Press` / `NYU Press, New York`). */
function namesAlike(a: string, b: string): boolean {
  const x = words(a).join(' ');
  const y = words(b).join(' ');
  return x === y || x.includes(y) || y.includes(x);
}

const COMPATIBLE: Readonly<Record<AttributionField, (a: string, b: string) => boolean>> = {
  outlet: (a, b) => outletKey(a) === outletKey(b),
  author: authorsCompatible,
  date: datesCompatible,
  headline: headlinesAlike,
  publisher: namesAlike,
  place: namesAlike,
};

/** The span an attribution difference points at: where the attribution stands, or the passage when nothing in the text gave it. */
function attributionSpanOf(w: WitnessView): Span {
  const at = w.attributionSpan ?? w.passage;
  return spanAt(w, at.start, at.end);
}

/**
 * The fields of two attributions that both carry and that cannot name the same source. A headline is
 * compared only between two printings of one outlet on one day (the same text under two headlines of one
 * day); between outlets the outlet is the difference.
 */
export function conflictingFields(a: Attribution, b: Attribution): AttributionField[] {
  const differs = (f: AttributionField): boolean => {
    const x = a[f];
    const y = b[f];
    return x !== undefined && y !== undefined && !COMPATIBLE[f](x, y);
  };
  const fields: AttributionField[] = ['outlet', 'author', 'date', 'publisher', 'place'];
  const found = fields.filter(differs);
  const sameIssue = a.outlet !== undefined && b.outlet !== undefined && !found.includes('outlet') && !found.includes('date');
  if (sameIssue && differs('headline')) found.splice(3, 0, 'headline');
  return found;
}

/**
 * Compares the attribution two witnesses carry (DESIGN.md: outlet, author/byline, date, headline, and for
 * books publisher and place): one `attribution` difference (major) per field that both have and that
 * disagree, pointing at where each witness's attribution stands (its dateline, citation or attribution
 * phrase; the whole passage when nothing in the text gave it), explained as `outlet differs: The Times /
 * The Sunday Times`. A missing field is no contradiction. Returns [] when nothing conflicts.
 */
export function compareAttribution(a: WitnessView, b: WitnessView): Difference[] {
  return conflictingFields(a.attribution, b.attribution).map((f) => {
    const x = a.attribution[f] ?? '';
    const y = b.attribution[f] ?? '';
    return { ...difference('attribution', 'major', `${f} differs: ${x} / ${y}`, attributionSpanOf(a), attributionSpanOf(b)), values: { a: x, b: y } };
  });
}
