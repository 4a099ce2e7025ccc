/**
 * Keys under which two attributions name one source: the outlet's name however it is written, and dates
 * that can name one day. Detection, alignment (joining by attribution, short quotes) and analysis
 * (comparing attribution) all key outlets and dates here, so they agree on what one outlet is.
 */

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
