/**
 * Editorial marks around a gap: an ellipsis (`...`, `…`, `. . .`, `[...]`, `(...)`) says words were left
 * out on purpose, so the omission is minor; square brackets say words were added by the quoting editor, so
 * the insertion is minor. A silent omission or an unbracketed addition is major (DESIGN.md, Analyse).
 */

/** An ellipsis in any of its usual forms; brackets around it need no separate case. */
const ELLIPSIS = /\.\s?\.\s?\.|…/u;

/** True when `gap` (the text between two tokens) holds a marked elision. */
export function hasMarkedElision(gap: string): boolean {
  return ELLIPSIS.test(gap);
}

/** Where a bracket pair encloses a stretch of text; `square` for `[ ]`, `round` for `( )`. */
export interface Bracketed {
  start: number;
  end: number;
  shape: 'square' | 'round';
}

const CLOSE_OF: Readonly<Record<string, string>> = { '[': ']', '(': ')' };

/**
 * The brackets around `[start, end)` in `text`, when the bracketed text is exactly that stretch (plus
 * spaces and trailing punctuation): the nearest non-space character before it opens a bracket and the
 * first after it closes the same shape. Returns the span including both brackets, or null.
 */
export function enclosingBrackets(text: string, start: number, end: number): Bracketed | null {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--;
  const open = text[i] ?? '';
  const close = CLOSE_OF[open];
  if (close === undefined) return null;
  let j = end;
  while (j < text.length && /[\s.,;:!?]/.test(text[j] ?? '')) j++;
  if (text[j] !== close) return null;
  // A bracket closed inside the stretch means the opening one belongs to something else.
  if (text.slice(start, end).includes(close)) return null;
  return { start: i, end: j + 1, shape: open === '[' ? 'square' : 'round' };
}
