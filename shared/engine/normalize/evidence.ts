/**
 * Document-internal evidence for the repairs that cannot be decided from one token: without a dictionary,
 * the best witness of how a word is spelt is the rest of the same document.
 */
import type { Token } from '../types';

/** What the document says about its own words: how often each norm occurs, which compounds it hyphenates. */
export interface DocumentEvidence {
  /** Occurrences of each token norm in the document (before split-word repair and lexicon). */
  counts: ReadonlyMap<string, number>;
  /** `left + '\u0000' + right` for every pair of word norms written `left-right` inside one line. */
  compounds: ReadonlySet<string>;
}

/** Hyphens that join the halves of a compound inside a line: ASCII, U+2010, U+2011. */
function isCompoundHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/**
 * Counts the norms of `tokens` (cut from `text`) and records every in-line hyphenated pair of words.
 * One pass, one map entry per distinct norm.
 */
export function gatherEvidence(tokens: readonly Token[], text: string): DocumentEvidence {
  const counts = new Map<string, number>();
  const compounds = new Set<string>();
  let previous: Token | undefined;
  for (const token of tokens) {
    counts.set(token.norm, (counts.get(token.norm) ?? 0) + 1);
    if (previous && previous.kind === 'word' && token.kind === 'word' && token.start === previous.end + 1 && isCompoundHyphen(text.charCodeAt(previous.end))) {
      compounds.add(`${previous.norm}\u0000${token.norm}`);
    }
    previous = token;
  }
  return { counts, compounds };
}
