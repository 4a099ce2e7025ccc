/**
 * Line-end hyphenation: `Na-\nkhichevan`, `ag-  \ngressors`. The scanner joins a word broken by a hyphen at a
 * line end into one token whose span covers the hyphen and the line break; this file says what such a break
 * looks like, removes it from the matching key, and splits a join back where the document shows that the
 * hyphen belonged to a real compound (`war-\ntorn` in a document that also writes `war-torn`).
 */
import type { Token } from '../types';
import type { DocumentEvidence } from './evidence';

/**
 * A hyphen (ASCII, U+2010 hyphen, U+2011 non-breaking hyphen, soft hyphen), optional horizontal space, one
 * line break (LF, CRLF, CR, U+2028), optional indentation. Sticky, so `lineEndHyphenAt` tests one position.
 */
const LINE_END_BREAK = /[-\u2010\u2011\u00AD][ \t\u00A0]*(?:\r\n?|\n|\u2028)[ \t\u00A0]*/y;
/** The same break anywhere inside a token's text, for removing it from the key. */
const BREAK_IN_WORD = /[-\u2010\u2011\u00AD][ \t\u00A0]*(?:\r\n?|\n|\u2028)[ \t\u00A0]*/g;
const LOWER_START = /\p{Ll}/uy;

/**
 * If a line-end hyphen break starts at `pos` in `text` and the next line continues with a lower-case letter,
 * returns the index where the continuation starts; otherwise -1. An upper-case continuation is a compound
 * broken at its hyphen (`Nagorno-\nKarabakh`) and is not joined; neither is a continuation line that starts
 * with `...` (in 004.txt those mark text cut away, not a broken word).
 */
export function lineEndHyphenAt(text: string, pos: number): number {
  LINE_END_BREAK.lastIndex = pos;
  if (!LINE_END_BREAK.test(text)) return -1;
  const next = LINE_END_BREAK.lastIndex;
  LOWER_START.lastIndex = next;
  return LOWER_START.test(text) ? next : -1;
}

/** Removes every line-end hyphen break from a token's text: `Na-  \nkh` → `Nakh`. */
export function joinHyphenation(word: string): string {
  return word.includes('\n') || word.includes('\r') || word.includes('\u2028') ? word.replace(BREAK_IN_WORD, '') : word;
}

/** How a word is normalized, supplied by the caller so this file does not depend on the whole pipeline. */
export type WordNormalizer = (raw: string) => { norm: string; noise: Token['noise'] };

/** Smallest half, in letters, that may stand as a word of a compound (`war-torn`; not `be-low`). */
const MIN_COMPOUND_HALF = 3;

/**
 * Decides whether a joined line-end break should be split back into a compound. Keeps the join when the
 * joined word occurs elsewhere in the document; splits when the document writes the pair as an in-line
 * compound, or when both halves occur elsewhere as words of three letters or more (`six-\nyear`) and the
 * joined form does not. With no evidence at all the join stands: most line-end hyphens are syllable breaks.
 */
function shouldSplit(joined: string, left: string, right: string, evidence: DocumentEvidence): boolean {
  if ((evidence.counts.get(joined) ?? 0) >= 2) return false;
  if (evidence.compounds.has(`${left}\u0000${right}`)) return true;
  if (left.length < MIN_COMPOUND_HALF || right.length < MIN_COMPOUND_HALF) return false;
  return (evidence.counts.get(left) ?? 0) >= 1 && (evidence.counts.get(right) ?? 0) >= 1;
}

/**
 * Returns `tokens` with every hyphenation join that the document shows to be a compound split back into its
 * two halves (each with its own exact span, without the hyphen). Tokens with more than one break are kept.
 * Linear: one regex search per joined token, one pass over the array.
 */
export function splitLineEndCompounds(tokens: readonly Token[], evidence: DocumentEvidence, normalize: WordNormalizer): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const halves = token.noise.includes('hyphenation') ? splitAtBreak(token, normalize) : null;
    if (halves && shouldSplit(token.norm, halves[0].norm, halves[1].norm, evidence)) out.push(halves[0], halves[1]);
    else out.push(token);
  }
  return out;
}

/** The two halves of a token with exactly one line-end break, normalized, or null. */
function splitAtBreak(token: Token, normalize: WordNormalizer): [Token, Token] | null {
  BREAK_IN_WORD.lastIndex = 0;
  const m = BREAK_IN_WORD.exec(token.text);
  if (!m || BREAK_IN_WORD.exec(token.text)) return null;
  const leftText = token.text.slice(0, m.index);
  const rightText = token.text.slice(m.index + m[0].length);
  const half = (text: string, start: number): Token => {
    const { norm, noise } = normalize(text);
    return { text, start, end: start + text.length, norm, kind: 'word', noise };
  };
  return [half(leftText, token.start), half(rightText, token.end - rightText.length)];
}
