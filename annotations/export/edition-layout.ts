/**
 * A document's text laid out for an edition the way the editor shows it: the Markdown structure of
 * `markdownLayout` (headings, paragraphs, block quotes, lists, code; emphasis, strong, code and links
 * inside), with every annotation cut into the pieces of shown text it covers and each note reference
 * placed after the last shown character of its span. Syntax the layout hides (`>`, `**`, `#`, list
 * markers, link addresses) is never shown, so an annotation crossing a hidden `**` or a paragraph break
 * is simply marked on both sides. Offsets stay JS string indices into the text; a format renders the
 * segments (see html-text.ts) and never has to reconcile overlapping ranges itself.
 */
import type { InlineMark, LayoutBlock, Piece } from '../../shared/text';
import { continuesOnNextBlock, type LaidSpan } from './text-layout';

/** A stretch of shown text with the same inline marks and the same annotations over all of it. */
export interface Segment {
  /** Source offsets of the characters shown (for a `join`, the hidden break it stands for). */
  readonly from: number;
  readonly to: number;
  /** Inline Markdown marks, outermost first (the layout's own objects: one object per mark in the source). */
  readonly marks: readonly InlineMark[];
  /** Ids of the annotations covering it, outermost (longest) first. */
  readonly covering: readonly string[];
  /** Ids of the annotations whose note reference follows it. */
  readonly refs: string[];
  /** A space standing for the blank line between two printed lines joined into one paragraph. */
  readonly join: boolean;
}

/** A block of an edition's text: textblocks carry segments, containers carry blocks (as in the layout). */
export type EditionBlock =
  | { readonly type: 'paragraph' | 'code_block'; readonly segments: readonly Segment[] }
  | { readonly type: 'heading'; readonly level: number; readonly segments: readonly Segment[] }
  | { readonly type: 'blockquote' | 'bullet_list' | 'list_item'; readonly children: readonly EditionBlock[] }
  | { readonly type: 'ordered_list'; readonly order: number; readonly children: readonly EditionBlock[] }
  | { readonly type: 'horizontal_rule' };

/** How to lay a document out. */
export interface EditionLayoutOptions {
  /**
   * Join paragraphs that a PDF or web extraction broke at every printed line (see
   * `continuesOnNextBlock`). For plain text only: a Markdown author's paragraphs are meant.
   */
  readonly joinPrintedLines: boolean;
}

/** A run of a textblock before it is cut: a layout piece, or the join between two printed lines. */
interface Run extends Piece {
  readonly join: boolean;
}

type StagedBlock =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'code_block'; runs: Run[] }
  | { type: 'heading'; level: number; runs: Run[] }
  | { type: 'blockquote' | 'bullet_list' | 'list_item'; children: StagedBlock[] }
  | { type: 'ordered_list'; order: number; children: StagedBlock[] }
  | { type: 'horizontal_rule' };

type StagedTextblock = Extract<StagedBlock, { runs: Run[] }>;
type StagedContainer = Extract<StagedBlock, { children: StagedBlock[] }>;
type StagedParagraph = { type: 'paragraph'; runs: Run[] };

/** Where a note reference goes: after the shown character before `at` in a textblock, or at its very start. */
interface RefHome {
  block: StagedTextblock;
  at: number;
  atStart: boolean;
}

/** The edition layout of `text` from its `layout` (`markdownLayout(text)`), with `spans` marked on it. */
export function layOutEdition(text: string, layout: readonly LayoutBlock[], spans: readonly LaidSpan[], options: EditionLayoutOptions): EditionBlock[] {
  const staged = stage(text, layout, options);
  const textblocks: StagedTextblock[] = [];
  const collect = (blocks: readonly StagedBlock[]): void => {
    for (const b of blocks) {
      if ('runs' in b) textblocks.push(b);
      else if ('children' in b) collect(b.children);
    }
  };
  collect(staged);
  const homes = new Map<string, RefHome>();
  for (const s of spans) {
    const home = refHome(textblocks, s);
    if (home) homes.set(s.id, home);
  }
  // Longest outermost, so a short annotation inside a long one stays visible; ties in a fixed order.
  const order = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const finish = (blocks: readonly StagedBlock[]): EditionBlock[] =>
    blocks.map((b): EditionBlock => {
      if ('runs' in b) {
        const segments = segmentsOf(b, order, homes);
        return b.type === 'heading' ? { type: 'heading', level: b.level, segments } : { type: b.type, segments };
      }
      if (b.type === 'ordered_list') return { type: 'ordered_list', order: b.order, children: finish(b.children) };
      if ('children' in b) return { type: b.type, children: finish(b.children) };
      return b;
    });
  return finish(staged);
}

/**
 * The layout as runs, with printed lines of plain text joined when asked. A list item a printed line
 * broke goes on in the paragraph after it (`- killing ... to bring about its` / `physical destruction`),
 * and a list of the same kind right after that is the same list going on.
 */
function stage(text: string, layout: readonly LayoutBlock[], options: EditionLayoutOptions): StagedBlock[] {
  const runsOf = (pieces: readonly Piece[]): Run[] => pieces.map((p) => ({ ...p, join: false }));
  const out: StagedBlock[] = [];
  // The paragraph the next one may continue; the list it ends, if any, and whether a paragraph went on in it.
  let open: StagedParagraph | null = null;
  let list: StagedContainer | null = null;
  let listGoesOn = false;
  for (const b of layout) {
    if (b.type === 'paragraph' && b.pieces.length > 0) {
      const runs = runsOf(b.pieces);
      if (open && options.joinPrintedLines && continuesOnNextBlock(paragraphSource(text, open.runs))) {
        open.runs.push({ from: open.runs[open.runs.length - 1]!.to, to: runs[0]!.from, marks: [], join: true }, ...runs);
        listGoesOn = list !== null;
        continue;
      }
      open = { type: 'paragraph', runs };
      list = null;
      out.push(open);
      continue;
    }
    if (b.type === 'bullet_list' || b.type === 'ordered_list') {
      const children = stage(text, b.children, options);
      if (list && listGoesOn && list.type === b.type) list.children.push(...children);
      else {
        list = b.type === 'ordered_list' ? { type: b.type, order: b.order, children } : { type: b.type, children };
        out.push(list);
      }
      open = lastParagraph(list);
      listGoesOn = false;
      continue;
    }
    open = null;
    list = null;
    if (b.type === 'paragraph') out.push({ type: 'paragraph', runs: runsOf(b.pieces) });
    else if (b.type === 'code_block') out.push({ type: 'code_block', runs: runsOf(b.pieces) });
    else if (b.type === 'heading') out.push({ type: 'heading', level: b.level, runs: runsOf(b.pieces) });
    else if ('children' in b) out.push({ type: b.type, children: stage(text, b.children, options) });
    else out.push(b);
  }
  return out;
}

/** The paragraph a list ends with (the last block of its last item), or null. */
function lastParagraph(list: StagedContainer): StagedParagraph | null {
  const item = list.children[list.children.length - 1];
  const last = item && 'children' in item ? item.children[item.children.length - 1] : undefined;
  return last?.type === 'paragraph' && last.runs.length > 0 ? last : null;
}

/**
 * The last printed line of a paragraph: its source from the start of the line its last shown character is
 * on (or its first shown character) to the end of the syntax closing it (`**`, `*`). Only a paragraph
 * whose last line fills a line goes on in the next one: two short lines (a title and a byline) do not.
 */
function paragraphSource(text: string, runs: readonly Run[]): string {
  let end = runs[runs.length - 1]!.to;
  while (end < text.length && /[^\s]/.test(text[end]!)) end += 1;
  const start = runs[0]!.from;
  const lineStart = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  return text.slice(Math.max(start, lineStart), end);
}

/** Whether run `r` shows a character of span `s` (for an empty span: the character just before it). */
function shows(r: Run, s: LaidSpan): boolean {
  if (r.join) return false;
  return s.start === s.end ? r.from < s.end && r.to >= s.end : r.from < s.end && r.to > s.start;
}

/**
 * Where span `s`'s note reference goes: after its last shown character; for a span that shows nothing
 * (only hidden syntax or blank lines), at the end of the nearest textblock before it, or at the start of
 * the first one when none comes before. Null when the text shows nothing at all.
 */
function refHome(textblocks: readonly StagedTextblock[], s: LaidSpan): RefHome | null {
  let home: RefHome | null = null;
  let before: StagedTextblock | null = null;
  for (const block of textblocks) {
    const last = block.runs[block.runs.length - 1];
    if (!last) continue;
    if (block.runs[0]!.from >= s.end) break;
    for (const r of block.runs) if (shows(r, s)) home = { block, at: Math.min(s.end, r.to), atStart: false };
    if (last.to <= s.start) before = block;
  }
  if (home) return home;
  if (before) return { block: before, at: before.runs[before.runs.length - 1]!.to, atStart: false };
  const first = textblocks.find((b) => b.runs.length > 0);
  return first ? { block: first, at: first.runs[0]!.from, atStart: true } : null;
}

/** Cuts a textblock's runs where spans begin and end and where note references go. */
function segmentsOf(block: StagedTextblock, order: readonly LaidSpan[], homes: ReadonlyMap<string, RefHome>): Segment[] {
  const here = [...homes].filter(([, h]) => h.block === block);
  const segments: Segment[] = [];
  const leading = here.filter(([, h]) => h.atStart).map(([id]) => id);
  if (leading.length) segments.push({ from: block.runs[0]!.from, to: block.runs[0]!.from, marks: [], covering: [], refs: leading, join: false });
  for (const r of block.runs) {
    if (r.join) {
      // A join is one space: covered only by an annotation that goes on both sides of it.
      segments.push({ from: r.from, to: r.to, marks: [], covering: order.filter((s) => s.start < r.from && s.end > r.to).map((s) => s.id), refs: [], join: true });
      continue;
    }
    const cuts = new Set([r.from, r.to]);
    for (const s of order) {
      if (s.start > r.from && s.start < r.to) cuts.add(s.start);
      if (s.end > r.from && s.end < r.to) cuts.add(s.end);
    }
    for (const [, h] of here) if (!h.atStart && h.at > r.from && h.at < r.to) cuts.add(h.at);
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const covering = order.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
      const refs = here.filter(([, h]) => !h.atStart && h.at === to && h.at > r.from && h.at <= r.to).map(([id]) => id);
      segments.push({ from, to, marks: r.marks, covering, refs, join: false });
    }
  }
  return segments;
}
