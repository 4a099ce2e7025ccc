/**
 * Splitting a document's text into the blocks the editor shows. Pure: no DOM, no ProseMirror, so the
 * offset arithmetic can be tested in Node.
 *
 * The rule is deliberately small, because every character it hides must be accounted for by the offset
 * map: a line that is empty or only whitespace separates blocks; a line starting with one to six `#` and
 * then a space, a tab or the line end is an ATX heading (the `#`s and the spaces after them are hidden,
 * the rest of the line is shown verbatim); every other run of lines is a paragraph whose text, internal
 * line endings included, is shown verbatim. Nothing else of Markdown (bold, links) is interpreted.
 * Lines are Verbatim's one definition (`shared/text`: CR LF, LF or a lone CR), as in the engine and the CLI.
 */
import { splitLines } from '../../shared/text';

/** One block of the source text as shown in the editor. Offsets are JS string indices into the text. */
export interface TextBlock {
  readonly type: 'paragraph' | 'heading';
  /** 1..6 for headings (the number of `#`), 0 for paragraphs. */
  readonly level: number;
  /** Start of the visible content (after a heading's hidden marker). */
  readonly from: number;
  /** End of the visible content, exclusive; never includes the line ending that closes the block. */
  readonly to: number;
}

/** Options for {@link segmentBlocks}. */
export interface SegmentOptions {
  /** Recognize `# Heading` lines; true by default (plain-text files quote Markdown booklets too). */
  readonly headings?: boolean;
}

const BLANK = /^\s*$/;
const HEADING_MARKER = /^(#{1,6})(?:[ \t]+|$)/;

/**
 * Splits `text` into blocks in source order. Blocks never overlap and are separated by at least one line
 * ending, so every offset belongs to at most one block. A text with no visible content yields one empty
 * paragraph at offset 0, because a ProseMirror document needs at least one block.
 */
export function segmentBlocks(text: string, options: SegmentOptions = {}): TextBlock[] {
  const headings = options.headings ?? true;
  const blocks: TextBlock[] = [];
  let open: { from: number; to: number } | null = null;
  const close = (): void => {
    if (open) blocks.push({ type: 'paragraph', level: 0, from: open.from, to: open.to });
    open = null;
  };
  for (const line of splitLines(text)) {
    const content = text.slice(line.start, line.end);
    if (BLANK.test(content)) {
      close();
      continue;
    }
    const marker = headings ? HEADING_MARKER.exec(content) : null;
    if (marker) {
      close();
      blocks.push({ type: 'heading', level: marker[1]?.length ?? 1, from: line.start + marker[0].length, to: line.end });
    } else if (open) {
      open.to = line.end;
    } else {
      open = { from: line.start, to: line.end };
    }
  }
  close();
  if (blocks.length === 0) blocks.push({ type: 'paragraph', level: 0, from: 0, to: 0 });
  return blocks;
}
