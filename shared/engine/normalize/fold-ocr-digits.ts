/**
 * OCR digit/letter confusions inside words (`ca1culated`, `intemationa1`, `c0mmittee`), and a shape key for
 * the confusions that cannot be folded blindly (`rn` read as `m`: `war-tom` for `war-torn`).
 */

/** The digits OCR puts for a letter, and that letter: `0` o, `1` l, `5` s. */
const DIGIT_TO_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '5': 's' };

/** True for an ASCII or Latin-1/Extended letter (the scripts whose OCR confuses digits and letters). */
function isLetterAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** True for an ASCII lower-case letter. */
function isLowerAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/**
 * Whether the digit at `i` stands for a letter: it is a letter between two letters (`ca1culated`,
 * `INTERNATI0NAL`), or a final `1` after at least two lower-case letters (`physica1`, `intemationa1`).
 * The lower-case condition keeps real names with a trailing digit (`BBC1`, `A1`) and a leading digit is never
 * folded (`1news`, `2BConference` from URL escapes).
 */
function digitIsLetter(word: string, i: number): boolean {
  const before = i > 0 && isLetterAt(word, i - 1);
  if (!before) return false;
  if (i + 1 < word.length) return isLetterAt(word, i + 1);
  return word[i] === '1' && i >= 2 && isLowerAt(word, i - 1) && isLowerAt(word, i - 2);
}

/**
 * Replaces the digits `0`, `1`, `5` that OCR read for `o`, `l`, `s` inside a word (see `digitIsLetter`);
 * other digits and digits outside words are kept. Returns `word` itself when nothing changed.
 */
export function foldOcrDigits(word: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = DIGIT_TO_LETTER[word[i] ?? ''];
    if (letter !== undefined && digitIsLetter(word, i)) {
      // Match the case of the letter before, so `INTERNATI0NAL` stays in capitals.
      const upper = (word[i - 1] ?? '') !== (word[i - 1] ?? '').toLowerCase();
      out += word.slice(from, i) + (upper ? letter.toUpperCase() : letter);
      from = i + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Letter sequences OCR reads as another shape, and the shape they collapse to. Longest first. */
const SHAPE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/rn/g, 'm'], // `intemational`, `war-tom`
  [/vv/g, 'w'], // `vvomen`
  [/cl/g, 'd'], // `cluring` for `during` in broken type
  [/[0]/g, 'o'],
  [/[1|]/g, 'l'],
  [/5/g, 's'],
];

/**
 * A key under which two spellings that differ only by an OCR shape confusion are equal: `torn` and `tom`,
 * `international` and `intemational`, `women` and `vvomen`. Folds `rn`→`m`, `vv`→`w`, `cl`→`d` and the
 * digits `0 1 5` (and `|`) to `o l s`, after lower-casing.
 *
 * Why a separate key, not part of `Token.norm`: `rn`/`m` also separates real words (`torn`/`tom`,
 * `modern`/`modem`, `burn`/`bum`), so folding it into every norm would hide real wording changes. Analysis
 * compares `ocrShapeKey(a) === ocrShapeKey(b)` for two tokens whose norms differ to call the difference
 * `ocr` (info) instead of `wording`. Inside one document the tokenizer also repairs an `m` for `rn` when the
 * document itself attests the `rn` spelling (see `repairOcrRn`).
 */
export function ocrShapeKey(word: string): string {
  let key = word.toLowerCase();
  for (const [re, to] of SHAPE_FOLDS) key = key.replace(re, to);
  return key;
}
