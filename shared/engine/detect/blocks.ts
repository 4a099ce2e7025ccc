/**
 * Block quotes: articles reprinted under a heading and a dateline, as press compilations lay them out:
 *
 * ```
 * # THE SUNDAY TIMES                                   ← heading (optional; a bold-only line counts too)
 * **The Sunday Times, 1 March 1992,  \n"Headline"**     ← dateline: outlet, date, headline
 * Headline on its own line                             ← headline (optional, only with a byline below)
 * *By Thomas Goltz, Aghdam, Azerbaijan*                ← byline (optional): author
 * Survivors reported that ...                          ← the article: the candidate
 * ```
 *
 * The article runs until a heading as high as the block's own (deeper headings are the article's subheads), a
 * horizontal rule, or the header of the next block. The dateline wins over the heading (`# THE TIMES` above
 * `**Time, 16 March 1992**` is Time). Headings that are not followed by a dateline or a byline (OCR fragments
 * such as `# Armenian so hundreds of f`) open nothing. A heading followed directly by a byline opens a block
 * too (`## Survivors Describe Armenian Attack` / `By Thomas Goltz` / `Special to The Washington Post`), with
 * the heading as headline and no date.
 */
import type { Attribution } from '../../model';
import { parseByline, parseDateline, type Byline } from './datelines';
import type { Gazetteer } from './gazetteer';
import { collapseSpace, splitLines, type Line } from './text-scan';
import type { TokenList } from '../token-list';

/** A reprinted article found under a heading/dateline. */
export interface Block {
  /** Start of the block's header (first heading, or the dateline): quotes after it belong to the article. */
  headerStart: number;
  /** The article body: the quote candidate's span. */
  start: number;
  end: number;
  attribution: Attribution;
  /** `dateline` when a dateline opened the block, `byline` when only a heading and a byline did. */
  opener: 'dateline' | 'byline';
  /** True when the outlet is in the gazetteer. */
  knownOutlet: boolean;
}

type LineKind = 'blank' | 'rule' | 'heading' | 'bold' | 'text';

/** Most words of a headline on a line of its own between a dateline and its byline. */
const MAX_HEADLINE_WORDS = 16;

/** Bold-only lines (`**Newsweek**`) act as the lowest heading level. */
const BOLD_LEVEL = 7;
/** An article in a text without Markdown structure ends at this many blank lines in a row. */
const PLAIN_BLANK_RUN = 3;
/** Longest article body; past it the layout is not understood and the block is cut. */
const MAX_BLOCK_CHARS = 40000;
/** Headings looked at above a dateline. */
const MAX_HEADER_LINES = 3;

interface Classified {
  kind: LineKind;
  level: number;
}

function classify(s: string): Classified {
  if (s.trim() === '') return { kind: 'blank', level: 0 };
  if (s.length > 300) return { kind: 'text', level: 0 };
  const h = /^[ \t]{0,3}(#{1,6})[ \t]+\S/u.exec(s);
  if (h !== null) return { kind: 'heading', level: h[1]?.length ?? 1 };
  if (/^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u.test(s)) return { kind: 'rule', level: 0 };
  if (/^[ \t]*\*\*[^*]{1,120}\*\*[ \t]*$/u.test(s) && !/\d/u.test(s)) return { kind: 'bold', level: BOLD_LEVEL };
  return { kind: 'text', level: 0 };
}

/** Plain text of a heading line, without `#` and emphasis markers. */
function headingText(s: string): string {
  return collapseSpace(s.replace(/^[ \t]*#{1,6}[ \t]+/u, '').replace(/[*_]{1,3}/gu, ''));
}

/** A block's head, before its end is known. */
interface Head {
  headerLine: number;
  bodyLine: number;
  level: number;
  plain: boolean;
  attribution: Attribution;
  opener: 'dateline' | 'byline';
  knownOutlet: boolean;
}

/** Scans `lines` for everything a block needs and keeps per-line facts the scan reuses. */
class BlockScanner {
  readonly lines: Line[];
  readonly kinds: Classified[];

  constructor(private readonly text: string, private readonly tokens: TokenList, private readonly gazetteer: Gazetteer) {
    this.lines = splitLines(text);
    this.kinds = this.lines.map((l) => classify(text.slice(l.start, Math.min(l.end, l.start + 301))));
  }

  private str(k: number): string {
    const l = this.lines[k];
    return l === undefined ? '' : this.text.slice(l.start, l.end);
  }

  private nextNonBlank(k: number): number {
    let i = k;
    while (i < this.lines.length && this.kinds[i]?.kind === 'blank') i++;
    return i;
  }

  /** Heading and bold lines right above line `k` (blank lines between allowed), nearest last. */
  private headerAbove(k: number): number[] {
    const found: number[] = [];
    for (let i = k - 1; i >= 0 && found.length < MAX_HEADER_LINES; i--) {
      const kind = this.kinds[i]?.kind;
      if (kind === 'blank') continue;
      if (kind !== 'heading' && kind !== 'bold') break;
      found.unshift(i);
    }
    return found;
  }

  /** Every block head, in document order. */
  heads(): Head[] {
    const heads: Head[] = [];
    let sectionLevel = 0; // level of the nearest Markdown heading above; 0 = none yet (plain text)
    for (let k = 0; k < this.lines.length; k++) {
      const c = this.kinds[k];
      if (c === undefined) continue;
      if (c.kind === 'heading') {
        const head = this.datelineHead(k, c.level) ?? this.bylineHead(k);
        sectionLevel = c.level;
        if (head === null) continue;
        heads.push(head);
        k = head.bodyLine - 1;
        continue;
      }
      if (c.kind !== 'text') continue;
      const head = this.datelineHead(k, sectionLevel);
      if (head === null) continue;
      heads.push(head);
      k = head.bodyLine - 1;
    }
    return heads;
  }

  private bylineAfter(line: number): Byline | null {
    return parseByline(this.text, this.lines, this.nextNonBlank(line + 1), this.gazetteer);
  }

  private datelineHead(k: number, sectionLevel: number): Head | null {
    // An outlet the gazetteer does not know is believed when a heading above names it or a byline follows.
    const trustUnknown = (name: string, lastLine: number): boolean => {
      const n = name.toLowerCase();
      const headings = this.headerAbove(k).map((i) => headingText(this.str(i)).toLowerCase());
      return headings.some((h) => h.includes(n) || n.includes(h)) || this.bylineAfter(lastLine) !== null;
    };
    const d = parseDateline(this.text, this.tokens, this.lines, k, this.gazetteer, trustUnknown);
    if (d === null) return null;
    const header = this.headerAbove(k);
    // The headline may stand on a line of its own between the dateline and the byline.
    const headlineLine = d.headline === undefined && this.bylineAfter(d.lastLine) === null ? this.headlineBeforeByline(d.lastLine) : null;
    const byline = this.bylineAfter(headlineLine ?? d.lastLine);
    const bodyLine = this.nextNonBlank((byline?.lastLine ?? d.lastLine) + 1);
    const first = header[0];
    const headerLevel = first === undefined ? 0 : (this.kinds[first]?.level ?? 0);
    const bold = /^[ \t]*(?:#{1,6}[ \t]+)?\*\*/u.test(this.str(k));
    const level = headerLevel > 0 ? headerLevel : sectionLevel > 0 ? sectionLevel : BOLD_LEVEL;
    const attribution: Attribution = { outlet: d.outlet, date: d.date };
    if (byline !== null) attribution.author = byline.author;
    if (d.headline !== undefined) attribution.headline = d.headline;
    else if (headlineLine !== null && byline !== null) attribution.headline = headingText(this.str(headlineLine));
    if (d.page !== undefined) attribution.page = d.page;
    return {
      headerLine: first ?? k, bodyLine, level, plain: headerLevel === 0 && sectionLevel === 0 && !bold,
      attribution, opener: 'dateline', knownOutlet: d.known,
    };
  }

  /**
   * The line after line `after` when it reads as a headline with a byline below it (`Harbour dredging to
   * start in autumn` / `By Jonathan Reyes`): at most {@link MAX_HEADLINE_WORDS} words, no sentence's end.
   */
  private headlineBeforeByline(after: number): number | null {
    const k = this.nextNonBlank(after + 1);
    const text = headingText(this.str(k));
    if (text === '' || text.split(' ').length > MAX_HEADLINE_WORDS || /[.!?]$/u.test(text)) return null;
    return this.bylineAfter(k) !== null ? k : null;
  }

  /** A heading group followed directly by a byline, starting at heading line `k` (its first heading). */
  private bylineHead(k: number): Head | null {
    const prev = this.headerAbove(k);
    if (prev.length > 0) return null; // not the first heading of its group
    const group: number[] = [k];
    let next = this.nextNonBlank(k + 1);
    while (group.length < MAX_HEADER_LINES && this.kinds[next]?.kind === 'heading') {
      group.push(next);
      next = this.nextNonBlank(next + 1);
    }
    const byline = parseByline(this.text, this.lines, next, this.gazetteer);
    if (byline === null) return null;
    const texts = group.map((i) => headingText(this.str(i)));
    const fromHeading = texts.map((t) => this.gazetteer.lookup(t)).find((o) => o !== null) ?? undefined;
    const outlet = byline.outlet ?? fromHeading;
    const headline = texts.find((t) => this.gazetteer.lookup(t) === null);
    if (outlet === undefined && headline === undefined) return null;
    const attribution: Attribution = { author: byline.author };
    if (outlet !== undefined) attribution.outlet = outlet;
    if (headline !== undefined) attribution.headline = headline;
    return {
      headerLine: k, bodyLine: this.nextNonBlank(byline.lastLine + 1), level: this.kinds[k]?.level ?? 1, plain: false,
      attribution, opener: 'byline', knownOutlet: outlet !== undefined,
    };
  }

  /** Index of the line after the last body line of a block whose body starts at `head.bodyLine`. */
  bodyEnd(head: Head, stopAt: number): number {
    let last = -1;
    let blanks = 0;
    const limit = (this.lines[head.bodyLine]?.start ?? 0) + MAX_BLOCK_CHARS;
    for (let i = head.bodyLine; i < Math.min(stopAt, this.lines.length); i++) {
      const c = this.kinds[i];
      const line = this.lines[i];
      if (c === undefined || line === undefined || line.end > limit) break;
      if (c.kind === 'rule' || (c.kind === 'heading' && c.level <= head.level)) break;
      if (c.kind === 'blank') {
        blanks++;
        if (head.plain && blanks >= PLAIN_BLANK_RUN) break;
        continue;
      }
      if (head.plain && /^[^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u.test(this.str(i).slice(0, 200))) break; // an all-capitals title line
      blanks = 0;
      last = i;
    }
    return last;
  }
}

/**
 * Every block quote of `text`, in document order. `tokens` are the document's tokens; the gazetteer names the
 * outlets. Linear in the number of lines.
 */
export function findBlocks(text: string, tokens: TokenList, gazetteer: Gazetteer): Block[] {
  const scanner = new BlockScanner(text, tokens, gazetteer);
  const heads = scanner.heads();
  const blocks: Block[] = [];
  heads.forEach((head, n) => {
    const stopAt = heads[n + 1]?.headerLine ?? scanner.lines.length;
    const last = scanner.bodyEnd(head, stopAt);
    const firstLine = scanner.lines[head.bodyLine];
    const lastLine = scanner.lines[last];
    const headerLine = scanner.lines[head.headerLine];
    if (last < head.bodyLine || firstLine === undefined || lastLine === undefined || headerLine === undefined) return;
    const start = firstLine.start + (/^\s*/u.exec(text.slice(firstLine.start, firstLine.end))?.[0].length ?? 0);
    const end = lastLine.start + text.slice(lastLine.start, lastLine.end).trimEnd().length;
    if (end <= start) return;
    blocks.push({
      headerStart: headerLine.start, start, end, attribution: head.attribution, opener: head.opener, knownOutlet: head.knownOutlet,
    });
  });
  return blocks;
}
