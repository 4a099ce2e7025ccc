/**
 * Finding a query in a document's text, as a reader means it: case does not matter, any run of white
 * space (a line break in a PDF extraction) matches any other, curly and straight quotes, apostrophes
 * and dashes match each other, Cyrillic/Greek look-alike letters in Latin words and diacritics are folded
 * (`foldForFind`), and a word of the query is found where a stray space or a line-end hyphen splits it
 * (`I zvestia`, `scat -⏎tered`); every match is the exact span of the original text. Used by the project search (`findInProject`) and by find-in-document, so
 * both agree on what a match is. Pure, so it runs in the main process and in the renderer alike.
 */

/** A match of a query: `start..end` are JS string indices into the searched text, end exclusive. */
export interface FoundSpan {
  start: number;
  end: number;
}

import { foldDocumentForFind, foldForFind } from './fold-for-find';

/** Longest query accepted: a search is typed, not pasted documents. */
export const MAX_QUERY_LENGTH = 500;

/** Characters that count as one another when matching, each class written as a regular-expression set. */
const EQUIVALENT: readonly [RegExp, string][] = [
  [/["“”„‟«»]/u, '["“”„‟«»]'],
  [/['‘’‚‛`]/u, "['‘’‚‛`]"],
  [/[-‐‑‒–—―]/u, '[-‐‑‒–—―]'],
];

/**
 * What may stand between two letters of a query word in the text: one or two spaces (a narrow-column
 * split), a soft hyphen, or a hyphen at a line's end with the spaces around it, as the engine's
 * `repairSplitWords` and `joinHyphenation` accept them.
 */
const IN_WORD_GAP = '(?:[ \\t\\u00A0]{1,2}|\\u00AD|[ \\t\\u00A0]*[-\\u2010\\u00AD][ \\t\\u00A0]*(?:\\r\\n?|\\n)[ \\t\\u00A0]*)?';
const LETTER = /\p{L}/u;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * The regular expression a query compiles to (global, case-insensitive, Unicode), or `null` when the query
 * has nothing but white space. Leading and trailing white space of the query is ignored.
 * @throws RangeError when the query is longer than {@link MAX_QUERY_LENGTH}
 */
export function queryPattern(query: string): RegExp | null {
  if (query.length > MAX_QUERY_LENGTH) throw new RangeError(`a search is at most ${MAX_QUERY_LENGTH} characters`);
  const trimmed = foldForFind(query.trim());
  if (trimmed === '') return null;
  let source = '';
  let inSpace = false;
  let afterLetter = false;
  for (const ch of trimmed) {
    if (/\s/u.test(ch)) {
      if (!inSpace) source += '\\s+';
      inSpace = true;
      afterLetter = false;
      continue;
    }
    inSpace = false;
    const letter = LETTER.test(ch);
    if (letter && afterLetter) source += IN_WORD_GAP;
    afterLetter = letter;
    const equivalent = EQUIVALENT.find(([test]) => test.test(ch));
    source += equivalent ? equivalent[1] : escapeChar(ch);
  }
  return new RegExp(source, 'giu');
}

/**
 * Every match of `query` in `text`, in order, non-overlapping, at most `limit` of them (`total` still
 * counts all). An empty or blank query finds nothing.
 */
export function findText(text: string, query: string, limit = Number.POSITIVE_INFINITY): { spans: FoundSpan[]; total: number } {
  const pattern = queryPattern(query);
  const spans: FoundSpan[] = [];
  let total = 0;
  if (pattern === null) return { spans, total };
  // The folded text has the original's length, code unit for code unit, so its match offsets are the original's.
  const folded = foldDocumentForFind(text);
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    if (m[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    total += 1;
    if (spans.length < limit) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return { spans, total };
}
