/**
 * The one definition of a line in Verbatim: a line ends at CR LF, at LF, or at a CR alone (old Mac files
 * and some OCR exports end lines that way). The engine's line scan, the command line's `line:column` and
 * the editor's blocks all split text here, so an offset is on the same line everywhere.
 */

/** One line of a text: `[start, end)` is its content without the break; `next` is where the next line starts. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

const LF = 10;
const CR = 13;

/** Length of the line break starting at `i` in `text`: 2 for CR LF, 1 for LF or a lone CR, 0 for none. */
export function lineBreakAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c === LF) return 1;
  if (c !== CR) return 0;
  return text.charCodeAt(i + 1) === LF ? 2 : 1;
}

/** True when `c` is one of the characters a line break is made of (CR or LF). */
export function isLineBreakChar(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

/**
 * The lines of `text`, in one pass (linear, no regular expression), with their offsets. A text ending in a
 * break has a last, empty line after it; an empty text is one empty line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const size = lineBreakAt(text, i);
    if (size === 0) continue;
    lines.push({ start, end: i, next: i + size });
    i += size - 1;
    start = i + 1;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/**
 * The 1-based line and column of `offset` in `text` (the column in JS string units, 1 at a line's start).
 * An offset inside a CR LF pair counts as the end of its line.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i++) {
    const size = lineBreakAt(text, i);
    if (size === 0 || i + size > stop) continue;
    line++;
    i += size - 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
