/**
 * Proper names and spelling variants. A name replaced by another (`Raisa` / `Rasia`) is a `name`
 * difference, major; the same name in another transliteration (`Agdam` / `Aghdam`, `Khojaly` / `Hojali`)
 * or a common word in another spelling convention (`defence` / `defense`) is `spelling`, minor.
 *
 * The normalize stage maps project-lexicon variants to one key (noise `lexicon`); these rules catch the
 * near-equal names no lexicon lists, through normalize's `transliterationKey`.
 */
import { isTransliterationVariant, transliterationKey } from '../normalize';
import type { TokenList } from '../token-list';

export { isTransliterationVariant, transliterationKey };

/** Removes diacritics: `Ağdam` → `Agdam`. */
function stripMarks(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

// British/American and other spelling conventions of common words, applied to both sides before comparing.
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/isation/g, 'ization'],
  [/is(e|ed|es|ing)$/g, 'iz$1'],
  [/ys(e|ed|es|ing)$/g, 'yz$1'],
  [/our(s|ed|ing|able)?$/g, 'or$1'],
  [/tre(s)?$/g, 'ter$1'],
  [/ence$/g, 'ense'],
  [/ogue$/g, 'og'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
];

/** A key under which spelling variants of a common word agree: `defence`/`defense`, `travelled`/`traveled`. */
export function spellingKey(word: string): string {
  let k = stripMarks(word.normalize('NFKC')).toLowerCase();
  for (const [re, to] of SPELLING_RULES) k = k.replace(re, to);
  return k.replace(/(.)\1+/gu, '$1');
}

/** True when two common words are one word in two spelling conventions (or with and without diacritics). */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  return spellingKey(a) === spellingKey(b);
}

/** True when a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

// What may stand between a sentence end and the next sentence's first word: quotes, brackets, Markdown marks.
const OPENERS = /[\s"“”‘’'«»„([*_#>\-–—]/u;

/**
 * True when the token at `start` begins a sentence, a paragraph or the text: the nearest character before
 * it, past spaces, quotes, brackets and Markdown marks, ends a sentence, or a blank line lies between.
 */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  let newlines = 0;
  while (i >= 0 && OPENERS.test(text[i] ?? '')) {
    if (text[i] === '\n') newlines++;
    i--;
  }
  if (i < 0 || newlines >= 2) return true;
  if (/[.!?:;…]/.test(text[i] ?? '')) return true;
  // The first word of a list item (`b) Urged the parties …`, `(iv) Calls upon …`) begins a sentence.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return LIST_ITEM_MARKER.test(text.slice(lineStart, start));
}

/** A line's text before its first word when that word opens a list item: bullets, `2.`, `b)`, `(iv)`. */
const LIST_ITEM_MARKER = /^[\s>*•–-]*\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)][\s*_]*$/iu;

/**
 * True when token `index` of `tokens` (over `text`) is a proper name: capitalized, and either not at a
 * sentence start or written capitalized mid-sentence elsewhere in `[from, to)` (so known to be a name).
 */
export function isProperName(text: string, tokens: TokenList, index: number, from: number, to: number): boolean {
  const t = tokens.at(index);
  if (t === undefined || t.kind !== 'word' || !isCapitalized(t.text)) return false;
  if (!isSentenceInitial(text, t.start)) return true;
  for (let i = from; i < to; i++) {
    const o = tokens.at(i);
    if (i !== index && o !== undefined && o.norm === t.norm && isCapitalized(o.text) && !isSentenceInitial(text, o.start)) {
      return true;
    }
  }
  return false;
}
