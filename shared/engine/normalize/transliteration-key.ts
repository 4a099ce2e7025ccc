/**
 * Transliteration schemes (data: `../data/transliteration.json`): two Latin spellings of one name written
 * in another script agree under a scheme's key (Agdam / Aghdam, Xocalı / Khojaly, Aliyev / Aliev), while a
 * real change of name keeps different keys (Raisa / Rasia is a transposition, not a transliteration).
 * Analysis uses it to call a name difference `spelling` (minor) rather than `name` (major) — but only where a
 * scheme fits: one of the two spellings must show the scheme's trace (its markers), or `Jane` / `Cane` and
 * `Anna` / `Ana` would pass for one name because some scheme folds `c` into `j` or doubled letters.
 */
import shipped from '../data/transliteration.json' with { type: 'json' };

/** The shape of a transliteration data file. */
export interface TransliterationData {
  schemes: readonly { id: string; name: string; markers: string }[];
  letters: readonly { scheme: string; map: Readonly<Record<string, string>> }[];
  rules: readonly { scheme: string; pattern: string; replace: string; note?: string }[];
}

/** The schemes shipped with Verbatim. */
export const SHIPPED_TRANSLITERATION: TransliterationData = shipped;

/** Ids of the shipped schemes: the default of every project. */
export const SHIPPED_SCHEME_IDS: readonly string[] = shipped.schemes.map((s) => s.id);

/** A compiled set of enabled schemes. */
export interface Transliteration {
  /** The enabled scheme ids, in data order. */
  readonly ids: readonly string[];
  /** The key of `word` under the enabled schemes (opaque: compare keys, never show them). */
  key(word: string): string;
  /** True when `word` shows a trace of an enabled scheme, so the schemes may judge it. */
  fits(word: string): boolean;
}

/**
 * Compiles the `enabled` schemes of `data`. Letters are spelled out before diacritics are stripped (so `ş`
 * stays apart from `s`); rules run in file order.
 * @throws RangeError for an id the data does not define.
 */
export function compileTransliteration(enabled: readonly string[] = SHIPPED_SCHEME_IDS, data: TransliterationData = SHIPPED_TRANSLITERATION): Transliteration {
  const known = new Set(data.schemes.map((s) => s.id));
  for (const id of enabled) if (!known.has(id)) throw new RangeError(`unknown transliteration scheme "${id}" (known: ${[...known].join(', ')})`);
  const on = new Set(enabled);
  const letters = new Map<string, string>();
  for (const l of data.letters) if (on.has(l.scheme)) for (const [k, v] of Object.entries(l.map)) letters.set(k, v);
  const rules = data.rules.filter((r) => on.has(r.scheme)).map((r) => [new RegExp(r.pattern, 'gu'), r.replace] as const);
  const markers = data.schemes.filter((s) => on.has(s.id)).map((s) => new RegExp(s.markers, 'u'));
  const ids = data.schemes.filter((s) => on.has(s.id)).map((s) => s.id);
  return {
    ids,
    key(word: string): string {
      let k = '';
      for (const ch of word.toLowerCase()) k += letters.get(ch) ?? ch;
      k = k.normalize('NFKD').replace(/\p{M}/gu, '');
      for (const [re, to] of rules) k = k.replace(re, to);
      return k;
    },
    fits(word: string): boolean {
      const w = word.toLowerCase();
      return markers.some((re) => re.test(w));
    },
  };
}

/** Every shipped scheme enabled: the default. */
export const DEFAULT_TRANSLITERATION: Transliteration = compileTransliteration();

/** The key of `word` under `schemes` (default: all shipped). */
export function transliterationKey(word: string, schemes: Transliteration = DEFAULT_TRANSLITERATION): string {
  return schemes.key(word);
}

/**
 * True when `a` and `b` differ as written but are one name in two transliterations under `schemes`: their
 * keys agree and one of them shows a trace of an enabled scheme.
 */
export function isTransliterationVariant(a: string, b: string, schemes: Transliteration = DEFAULT_TRANSLITERATION): boolean {
  if (a === b) return false;
  if (!schemes.fits(a) && !schemes.fits(b)) return false;
  return schemes.key(a) === schemes.key(b);
}
