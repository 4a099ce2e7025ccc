/**
 * Normalization for matching (DESIGN.md stage 2): small folds, each named for the one thing it folds, and
 * the document-level repairs that need context. The tokenizer (`../tokenize.ts`) composes them; analysis
 * uses `ocrShapeKey` and `transliterationKey` to classify differences the norms keep apart.
 */
export { unifyTypography, APOSTROPHE_VARIANTS, INVISIBLE_IN_WORD } from './unify-typography';
export { foldCase } from './fold-case';
export { foldConfusables, confusableProfile, isLatinContext, neighbourProfile, CONFUSABLE_TO_LATIN, type ConfusableProfile } from './fold-confusables';
export { foldOcrDigits, ocrShapeKey } from './fold-ocr-digits';
export { ocrKey, isOcrVariant, hasConfusableLetter, foldConfusableLetters } from './ocr-key';
export { joinHyphenation, lineEndHyphenAt, splitLineEndCompounds, type WordNormalizer } from './join-hyphenation';
export { gatherEvidence, type DocumentEvidence } from './evidence';
export { repairSplitWords } from './repair-split-words';
export { repairOcrRn } from './repair-ocr-rn';
export { compileLexicon, applyLexicon, BUILTIN_LEXICON, type Lexicon } from './lexicon';
export {
  transliterationKey, isTransliterationVariant, compileTransliteration, DEFAULT_TRANSLITERATION, SHIPPED_TRANSLITERATION, SHIPPED_SCHEME_IDS,
  type Transliteration, type TransliterationData,
} from './transliteration-key';
export { normalizeWord, normalizeNumber, type WordNorm } from './normalize-word';
export { isFunctionWord } from './function-words';
export { isNumberWord, isNumeral, numeralSpan, parseNumeral, wordRunValue } from './figures';
