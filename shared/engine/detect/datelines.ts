/**
 * Datelines and bylines: the lines that open a reprinted article.
 *
 * A dateline is one line (or a bold run over up to four lines) of the shape
 * `Outlet[, place], date[, time][, p. N][, "Headline"]`, with Markdown markers anywhere around it:
 * `**The Sunday Times, 1 March 1992,  \n"Armenian soldiers massacre hundreds of fleeing families"**`,
 * `Newsweek, 16 March 1992, "The face of a massacre"`, `**BBC1 Morning News Tuesday, 3 March 1992, 07:37**`.
 * A byline is `By Name[, Place]` (italic or not), `A report by Name`, optionally followed by `Special to Outlet`.
 */
import { findDates } from './dates';
import { isMastheadName } from './outlets';
import type { Gazetteer } from './gazetteer';
import { collapseSpace, type Line } from './text-scan';
import type { TokenList } from '../token-list';

/** What a dateline says. */
export interface Dateline {
  /** Canonical outlet when the gazetteer knows the name, else the name as written. */
  outlet: string;
  /** True when the gazetteer knows the outlet. */
  known: boolean;
  date: string;
  headline?: string;
  page?: string;
  /** Index of the last line the dateline occupies. */
  lastLine: number;
}

/** What a byline says. */
export interface Byline {
  author: string;
  /** Outlet from a `Special to The Washington Post` line, if any. */
  outlet?: string;
  lastLine: number;
}

/** Lines longer than this are prose, never a dateline (and are not scanned for dates at all). */
const MAX_DATELINE_LINE = 400;
/** A bold dateline may wrap its headline over this many further lines. */
const MAX_DATELINE_EXTRA_LINES = 3;
/** Longest outlet name part of a dateline, in characters and in words. */
const MAX_NAME_CHARS = 80;
const MAX_NAME_WORDS = 10;

/** A capitalised name (up to {@link MAX_NAME_CHARS}) and a comma open every dateline. */
const DATELINE_START = /^[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,3}[ \t]*)?[\p{Lu}\d][^,\n]{0,80},/u;
const LEAD_MARKUP = /^[ \t]*(?:#{1,6}[ \t]+)?(?:[*_]{1,3}[ \t]*)?/u;
const WEEKDAY_TAIL = /[,\s]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$/iu;
const OPEN_QUOTES = '"“„«‘';
const CLOSE_QUOTES = '"”“»’';

const lineText = (text: string, l: Line | undefined): string => (l === undefined ? '' : text.slice(l.start, l.end));

/** The lines a dateline starting at `k` may span: a bold run that closes later, or a line ending in a comma. */
function datelineExtent(text: string, lines: readonly Line[], k: number): number {
  const first = lineText(text, lines[k]).trim();
  const opensBold = /^(?:#{1,6}\s+)?\*\*/u.test(first) && !/\*\*$/u.test(first);
  for (let e = k + 1; e <= k + MAX_DATELINE_EXTRA_LINES && e < lines.length; e++) {
    const t = lineText(text, lines[e]).trim();
    if (t === '') return k;
    if (opensBold && /\*\*$/u.test(t)) return e;
    if (!opensBold && OPEN_QUOTES.includes(t[0] ?? '') && lineText(text, lines[e - 1]).trim().endsWith(',')) {
      if (CLOSE_QUOTES.includes(t.replace(/[*_.\s]+$/u, '').slice(-1))) return e;
      continue;
    }
    if (!opensBold) return k;
  }
  return k;
}

/** The time, page and headline after a dateline's date; null when anything else follows (then it is prose). */
function parseTail(tail: string): { headline?: string; page?: string } | null {
  let s = tail.replace(/^\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/iu, '');
  let page: string | undefined;
  const p = /^\s*,?\s*(?:p|pp|page)\.?\s*([\dA-Z][\w–-]{0,9})/u.exec(s);
  if (p !== null) {
    page = p[1];
    s = s.slice(p[0].length);
  }
  s = s.replace(/[\s*_.,]+$/u, '');
  const body = s.replace(/^\s*,?\s*/u, '');
  if (body === '') return page === undefined ? {} : { page };
  const opener = body[0] ?? '';
  let headline = body;
  if (OPEN_QUOTES.includes(opener)) {
    const last = body.slice(-1);
    if (!CLOSE_QUOTES.includes(last) || body.length < 3) return null;
    headline = body.slice(1, -1);
  } else if (/[.!?:;]\s/u.test(body) || body.length > 200) {
    return null;
  }
  headline = collapseSpace(headline);
  if (headline === '') return page === undefined ? {} : { page };
  return page === undefined ? { headline } : { headline, page };
}

/** Checks and cleans the name part before a dateline's date; null when it cannot be an outlet's name. */
function cleanName(raw: string): string | null {
  let name = raw.replace(/[\s*_]+$/u, '');
  if (!/[,–—-]$/u.test(name)) return null;
  name = name.slice(0, -1).replace(WEEKDAY_TAIL, '').trim();
  if (name.length === 0 || name.length > MAX_NAME_CHARS) return null;
  if (/[:;!?"“”«»„]/u.test(name) || name.split(/\s+/u).length > MAX_NAME_WORDS) return null;
  if (!/^[\p{L}\d]/u.test(name) || /^\p{Ll}/u.test(name)) return null;
  return name;
}

/**
 * Parses the dateline that starts on line `k`, or returns null. The outlet comes from the gazetteer when a known
 * name opens the name part; an unknown name is accepted when it reads as a masthead (`The Northfield Gazette`)
 * or when `trustUnknown` (the caller saw a heading naming it, or a byline below it), because `Baku, 26 February
 * 2012` opens press releases too.
 */
export function parseDateline(
  text: string, tokens: TokenList, lines: readonly Line[], k: number, gazetteer: Gazetteer,
  trustUnknown: (name: string, lastLine: number) => boolean,
): Dateline | null {
  const line = lines[k];
  if (line === undefined || line.end - line.start > MAX_DATELINE_LINE) return null;
  const raw = lineText(text, line);
  // Cheap shape test first: most lines with a digit are prose, and date search is the costly part.
  if (!DATELINE_START.test(raw) || !/\d/u.test(raw)) return null;
  const lastLine = datelineExtent(text, lines, k);
  const to = lines[lastLine]?.end ?? line.end;
  const nameStart = line.start + (LEAD_MARKUP.exec(raw)?.[0].length ?? 0);
  const date = findDates(text, nameStart, to).find((d) => d.start > nameStart);
  if (date === undefined || date.iso === null || date.range || date.start >= line.end) return null;
  const name = cleanName(text.slice(nameStart, date.start));
  const tail = parseTail(text.slice(date.end, to));
  if (name === null || tail === null) return null;
  const known = gazetteer.match(text, tokens, nameStart, nameStart + name.length)[0];
  const outlet = known !== undefined && known.start === nameStart ? known.outlet : null;
  if (outlet === null && !isMastheadName(name) && !trustUnknown(name, lastLine)) return null;
  return { outlet: outlet ?? name, known: outlet !== null, date: date.iso, ...tail, lastLine };
}

const BYLINE = /^[ \t]*[*_]{0,3}[ \t]*(?:(?:an?\s+)?(?:report|article|story|dispatch)\s+)?by\s+(\p{Lu}[^*_\n]{1,120}?)[ \t]*[*_]{0,3}[ \t]*$/iu;
const SPECIAL_TO = /^[ \t]*[*_]{0,3}[ \t]*(?:[Ss]pecial\s+to|[Ff]or)\s+(\p{Lu}[^*_\n]{1,80}?)[ \t]*[*_]{0,3}[ \t]*$/u;

/** The author named by a byline's name part: up to the first comma (a place follows), without `with` helpers. */
function authorOf(names: string): string | null {
  const author = collapseSpace(names.split(',')[0] ?? '').replace(/\s+with\s+.*$/iu, '');
  if (author.length < 3 || !/^\p{Lu}/u.test(author) || author.split(' ').length > 8) return null;
  return author;
}

/** Parses a byline on line `k` (and a `Special to Outlet` line right below it), or returns null. */
export function parseByline(text: string, lines: readonly Line[], k: number, gazetteer: Gazetteer): Byline | null {
  const line = lines[k];
  if (line === undefined || line.end - line.start > 200) return null;
  const m = BYLINE.exec(lineText(text, line));
  const author = m === null ? null : authorOf(m[1] ?? '');
  if (author === null) return null;
  const special = SPECIAL_TO.exec(lineText(text, lines[k + 1]));
  const outlet = special === null ? null : gazetteer.lookup(special[1] ?? '');
  return outlet === null ? { author, lastLine: k } : { author, outlet, lastLine: k + 1 };
}
