/**
 * Attribution differences: the same passage credited to another outlet, author or date (DESIGN.md:
 * `attribution`, major). Only fields both witnesses carry are compared; a missing field is not a
 * contradiction, and a partial date (`1992-03`) agrees with any day of that month.
 */
import type { Attribution } from '../../model';
import type { Difference, WitnessView } from '../types';
import { isTransliterationVariant } from './names';
import { difference, spanAt } from './spans';
import type { Span } from './spans';

// Words that name what kind of publication an outlet is without being part of its name.
const OUTLET_SUFFIXES = /\s+(?:magazine|newspaper|online)$/u;

/**
 * The key under which spellings of one outlet agree: NFKC, diacritics and punctuation removed, lower case,
 * a leading `the` and a trailing `magazine` / `newspaper` dropped. `Newsweek`, `NEWSWEEK` and `Newsweek
 * Magazine` agree; `The Times`, `Time` and `The Sunday Times` stay three outlets.
 */
export function outletKey(outlet: string): string {
  let k = outlet.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // Dots and apostrophes vanish (`U.S.` → `us`); other punctuation separates words.
  k = k.replace(/[.’'`]/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  k = k.replace(/^the\s+/u, '');
  let prev = '';
  while (prev !== k) {
    prev = k;
    k = k.replace(OUTLET_SUFFIXES, '');
  }
  return k.replace(/\s+/gu, ' ').trim();
}

/** True when two ISO dates (possibly partial) can name the same day: one is a prefix of the other. */
export function datesCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

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

type Field = 'outlet' | 'author' | 'date';
const COMPATIBLE: Readonly<Record<Field, (a: string, b: string) => boolean>> = {
  outlet: (a, b) => outletKey(a) === outletKey(b),
  author: authorsCompatible,
  date: datesCompatible,
};

/** The whole passage of a witness as a span. */
function passageSpan(w: WitnessView): Span {
  return spanAt(w, w.passage.start, w.passage.end);
}

/** The fields of two attributions that both carry and that cannot name the same source. */
export function conflictingFields(a: Attribution, b: Attribution): Field[] {
  return (['outlet', 'author', 'date'] as const).filter((f) => {
    const x = a[f];
    const y = b[f];
    return x !== undefined && y !== undefined && !COMPATIBLE[f](x, y);
  });
}

/**
 * Compares the attribution two witnesses carry: one `attribution` difference (major) per field (outlet,
 * author, date) that both have and that disagree, spanning each witness's whole passage, explained as
 * `outlet differs: The Times / The Sunday Times`. Headlines, pages and URLs are not compared: the same
 * article is often reprinted under another headline. Returns [] when nothing conflicts.
 */
export function compareAttribution(a: WitnessView, b: WitnessView): Difference[] {
  return conflictingFields(a.attribution, b.attribution).map((f) =>
    difference('attribution', 'major', `${f} differs: ${a.attribution[f] ?? ''} / ${b.attribution[f] ?? ''}`, passageSpan(a), passageSpan(b)),
  );
}
