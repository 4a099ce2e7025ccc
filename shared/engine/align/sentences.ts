/**
 * Sentence edges in token terms, for the align steps that reason about sentences (extending a passage to
 * its sentence's edge, the sentences around a run of figures, telling a formula from a quotation).
 */
import type { TokenRange } from '../types';
import type { TokenList } from '../token-list';

/** A document's tokens and text. */
export interface SentenceDocument {
  tokens: TokenList;
  text: string;
}

/** True when the text between two tokens ends a sentence (or a paragraph). */
export function sentenceBreak(gap: string): boolean {
  return /[.!?…]["”’»)\]]*\s/u.test(gap) || /\n[ \t]*\n/u.test(gap);
}

/** True when a sentence (or paragraph) ends between tokens `i - 1` and `i`; true at either end of the document. */
export function breakBefore(d: SentenceDocument, i: number): boolean {
  const prev = d.tokens.at(i - 1);
  const next = d.tokens.at(i);
  if (!prev || !next) return true;
  return sentenceBreak(d.text.slice(prev.end, next.start));
}

/**
 * The sentences around token range `r`: from the start of the sentence its first token is in to the end of
 * the one its last token is in, reaching at most `reach` tokens beyond `r` on each side.
 */
export function sentencesAround(d: SentenceDocument, r: TokenRange, reach: number): TokenRange {
  let from = r.from;
  while (from > 0 && r.from - from < reach && !breakBefore(d, from)) from--;
  let to = r.to;
  while (to < d.tokens.length && to - r.to < reach && !breakBefore(d, to)) to++;
  return { from, to };
}
