/**
 * Pairs quotation marks into quoted spans, in one linear pass, for every common style: “…”, „…“, "…", «…», »…«,
 * ‹…›, ‘…’ and ‚…‘.
 *
 * Each style family is paired on its own, so quotes of one style nest inside another (`“As Newsweek reported,
 * "many were killed ..." ...”` gives both spans). Whether a mark opens or closes is decided from the glyph and
 * from its neighbours, as CommonMark does for emphasis: a mark followed by a word and preceded by white space or
 * punctuation can open, one preceded by a word and followed by white space or punctuation can close. That keeps
 * straight quotes in phase and tells an apostrophe (`didn’t`, `Azerbaijanis’`) from a closing single quote.
 * Line breaks are ordinary white space, so quotes that wrap (with blank lines between, as extracted PDFs do) pair.
 */

/** The style family a quoted span was written in. */
export type QuoteStyle = 'double' | 'straight' | 'guillemet' | 'single';

/** A pair of quotation marks and the words between them. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** The quoted words: inside the marks, without edge white space, ellipses or a trailing comma. */
  start: number;
  end: number;
  style: QuoteStyle;
}

/** Longest quote, in characters, for double-mark styles: a reprinted report quoted at length still fits. */
export const MAX_QUOTE_CHARS = 8000;
/** Longest single-quoted span: single quotes nest inside double ones and are short; longer means apostrophes. */
export const MAX_SINGLE_QUOTE_CHARS = 600;

type Role = 'open' | 'close' | 'skip';

/** Per-family pairing state: the pending opening mark, if any. */
interface Pending {
  at: number;
  glyph: string;
}

const FAMILY: Readonly<Record<string, QuoteStyle | 'single-guillemet'>> = {
  '“': 'double', '”': 'double', '„': 'double', '‟': 'double',
  '"': 'straight',
  '«': 'guillemet', '»': 'guillemet',
  '‹': 'single-guillemet', '›': 'single-guillemet',
  '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
};

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Neighbour facts for the mark at `i`. */
interface Flanks {
  /** Can open: a word (or punctuation) follows, white space or punctuation precedes. */
  left: boolean;
  /** Can close: something precedes, white space or punctuation follows. */
  right: boolean;
  prev: string | undefined;
  next: string | undefined;
  /** Offset of the mark. */
  at: number;
}

function flanks(text: string, i: number): Flanks {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  return {
    left: !isSpace(next) && (isSpace(prev) || !isWordChar(prev)),
    right: !isSpace(prev) && (isSpace(next) || !isWordChar(next)),
    prev,
    next,
    at: i,
  };
}

/**
 * True when the mark opens a quote nested at the very start of the pending one (`„“We have…” said X …“`):
 * it touches the opener and a word follows. Closing there would quote nothing, so it opens instead.
 */
const opensNested = (pending: Pending | null, f: Flanks): boolean => pending !== null && pending.at === f.at - 1 && f.left;

/** Decides what a double-family mark does, given the pending opener of its family. */
function doubleRole(glyph: string, pending: Pending | null, f: Flanks): Role {
  if (glyph === '„') return 'open';
  if (glyph === '“' || glyph === '‟') {
    if (opensNested(pending, f)) return 'open';
    // After „ a “ closes, unless it can only open (white space before, a word after): an English-style
    // quotation nested inside (`„… Doctors said. “We have never seen …,” said X … the summer.“`).
    const onlyOpens = f.left && !f.right;
    if (pending !== null && ((pending.glyph === '„' && !onlyOpens) || (f.right && !f.left))) return 'close';
    return f.left || !f.right ? 'open' : 'skip';
  }
  // ”: a closer (even after a stray space: `“blind and deaf ”`), unless it stands between white space and a
  // word, where it is a misprinted opener.
  const misprintedOpener = isSpace(f.prev) && isWordChar(f.next);
  if (misprintedOpener) return 'open';
  return pending !== null ? 'close' : 'skip';
}

function straightRole(pending: Pending | null, f: Flanks): Role {
  if (pending !== null && (f.right || (isSpace(f.prev) && !isWordChar(f.next)))) return 'close';
  return f.left ? 'open' : 'skip';
}

function guillemetRole(glyph: string, pending: Pending | null, f: Flanks): Role {
  const opener = glyph === '«' || glyph === '‹';
  if (pending !== null && pending.glyph !== glyph) return 'close'; // «…» and the reversed »…« both close on the other glyph
  if (opener) return 'open';
  return f.left && !f.right ? 'open' : 'skip';
}

function singleRole(glyph: string, pending: Pending | null, f: Flanks): Role {
  if (isWordChar(f.prev) && isWordChar(f.next)) return 'skip'; // an apostrophe inside a word
  if (glyph === '‚') return isWordChar(f.prev) ? 'skip' : 'open';
  if (glyph === '’') return pending !== null && f.right ? 'close' : 'skip';
  // ‘ or ‛
  if (opensNested(pending, f)) return 'open';
  if (pending !== null && (pending.glyph === '‚' || (f.right && !f.left))) return 'close';
  if (isWordChar(f.prev) || /\d/u.test(f.next ?? '')) return 'skip'; // `‘90s`, a misprinted apostrophe
  return f.left ? 'open' : 'skip';
}

function roleOf(family: string, glyph: string, pending: Pending | null, f: Flanks): Role {
  switch (family) {
    case 'double': return doubleRole(glyph, pending, f);
    case 'straight': return straightRole(pending, f);
    case 'guillemet':
    case 'single-guillemet': return guillemetRole(glyph, pending, f);
    default: return singleRole(glyph, pending, f);
  }
}

/** A heading or a horizontal rule inside a span means the pairing ran across a section: not one quote. */
const STRUCTURAL_BREAK = /\n[ \t]{0,3}(?:#{1,6}[ \t]|(?:-[ \t]*){3,}\n|(?:\*[ \t]*){3,}\n)/u;

const LEADING_NOISE = /^(?:\s|…|\.(?:\s?\.){2})+/u;
const TRAILING_NOISE = /(?:\s|…|\.(?:\s?\.){2}|[,;:])+$/u;

/** The quoted words between two marks, trimmed of white space, ellipses and sentence punctuation, or null. */
function innerSpan(text: string, open: number, close: number): { start: number; end: number } | null {
  const inner = text.slice(open + 1, close);
  const lead = LEADING_NOISE.exec(inner)?.[0].length ?? 0;
  const rest = inner.slice(lead);
  const trail = TRAILING_NOISE.exec(rest)?.[0].length ?? 0;
  const start = open + 1 + lead;
  const end = close - trail;
  return end > start ? { start, end } : null;
}

/** Deepest nesting of one family kept; deeper openers push the oldest out (bounded memory on garbage input). */
const MAX_DEPTH = 8;

/**
 * True when the mark at `i` opens a paragraph that continues a quote: it is the first thing on its line and the
 * text before it ends a sentence (`…shots at it?..` / `“The senior lieutenant …`). Typesetting opens every
 * paragraph of a long quotation again and closes only the last one.
 */
function continuesQuote(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j >= 0 && text[j] !== '\n') return false;
  while (j >= 0 && /\s/u.test(text[j] ?? '')) j--;
  return j >= 0 && /[.!?…:]/u.test(text[j] ?? '');
}

/**
 * Every quoted span in `text`, ordered by opening mark. Curly quotes and guillemets nest within their own style
 * too (`“… the “mission” was accomplished …”`); straight quotes cannot, so a second straight opener replaces an
 * unclosed one. A paragraph that opens with a quotation mark while a quote is still open continues that quote
 * (the multi-paragraph convention). Openers with no closer within {@link MAX_QUOTE_CHARS}
 * ({@link MAX_SINGLE_QUOTE_CHARS} for single quotes) are dropped, and so are closers with nothing open.
 * Linear in the length of `text`.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const stacks = new Map<string, Pending[]>();
  const spans: QuotedSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const glyph = text[i] ?? '';
    const family = FAMILY[glyph];
    if (family === undefined) continue;
    const max = family === 'single' || family === 'single-guillemet' ? MAX_SINGLE_QUOTE_CHARS : MAX_QUOTE_CHARS;
    let stack = stacks.get(family);
    if (stack === undefined) {
      stack = [];
      stacks.set(family, stack);
    }
    while (stack.length > 0 && i - (stack[0]?.at ?? i) > max) stack.shift();
    const open = stack[stack.length - 1] ?? null;
    const role = roleOf(family, glyph, open, flanks(text, i));
    if (role === 'open') {
      if (open !== null && continuesQuote(text, i)) continue;
      if (family === 'straight' || stack.length >= MAX_DEPTH) stack.shift();
      stack.push({ at: i, glyph });
      continue;
    }
    if (role !== 'close' || open === null) continue;
    stack.pop();
    if (STRUCTURAL_BREAK.test(text.slice(open.at, i))) continue;
    const inner = innerSpan(text, open.at, i);
    if (inner === null) continue;
    const style: QuoteStyle = family === 'single-guillemet' ? 'guillemet' : family;
    spans.push({ open: open.at, close: i, start: inner.start, end: inner.end, style });
  }
  return spans.sort((a, b) => a.open - b.open);
}
