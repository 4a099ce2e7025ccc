/**
 * Stage 5 of the engine, analyse (DESIGN.md, "Analyse"): the kind and severity of every difference inside
 * an aligned witness pair, attribution conflicts between witnesses, and translation pairs.
 */
export { analysePair, mergeGapPairs } from './classify';
export { asReportedSpeech } from './reported-speech';
export { compareAttribution, conflictingFields, outletKey, datesCompatible, authorsCompatible } from './attribution';
export { translationDifference, wordingOverlap } from './translation';
export { differenceSummary, LABEL } from './explain';
export { dumpOps } from './debug';
export { findTranspositions, movesAcrossPairs } from './transpositions';
export { isFunctionWord } from './function-words';
export { isTransliterationVariant, transliterationKey, isSpellingVariant } from './names';
export { ocrKey, isOcrVariant } from './ocr';
export { hasMarkedElision } from './elisions';
export { figuresOf } from './numbers';
export type { Figures } from './numbers';
