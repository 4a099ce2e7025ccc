/**
 * A key for Latin transliterations of Russian, Azerbaijani and Armenian names: two spellings with one key are
 * spelling variants of one name (Agdam/Aghdam, Karabakh/Karabagh, Khojaly/Hojali, Aliyev/Aliev), while a
 * real change of name keeps different keys (Raisa/Rasia is a transposition, not a transliteration).
 * Analysis uses it to call a name difference `spelling` (minor) rather than `name` (major).
 */

/** Azerbaijani letters spelled out before diacritics are stripped, so `ş` stays apart from `s`. */
const AZERI_LETTERS: Readonly<Record<string, string>> = { 'ə': 'a', 'ı': 'i', 'ş': 'sh', 'ç': 'ch', 'ğ': 'gh', 'ö': 'o', 'ü': 'u' };

/**
 * Rewrites applied in order after lower-casing and stripping diacritics. Placeholders in upper case keep a
 * rewritten sound from being rewritten again (`sh` must not lose its `h` to the `h`→`G` rule).
 */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/dzh|dj|zh/g, 'J'], // Гаджиев: Gadzhiev, Hadjiev, Hajiev; Azerbaijani c and j
  [/tch|ch/g, 'C'], // Chaladze, Tchaladze
  [/sh/g, 'S'],
  [/kh|gh|x|h|g/g, 'G'], // х/ğ/г all written kh, gh, x, h or g: Khojaly/Hojali/Xocali, Aghdam/Agdam, Karabagh
  [/q/g, 'k'], // Qarabag / Karabakh
  [/j|c/g, 'J'], // Azerbaijani Latin c is Russian дж: Xocalı/Khojaly, Cəbrayıl/Jabrayil (`ch` was taken above)
  [/(?<=.)y/g, 'i'], // Aliyev/Aliev, Khojaly/Khojali; an initial y (Yavar) is a consonant and stays
  [/(.)\1+/g, '$1'], // doubled letters: Mutallibov/Mutalibov, and the `ii` that `iy` became
];

/**
 * Maps `word` to its transliteration key: lower case; Azerbaijani `ə ı ş ç ğ ö ü` spelled out; other
 * diacritics dropped; `dzh`/`dj`/`zh`/`j`/`c` one sound (Azerbaijani `c` is `j`); `ch`/`tch` one; `kh`/`gh`/`x`/`h`/`g` one (they write
 * the same Russian х, Azerbaijani x and ğ, and Russian г for h) except a word-initial plain `g`; `q` = `k`; `y` = `i` after the first
 * letter; doubled letters single. Letters keep their order, so transpositions stay different.
 * Anything that is not a Latin letter is kept as it is. The key is opaque (its upper-case letters stand for
 * folded sounds): compare keys, never show them.
 */
export function transliterationKey(word: string): string {
  let key = '';
  for (const ch of word.toLowerCase()) key += AZERI_LETTERS[ch] ?? ch;
  key = key.normalize('NFKD').replace(/\p{M}/gu, '');
  // An initial plain g stays apart so that English names keep their difference (Gary/Harry, Gill/Hill);
  // known Russian г-for-h spellings (Gadzhiev/Hajiev) come from the lexicon instead.
  const initialG = /^g(?!h)/.test(key);
  if (initialG) key = key.slice(1);
  for (const [re, to] of REWRITES) key = key.replace(re, to);
  return initialG ? `g${key}` : key;
}
