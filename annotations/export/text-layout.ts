/**
 * How an edition lays a document's text out for reading: paragraphs, headings, and the pieces of each
 * paragraph with the annotations covering them. Offsets stay JS string indices into the text; layout
 * never changes a character, it only decides where blocks begin (HTML and Markdown both read this).
 */

/** A block of the text as an edition shows it. */
export interface Block {
  /** First character shown (after a Markdown heading's `#`s). */
  start: number;
  end: number;
  heading: boolean;
}

/** A stretch of a block with the same annotations over all of it. */
export interface Piece {
  start: number;
  end: number;
  /** Ids of the annotations covering the piece, in the order given. */
  covering: string[];
  /** Ids of annotations whose note reference follows this piece. */
  refs: string[];
}

/** A span to lay out: an annotation's id and anchored offsets. */
export interface LaidSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * A block shorter than this that lacks closing punctuation is a heading or a caption, not a line of a
 * paragraph broken by a PDF or web extraction; only longer ones are joined with the block after them.
 */
const FULL_LINE = 60;
const CLOSES_SENTENCE = /[.!?:;"”»’)\]*]\s*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+/;

/**
 * The blocks of `text`: runs separated by blank lines. Extracted text often has a blank line after every
 * printed line (the corpus's 001.txt); a block that fills a line and does not end a sentence is joined
 * with the next, so the edition reads as paragraphs. Markdown ATX headings (`# Title`) are headings.
 */
export function blocksOf(text: string): Block[] {
  const runs: { start: number; end: number }[] = [];
  const separator = /\n[ \t\u00a0\r]*\n(?:[ \t\u00a0\r]*\n)*/g;
  let at = 0;
  for (let m = separator.exec(text); m !== null; m = separator.exec(text)) {
    runs.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  runs.push({ start: at, end: text.length });
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const run of runs) {
    const trimmed = trim(text, run.start, run.end);
    if (trimmed === null) continue;
    const marker = ATX_HEADING.exec(text.slice(trimmed.start, trimmed.end));
    const heading = marker !== null && !text.slice(trimmed.start, trimmed.end).includes('\n');
    const block: Block = { start: trimmed.start + (heading && marker ? marker[0].length : 0), end: trimmed.end, heading };
    const continues = open !== null && !open.heading && !heading && continuesOnNextBlock(text.slice(open.start, open.end));
    if (continues && open) open.end = block.end;
    else {
      open = block;
      blocks.push(block);
    }
  }
  return blocks;
}

/**
 * Whether a paragraph of extracted text whose source (from its first to its last character, syntax
 * included) is `paragraph` goes on in the block after it: it fills a printed line and does not end a
 * sentence, so the blank line after it is an artefact of the extraction, not a paragraph break.
 */
export function continuesOnNextBlock(paragraph: string): boolean {
  return paragraph.length >= FULL_LINE && !CLOSES_SENTENCE.test(paragraph);
}

function trim(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

/**
 * The pieces of `block` with the spans covering each, and where each span's note reference goes: after
 * the piece where the span ends, in the last block it overlaps. A span that lies wholly between blocks
 * (only whitespace) gets its reference at the end of the block before it (see {@link refHomes}).
 */
export function piecesOf(block: Block, spans: readonly LaidSpan[], refsHere: ReadonlyMap<string, number>): Piece[] {
  const inside = spans.filter((s) => s.start < block.end && s.end > block.start);
  const cuts = new Set<number>([block.start, block.end]);
  for (const s of inside) {
    cuts.add(Math.max(block.start, s.start));
    cuts.add(Math.min(block.end, s.end));
  }
  for (const at of refsHere.values()) if (at >= block.start && at <= block.end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({ start, end, covering: inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.id), refs: [] });
  }
  for (const [id, at] of refsHere) {
    const piece = pieces.find((p) => p.end === at) ?? pieces[pieces.length - 1];
    piece?.refs.push(id);
  }
  return pieces;
}

/**
 * For each span, the block index and offset its note reference is placed at: the end of the span within
 * the last block it overlaps, or the end of the nearest block before it when it overlaps none.
 */
export function refHomes(blocks: readonly Block[], spans: readonly LaidSpan[]): Map<number, Map<string, number>> {
  const homes = new Map<number, Map<string, number>>();
  for (const s of spans) {
    let home = -1;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.start < s.end && b.end > s.start) home = i;
      else if (b.start >= s.end) break;
    }
    if (home === -1) home = Math.max(0, blocks.findLastIndex((b) => b.end <= s.start));
    const block = blocks[home];
    if (!block) continue;
    const at = Math.min(Math.max(s.end, block.start), block.end);
    const map = homes.get(home) ?? new Map<string, number>();
    map.set(s.id, at);
    homes.set(home, map);
  }
  return homes;
}
