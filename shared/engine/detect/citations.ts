/**
 * Book citations after a quote: `“…” (Thomas de Waal, *Black Garden* (New York and London, 2003), p. 172)` or
 * `“…” (Thomas De Waal. Black Garden. NYU Press, 2004)`. The citation credits the quote to an author, and
 * its publisher, place and year are what two documents citing one book may disagree on (DESIGN.md: for
 * books, publisher, place and year are part of the attribution). Bounded: a citation is at most
 * {@link MAX_CITATION_CHARS} long and starts within a few characters of the quote's end.
 */
import type { Attribution } from '../../model';
import { collapseSpace } from './text-scan';

/** Longest citation read, brackets included. */
export const MAX_CITATION_CHARS = 500;
/** Characters between a quote's end and the citation's opening bracket (`.”  (` or `", (`). */
const MAX_LEAD = 12;

/** A citation found after a quote: what it says and where it stands. */
export interface Citation {
  attribution: Attribution;
  start: number;
  end: number;
}

/** The offset just past the bracket that closes the one at `open`, or -1 within the bound. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_CITATION_CHARS);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

// An author: two to five capitalised words, with the particles of family names (`de Waal`, `van der Berg`).
const AUTHOR = /^\s*(?:by\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:de|da|di|du|del|der|den|van|von|le|la|al|bin|ibn)\s+)*\p{Lu}[\p{L}’'.-]*){1,4})\s*[.,]/u;
const YEAR = /\b(1[6-9]\d\d|20\d\d)\b/gu;
// `(New York and London, 2003)`, `(London: Penguin, 1999)`: the place of publication before its year.
const PLACE = /\(\s*(\p{Lu}[\p{L} .’'-]{1,40}?(?:\s+and\s+\p{Lu}[\p{L} .’'-]{1,40}?)*)\s*[,:]\s*(?:[^()]{0,60}?,\s*)?(?:1[6-9]\d\d|20\d\d)\s*\)/u;
// A publisher's name ends in a word that says so; it never runs over a sentence end (`Title. Publisher`).
const PUBLISHER = /(\p{Lu}(?:[\p{L}&’' -]|\.(?!\s)){0,60}?\b(?:Press|Publishers|Publishing|Books|Verlag|Editions|Éditions|House))\s*,\s*(?:1[6-9]\d\d|20\d\d)\b/u;
const PAGE = /\bpp?\.\s*(\d+(?:\s*[-–]\s*\d+)?)/u;

/**
 * The book citation in brackets right after characters `at` (a quote's closing mark), or null when there
 * is none: the bracket must open within a few characters and hold an author and a year.
 */
export function citationAfter(text: string, at: number): Citation | null {
  const lead = /^[\s.,;:]{0,12}\(/u.exec(text.slice(at, at + MAX_LEAD + 1));
  if (lead === null) return null;
  const open = at + lead[0].length - 1;
  const end = closingBracket(text, open);
  if (end < 0) return null;
  const inner = collapseSpace(text.slice(open + 1, end - 1).replace(/[*_]/gu, ''));
  const author = AUTHOR.exec(inner)?.[1];
  const years = [...inner.matchAll(YEAR)].map((m) => m[1] as string);
  const year = years[years.length - 1];
  if (author === undefined || year === undefined) return null;
  const attribution: Attribution = { author: author.replace(/[.,]$/u, ''), date: year };
  const place = PLACE.exec(inner)?.[1];
  if (place !== undefined) attribution.place = place.trim();
  const publisher = PUBLISHER.exec(inner)?.[1];
  if (publisher !== undefined) attribution.publisher = publisher.trim();
  const page = PAGE.exec(inner)?.[1];
  if (page !== undefined) attribution.page = page.replace(/\s+/gu, '');
  return { attribution, start: open, end };
}
