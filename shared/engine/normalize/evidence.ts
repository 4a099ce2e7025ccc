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
  /**
   * `left + '\u0000' + right` → how often the two word norms stand next to each other with one space
   * between them (`a` `zerbaijan`): a fragment the document only ever writes after the same piece is that
   * piece's other half, not a word of its own. Optional so hand-made evidence stays valid.
   */
  pairs?: ReadonlyMap<string, number>;
}

/** Longest left piece (letters) of a split whose pairings are counted (`I`, `Cr`, `Ar`). */
const MAX_PIECE = 2;

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
  const pairs = new Map<string, number>();
  let previous: Token | undefined;
  for (const token of tokens) {
    counts.set(token.norm, (counts.get(token.norm) ?? 0) + 1);
    // Only pairs a split could leave (one space, a short left piece) are kept: the map stays small.
    if (previous && previous.kind === 'word' && token.kind === 'word' && previous.norm.length <= MAX_PIECE && token.start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
      const key = `${previous.norm}\u0000${token.norm}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
    if (previous && previous.kind === 'word' && token.kind === 'word' && token.start === previous.end + 1 && isCompoundHyphen(text.charCodeAt(previous.end))) {
      compounds.add(`${previous.norm}\u0000${token.norm}`);
    }
    previous = token;
  }
  return { counts, compounds, pairs };
}
