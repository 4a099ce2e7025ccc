/**
 * Typography folding for one word: the invisible characters a PDF or web page leaves inside words, the many
 * apostrophe shapes, and Unicode compatibility forms (ligatures, full-width and mathematical letters). These
 * change how a word looks, never which word it is, so analysis reports them as `typography` at most.
 */

/**
 * Format characters that may sit inside a word without being part of it: soft hyphen, zero-width space,
 * zero-width non-joiner and joiner, word joiner, BOM used as a joiner, combining grapheme joiner, Mongolian
 * vowel separator. The tokenizer lets them continue a word; this fold removes them from the key.
 */
export const INVISIBLE_IN_WORD = '\u00AD\u200B\u200C\u200D\u2060\uFEFF\u034F\u180E';

/**
 * Characters typeset as an apostrophe between two letters (`don’t`, `It`s`, `Xocalıʼ`): right and left single
 * quotation marks, modifier letter apostrophe, grave and acute accents, prime. All become `'`.
 */
export const APOSTROPHE_VARIANTS = '\u2019\u2018\u02BC`\u00B4\u2032';

// An alternation, not a character class: a class holding a joiner or a combining mark is misleading to read.
const INVISIBLE_RE = new RegExp([...INVISIBLE_IN_WORD].join('|'), 'g');
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHE_VARIANTS}]`, 'g');

/** True when every code unit is printable ASCII other than the backtick: the fast path needs no folding. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || c === 96) return false;
  }
  return true;
}

/**
 * Folds the typography of one word: drops invisible format characters, turns every apostrophe shape into
 * `'`, then applies Unicode NFKC (so `ﬁ` → `fi`, `Ａ` → `A`, `𝐀` → `A`). Case is left alone (see `foldCase`).
 * Apostrophes are replaced before NFKC because NFKC turns `´` into a space and a combining accent.
 */
export function unifyTypography(word: string): string {
  if (isPlainAscii(word)) return word;
  return word.replace(INVISIBLE_RE, '').replace(APOSTROPHE_RE, "'").normalize('NFKC');
}
