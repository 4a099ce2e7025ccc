import type { TextBlock } from './text-blocks';

/**
 * Which way to resolve an offset or position that has no exact counterpart: a character hidden by the
 * editor (a heading's `# `, the blank lines between blocks) or a position between two blocks.
 * `1` resolves to the start of the next visible content, `-1` to the end of the previous one.
 */
export type Bias = -1 | 1;

/** A span of the document text, `start..end` in JS string indices, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A ProseMirror range, `from..to` in document positions. */
export interface PmRange {
  from: number;
  to: number;
}

/**
 * The exact correspondence between offsets in a document's text and positions in the ProseMirror document
 * built from it by `documentToDoc`.
 *
 * Block `i` of the ProseMirror document opens at position `P_i`; its content starts at `P_i + 1` and holds
 * the characters `from_i..to_i` of the text one for one (both count UTF-16 code units, so astral characters
 * and CRLF need no special case). Inside a block the map is a translation; between blocks it resolves by
 * {@link Bias}. Every visible offset round-trips exactly: `toOffset(toPos(o)) === o`; every position inside
 * a block round-trips too: `toPos(toOffset(p)) === p`.
 */
export class OffsetMap {
  /** Position of the first content position of each block, parallel to `blocks`. */
  private readonly starts: number[];

  /**
   * @param blocks the blocks of the text in source order, as `segmentBlocks` returns them (non-empty)
   * @param textLength the length of the whole text, for range checks
   */
  constructor(
    readonly blocks: readonly TextBlock[],
    readonly textLength: number,
  ) {
    if (blocks.length === 0) throw new RangeError('an offset map needs at least one block');
    this.starts = [];
    let pos = 1;
    for (const b of blocks) {
      this.starts.push(pos);
      pos += b.to - b.from + 2;
    }
  }

  /** Size of the ProseMirror document's content (`doc.content.size`). */
  get docSize(): number {
    const last = this.blocks.length - 1;
    return this.contentEnd(last) + 1;
  }

  /**
   * The ProseMirror position of text offset `offset` (0..textLength). Hidden offsets resolve by `bias`.
   * @throws RangeError when `offset` is not an integer within the text
   */
  toPos(offset: number, bias: Bias = 1): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.textLength) {
      throw new RangeError(`offset ${offset} is outside a text of length ${this.textLength}`);
    }
    const i = this.lastBlockWhere((b) => this.blocks[b]!.from <= offset);
    if (i >= 0 && offset <= this.blocks[i]!.to) return this.starts[i]! + (offset - this.blocks[i]!.from);
    // Hidden: before the first block, or in the gap after block i.
    if (i < 0) return this.starts[0]!;
    if (bias < 0 || i === this.blocks.length - 1) return this.contentEnd(i);
    return this.starts[i + 1]!;
  }

  /**
   * The text offset of ProseMirror position `pos` (0..docSize). A position between blocks resolves by
   * `bias` to the end of the block before it or the start of the block after it.
   * @throws RangeError when `pos` is not an integer within the document
   */
  toOffset(pos: number, bias: Bias = 1): number {
    if (!Number.isInteger(pos) || pos < 0 || pos > this.docSize) {
      throw new RangeError(`position ${pos} is outside a document of size ${this.docSize}`);
    }
    const i = this.lastBlockWhere((b) => this.starts[b]! <= pos);
    if (i >= 0 && pos <= this.contentEnd(i)) return this.blocks[i]!.from + (pos - this.starts[i]!);
    if (i < 0) return this.blocks[0]!.from;
    if (bias < 0 || i === this.blocks.length - 1) return this.blocks[i]!.to;
    return this.blocks[i + 1]!.from;
  }

  /**
   * The ProseMirror range showing text span `start..end`, shrunk to the visible characters. `null` when
   * both ends resolve to one position (the span lies wholly in hidden text), so there is nothing to draw.
   */
  toRange(span: TextSpan): PmRange | null {
    const from = this.toPos(span.start, 1);
    const to = this.toPos(span.end, -1);
    return from < to ? { from, to } : null;
  }

  /**
   * The text span under ProseMirror range `from..to` (a selection). Endpoints inside blocks convert
   * exactly; endpoints between blocks snap inward to visible text. Returns `null` for an empty span.
   */
  toSpan(range: PmRange): TextSpan | null {
    const start = this.toOffset(range.from, 1);
    const end = this.toOffset(range.to, -1);
    return start < end ? { start, end } : null;
  }

  private contentEnd(i: number): number {
    const b = this.blocks[i]!;
    return this.starts[i]! + (b.to - b.from);
  }

  /** Binary search: the last block index for which `pred` holds (`pred` monotone true..false), or -1. */
  private lastBlockWhere(pred: (index: number) => boolean): number {
    let lo = 0;
    let hi = this.blocks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pred(mid)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
