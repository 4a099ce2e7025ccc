/**
 * The per-token part of normalization, composed from the single-purpose folds in this folder. Context-
 * dependent repairs (look-alike words, split words, compounds, `rn`/`m`, lexicon) run afterwards over the
 * whole token array in `tokenize`, because they need the neighbours or the document's own vocabulary.
 */
import type { NoiseKind } from '../types';
import { foldCase } from './fold-case';
import { confusableProfile, foldConfusables, type ConfusableProfile } from './fold-confusables';
import { foldOcrDigits } from './fold-ocr-digits';
import { intern, NO_NOISE } from './intern';
import { joinHyphenation } from './join-hyphenation';
import { unifyTypography } from './unify-typography';

/** A word's matching key, the normalizers that changed it, and its script profile. */
export interface WordNorm {
  norm: string;
  noise: readonly NoiseKind[];
  /** See `ConfusableProfile`; a `lookalike` word is left unfolded here unless `foldLookalike` is set. */
  profile: ConfusableProfile;
}

/** True when `s` is ASCII letters only: the common case, whose key is just its lower case. */
function isAsciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * Normalizes the text of one word token: joins line-end hyphenation, unifies typography (NFKC, apostrophes,
 * invisible characters), folds confusable Cyrillic/Greek letters when the word is `mixed` (or `lookalike`
 * and `foldLookalike` is true), folds OCR digits, and lower-cases. Each fold that changed something adds
 * its noise kind, in that order; plain lower-casing adds none.
 */
export function normalizeWord(raw: string, foldLookalike = false): WordNorm {
  if (isAsciiLetters(raw)) return { norm: intern(raw.toLowerCase()), noise: NO_NOISE, profile: 'latin' };
  const noise: NoiseKind[] = [];
  let s = raw;
  const step = (next: string, kind: NoiseKind): void => {
    if (next !== s && !noise.includes(kind)) noise.push(kind);
    s = next;
  };
  step(joinHyphenation(s), 'hyphenation');
  step(unifyTypography(s), 'typography');
  const profile = confusableProfile(s);
  if (profile === 'mixed' || (profile === 'lookalike' && foldLookalike)) step(foldConfusables(s), 'confusable');
  step(foldOcrDigits(s), 'ocr-digit');
  return { norm: intern(foldCase(s)), noise: noise.length > 0 ? noise : NO_NOISE, profile };
}

/** Thousands separators a number may carry: comma, space, no-break and thin spaces, Arabic separator. */
const GROUP_SEPARATORS = /[, \u00A0\u202F\u2009\u066C]/g;

/**
 * Normalizes the text of a number token: NFKC (full-width digits), thousands separators removed so `1,275`,
 * `1 275` and `1275` share a key, ordinal suffix lower-cased (`366TH` → `366th`). The decimal point is kept,
 * so `1.5` and `15` differ. Removing a separator counts as `typography`.
 */
export function normalizeNumber(raw: string): WordNorm {
  const nfkc = unifyTypography(raw);
  const bare = nfkc.replace(GROUP_SEPARATORS, '');
  return { norm: intern(bare.toLowerCase()), noise: bare !== raw ? ['typography'] : NO_NOISE, profile: 'other' };
}
