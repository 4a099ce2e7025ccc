/**
 * OCR damage: two spellings of one word that a scanner, not a writer, made different (`war-tom` for
 * `war-torn`, `intemationa1` for `international`, Cyrillic `а` for Latin `a`). Analysis calls these `ocr`,
 * info, so they never hide behind or pass for a change of wording.
 *
 * The normalize stage marks the confusions it repairs in a token's `noise`; this key catches the ones a
 * token pair still shows (the tokenizer may not fold them all, and a replace op compares two tokens).
 */

// Cyrillic and Greek letters that look like Latin ones (lower and upper case), folded to the Latin letter.
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J',
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M',
  Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X', Υ: 'Y', Ζ: 'Z',
};

/** Folds look-alike Cyrillic/Greek letters to Latin; other characters are kept. */
export function foldConfusableLetters(s: string): string {
  let out = '';
  for (const ch of s) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/** True when `s` holds a Cyrillic or Greek look-alike letter. */
export function hasConfusableLetter(s: string): boolean {
  for (const ch of s) if (ch in CONFUSABLES) return true;
  return false;
}

// Letter groups a scanner reads one for the other; each maps to the shape both readings share.
const OCR_PAIRS: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'],
  [/cl/g, 'd'],
  [/vv/g, 'w'],
  [/[1|!]/g, 'l'],
  [/0/g, 'o'],
  [/5/g, 's'],
];

/**
 * A key under which a word and its OCR misreadings agree: NFKC, lower case, look-alike letters folded,
 * `rn`→`m`, `cl`→`d`, `vv`→`w`, `1`→`l`, `0`→`o`, `5`→`s`, and hyphens and spaces dropped (so a split or
 * joined word agrees with its whole).
 */
export function ocrKey(word: string): string {
  // Separators go first: `Inter-⏎national` must fold like `International` (whose `rn` becomes `m`), so the
  // look-alike pairs may only be read once a split word's halves touch again.
  let k = foldConfusableLetters(word.normalize('NFKC')).toLowerCase().replace(/[\s\-‐‑\u00AD]/gu, '');
  for (const [re, to] of OCR_PAIRS) k = k.replace(re, to);
  return k;
}

/**
 * True when `a` and `b` differ beyond letter case but are one word under {@link ocrKey}. Words of one or
 * two characters are never OCR variants: `l`/`1` or `in`/`m` are as likely real words as misreadings.
 */
export function isOcrVariant(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  if (a.length < 3 || b.length < 3) return false;
  // Two clean figures are never OCR variants of each other: `150` / `105` is a change of figure.
  if (/^[\d.,]+$/.test(a) && /^[\d.,]+$/.test(b)) return false;
  return ocrKey(a) === ocrKey(b);
}
