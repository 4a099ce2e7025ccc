/**
 * OCR damage as a key: two spellings of one word that a scanner, not a writer, made different (`war-tom`
 * for `war-torn`, `intemationa1` for `international`, Cyrillic `а` for Latin `a`) agree under `ocrKey`. The
 * tables are the normalizers' own (`CONFUSABLE_TO_LATIN`, the shape folds of `ocrShapeKey`), so alignment,
 * which scores such pairs as near matches, and analysis, which calls them `ocr`, agree on what OCR damage is.
 */
import { CONFUSABLE_TO_LATIN } from './fold-confusables';
import { ocrShapeKey } from './fold-ocr-digits';

/** Folds look-alike Cyrillic/Greek letters to Latin (wherever they stand); other characters are kept. */
export function foldConfusableLetters(s: string): string {
  let out = '';
  for (const ch of s) out += CONFUSABLE_TO_LATIN.get(ch) ?? ch;
  return out;
}

/** True when `s` holds a Cyrillic or Greek look-alike letter. */
export function hasConfusableLetter(s: string): boolean {
  for (const ch of s) if (CONFUSABLE_TO_LATIN.has(ch)) return true;
  return false;
}

/**
 * A key under which a word and its OCR misreadings agree: NFKC, look-alike letters folded, hyphens and
 * spaces dropped (so a split or joined word agrees with its whole), then the shape folds (`rn`→`m`,
 * `vv`→`w`, `cl`→`d`, `0 1 5 |` → `o l s l`). Separators go first: `Inter-⏎national` must fold like
 * `International` (whose `rn` becomes `m`), so the shapes are read once a split word's halves touch again.
 */
export function ocrKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    key = ocrShapeKey(foldConfusableLetters(word.normalize('NFKC')).replace(/[\s\-‐‑\u00AD]/gu, ''));
    // Alignment asks for the same few thousand words over and over; a bounded memo keeps that cheap.
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(word, key);
  }
  return key;
}

/** Words whose key is remembered (a project's vocabulary is rarely larger). */
const MAX_MEMO = 200_000;
const memo = new Map<string, string>();

/**
 * True when `a` and `b` differ beyond letter case but are one word under {@link ocrKey}. Words of one or
 * two characters are never OCR variants (`l`/`1` or `in`/`m` are as likely real words as misreadings), nor
 * are two clean figures (`150` / `105` is a change of figure).
 */
export function isOcrVariant(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  if (a.length < 3 || b.length < 3) return false;
  if (/^[\d.,]+$/u.test(a) && /^[\d.,]+$/u.test(b)) return false;
  return ocrKey(a) === ocrKey(b);
}
