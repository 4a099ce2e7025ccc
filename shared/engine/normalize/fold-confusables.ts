/**
 * Confusable folding: Cyrillic and Greek letters that OCR or careless typing put inside Latin words (`аnу`,
 * `bе`, `Тhе`, `соте`). Only letters that look like a Latin letter are folded, and only where the word is
 * Latin: a real Russian word such as `Коммерсантъ` contains letters with no Latin twin and is left alone.
 */

/**
 * Cyrillic and Greek letters and the Latin letter each is mistaken for. Upright look-alikes (`а` a, `о` o,
 * `р` p, `с` c, `у` y, `х` x) plus three italic ones seen in OCR of italic type: `п` n (`оп` = on),
 * `и` u (`Hиman`), `т` m (`соте` = come). Upper and lower case map separately because `Т` looks like `T`
 * while italic `т` looks like `m`.
 */
export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map([
  // Cyrillic lower case
  ['а', 'a'], ['в', 'b'], ['е', 'e'], ['і', 'i'], ['ј', 'j'], ['к', 'k'], ['м', 'm'], ['о', 'o'], ['п', 'n'],
  ['р', 'p'], ['с', 'c'], ['т', 'm'], ['и', 'u'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['ԁ', 'd'], ['ԛ', 'q'],
  ['ԝ', 'w'], ['ү', 'y'], ['һ', 'h'],
  // Cyrillic upper case
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['І', 'I'], ['Ј', 'J'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'],
  ['Р', 'P'], ['С', 'C'], ['Т', 'T'], ['У', 'Y'], ['Х', 'X'], ['Ѕ', 'S'], ['Ү', 'Y'], ['Һ', 'H'], ['Ԛ', 'Q'],
  ['Ԝ', 'W'],
  // Greek lower case
  ['α', 'a'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'], ['υ', 'u'], ['χ', 'x'],
  // Greek upper case
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'],
  ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'],
]);

/**
 * How a word relates to the Latin script, which decides whether its confusables may be folded:
 * - `latin`: Latin letters and no Cyrillic or Greek one: nothing to fold;
 * - `other`: neither Latin nor Cyrillic/Greek letters (digits, Arabic, ...): nothing to fold;
 * - `mixed`: Latin letters plus only look-alike Cyrillic/Greek ones (`аnу` has Latin `n`): always folded;
 * - `lookalike`: only look-alike Cyrillic/Greek letters, no Latin one (`оп`, `а`, `ТНЕ`): folded only when
 *   the neighbouring words are Latin, since `а` or `по` may be real Russian;
 * - `foreign`: a Cyrillic/Greek letter with no Latin twin (`Коммерсантъ`): never folded.
 */
export type ConfusableProfile = 'latin' | 'other' | 'mixed' | 'lookalike' | 'foreign';

/** True for a Latin letter: ASCII, Latin-1 and Latin Extended-A/B, Latin Extended Additional. */
function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** True for a code unit in the Greek (0370–03FF), Cyrillic (0400–052F) or Cyrillic Extended blocks. */
function isGreekOrCyrillic(c: number): boolean {
  return (c >= 0x370 && c <= 0x52f) || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f);
}

/** Classifies `word` (see `ConfusableProfile`); linear in its length, no allocation. */
export function confusableProfile(word: string): ConfusableProfile {
  let latin = false;
  let lookalike = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) {
      if (isLatinLetter(c)) latin = true;
    } else if (isGreekOrCyrillic(c)) {
      if (!CONFUSABLE_TO_LATIN.has(word[i] ?? '')) return 'foreign';
      lookalike = true;
    } else if (isLatinLetter(c)) {
      latin = true;
    }
  }
  if (!lookalike) return latin ? 'latin' : 'other';
  return latin ? 'mixed' : 'lookalike';
}

/**
 * Replaces every look-alike Cyrillic/Greek letter of `word` by its Latin twin (`аnу` → `any`, `Тhе` → `The`).
 * Unconditional: callers decide with `confusableProfile` whether the word is Latin enough to fold.
 */
export function foldConfusables(word: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const latin = word.charCodeAt(i) >= 0x370 ? CONFUSABLE_TO_LATIN.get(word[i] ?? '') : undefined;
    if (latin !== undefined) {
      out += word.slice(from, i) + latin;
      from = i + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

/** How far, in words, look-alike resolution looks for a word of a known script. */
export const CONTEXT_REACH = 4;

/**
 * The profile of the nearest word before (`step` -1) or after (`step` 1) word `from` whose script is known
 * (`latin`, `mixed` or `foreign`), within {@link CONTEXT_REACH} words; undefined when there is none.
 */
export function neighbourProfile(profiles: readonly ConfusableProfile[], from: number, step: 1 | -1): ConfusableProfile | undefined {
  for (let i = from + step, n = 0; i >= 0 && i < profiles.length && n < CONTEXT_REACH; i += step, n++) {
    const p = profiles[i];
    if (p === 'latin' || p === 'mixed' || p === 'foreign') return p;
  }
  return undefined;
}

/**
 * Decides, for a `lookalike` word, whether its context is Latin: true when at least one neighbouring word is
 * `latin` or `mixed` and none is `foreign`. `undefined` stands for no neighbour (start or end of text).
 * So `аnd оп the` folds `оп`, a lone `а` inside English folds, and `а` inside Russian does not.
 */
export function isLatinContext(previous: ConfusableProfile | undefined, next: ConfusableProfile | undefined): boolean {
  if (previous === 'foreign' || next === 'foreign') return false;
  return previous === 'latin' || previous === 'mixed' || next === 'latin' || next === 'mixed';
}
