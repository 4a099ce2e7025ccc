/**
 * The noise find looks through, folded one code unit for one code unit so a match in the folded text is a
 * match at the very same offsets of the original: Cyrillic and Greek look-alike letters inside Latin words
 * (`оn`, `СRIMЕ`; the engine's own table and rules, `shared/engine/normalize/fold-confusables`) and
 * diacritics of precomposed letters (`é` → `e`). Case is left to the pattern's `i` flag.
 */
import { confusableProfile, foldConfusables, isLatinContext, neighbourProfile } from '../engine/normalize/fold-confusables';

/** A word as the folding sees it: letters and the marks on them. */
const WORD = /[\p{L}\p{M}]+/gu;
const COMBINING = /^\p{M}+$/u;

/** Base letters of precomposed characters seen so far (a document has few distinct ones). */
const baseLetters = new Map<string, string>();

/** The letter `ch` (one code unit) is written on, when it is a letter with diacritics; else `ch`. */
function baseLetter(ch: string): string {
  let base = baseLetters.get(ch);
  if (base === undefined) {
    const decomposed = ch.normalize('NFD');
    base = decomposed.length > 1 && COMBINING.test(decomposed.slice(1)) && decomposed.charCodeAt(0) < 0xd800 ? decomposed.charAt(0) : ch;
    baseLetters.set(ch, base);
  }
  return base;
}

/** Strips the diacritics of `word`'s precomposed letters, keeping its length. */
function stripDiacritics(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    out += ch.charCodeAt(0) >= 0xc0 ? baseLetter(ch) : ch;
  }
  return out;
}

/**
 * `text` with look-alike letters folded where the engine folds them (a mixed word always, a look-alike-only
 * word among Latin words) and diacritics dropped; `result.length === text.length`, each code unit standing
 * where its original stood.
 */
export function foldForFind(text: string): string {
  const words: { start: number; word: string }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, word: m[0] });
  const profiles = words.map(({ word }) => confusableProfile(word));
  let out = '';
  let from = 0;
  words.forEach(({ start, word }, i) => {
    const profile = profiles[i];
    const fold = profile === 'mixed' || (profile === 'lookalike' && isLatinContext(neighbourProfile(profiles, i, -1), neighbourProfile(profiles, i, 1)));
    const folded = stripDiacritics(fold ? foldConfusables(word) : word);
    out += text.slice(from, start) + (folded.length === word.length ? folded : word);
    from = start + word.length;
  });
  return out + text.slice(from);
}

let lastText: string | undefined;
let lastFolded = '';

/** {@link foldForFind}, remembering the last text: find-as-you-type searches one document many times. */
export function foldDocumentForFind(text: string): string {
  if (text !== lastText) {
    lastFolded = foldForFind(text);
    lastText = text;
  }
  return lastFolded;
}
