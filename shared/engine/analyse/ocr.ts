/**
 * OCR damage (`war-tom` for `war-torn`, Cyrillic `а` for Latin `a`): analysis calls these `ocr`, info, so
 * they never hide behind or pass for a change of wording. The key and its tables live in normalize
 * (`normalize/ocr-key.ts`), one home shared with the aligner.
 */
export { foldConfusableLetters, hasConfusableLetter, isOcrVariant, ocrKey } from '../normalize';
