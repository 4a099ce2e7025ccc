/**
 * Which way to resolve an offset or position that has no exact counterpart: a character the editor hides
 * (Markdown syntax, the blank lines between blocks) or a position between two blocks. `1` resolves to the
 * start of the next shown character, `-1` to the end of the previous one.
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

/** A run of shown characters: source `from..to` is drawn at positions `pos..pos + (to - from)`. */
export interface MappedPiece {
  readonly from: number;
  readonly to: number;
  readonly pos: number;
}

/**
 * The exact correspondence between offsets in a document's text and positions in the ProseMirror document
 * built from it by `documentToDoc`.
 *
 * The document shows the text as pieces: runs of source characters drawn one for one (both count UTF-16
 * code units, so astral characters and CRLF need no special case), in source order. Characters between
 * pieces are hidden (Markdown syntax, blank lines) and take no position. Inside a piece the map is a
 * translation; elsewhere it resolves by {@link Bias}. Every shown offset round-trips exactly:
 * `toOffset(toPos(o), b) === o` for the bias `b` that points into the piece holding `o` (`-1` at a piece's
 * end, `1` at its start); every position inside a textblock round-trips: `toPos(toOffset(p)) === p`.
 */
export class OffsetMap {
  /**
   * @param pieces the shown runs in source order, as `documentToDoc` places them (source and position
   *   both ascending)
   * @param textLength the length of the whole text, for range checks
   * @param docSize the ProseMirror document's `content.size`, for range checks
   * @param firstPos where the caret goes when nothing is shown (an empty document)
   */
  constructor(
    readonly pieces: readonly MappedPiece[],
    readonly textLength: number,
    readonly docSize: number,
    private readonly firstPos = 1,
  ) {}

  /**
   * The ProseMirror position of text offset `offset` (0..textLength). Hidden offsets resolve by `bias`.
   * @throws RangeError when `offset` is not an integer within the text
   */
  toPos(offset: number, bias: Bias = 1): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.textLength) {
      throw new RangeError(`offset ${offset} is outside a text of length ${this.textLength}`);
    }
    const { pieces } = this;
    if (pieces.length === 0) return this.firstPos;
    const i = lastIndexWhere(pieces.length, (k) => pieces[k]!.from <= offset);
    const piece = i >= 0 ? pieces[i]! : null;
    if (piece && offset <= piece.to) return piece.pos + (offset - piece.from);
    if (!piece) return pieces[0]!.pos;
    const next = pieces[i + 1];
    if (bias < 0 || !next) return piece.pos + (piece.to - piece.from);
    return next.pos;
  }

  /**
   * The text offset of ProseMirror position `pos` (0..docSize). A position where two pieces meet (hidden
   * syntax between them) or between blocks resolves by `bias`: to the end of the piece before it (`-1`) or
   * the start of the piece after it (`1`).
   * @throws RangeError when `pos` is not an integer within the document
   */
  toOffset(pos: number, bias: Bias = 1): number {
    if (!Number.isInteger(pos) || pos < 0 || pos > this.docSize) {
      throw new RangeError(`position ${pos} is outside a document of size ${this.docSize}`);
    }
    const { pieces } = this;
    if (pieces.length === 0) return 0;
    const i = lastIndexWhere(pieces.length, (k) => pieces[k]!.pos <= pos);
    if (i < 0) return pieces[0]!.from;
    const piece = pieces[i]!;
    const end = piece.pos + (piece.to - piece.from);
    const before = pieces[i - 1];
    if (pos === piece.pos && bias < 0 && before && before.pos + (before.to - before.from) === pos) return before.to;
    if (pos <= end) return piece.from + (pos - piece.pos);
    const next = pieces[i + 1];
    if (bias < 0 || !next) return piece.to;
    return next.from;
  }

  /**
   * The ProseMirror range showing text span `start..end`, shrunk to the shown characters. `null` when
   * both ends resolve to one position (the span lies wholly in hidden text), so there is nothing to draw.
   */
  toRange(span: TextSpan): PmRange | null {
    const from = this.toPos(span.start, 1);
    const to = this.toPos(span.end, -1);
    return from < to ? { from, to } : null;
  }

  /**
   * The text span under ProseMirror range `from..to` (a selection). Endpoints snap inward to shown text,
   * so a selection never starts or ends on hidden syntax or on the break between two blocks (Shift+→
   * from a paragraph's end starts the span at the next paragraph's first character). With `text`, white
   * space at either end is trimmed too, so a span never starts or ends on a space or a line break.
   * Returns `null` for an empty span.
   */
  toSpan(range: PmRange, text?: string): TextSpan | null {
    let start = this.shownFrom(this.toOffset(range.from, 1));
    let end = this.shownTo(this.toOffset(range.to, -1));
    if (text !== undefined) {
      while (start < end && WHITE.test(text.charAt(start))) start++;
      while (end > start && WHITE.test(text.charAt(end - 1))) end--;
    }
    return start < end ? { start, end } : null;
  }

  /** `offset` as a span's start: moved past hidden text to the next shown character (none: kept). */
  private shownFrom(offset: number): number {
    const { pieces } = this;
    const i = lastIndexWhere(pieces.length, (k) => pieces[k]!.from <= offset);
    const next = pieces[i + 1];
    if (i < 0 || !next) return offset;
    return offset >= pieces[i]!.to ? next.from : offset;
  }

  /** `offset` as a span's end: moved back over hidden text to the end of the previous shown character. */
  private shownTo(offset: number): number {
    const { pieces } = this;
    const i = lastIndexWhere(pieces.length, (k) => pieces[k]!.from < offset);
    const piece = pieces[i];
    if (!piece) return offset;
    return Math.min(offset, piece.to);
  }
}

/** White space a span is trimmed of: spaces, tabs, line breaks, no-break spaces. */
const WHITE = /\s/u;

/** Binary search: the last index in `0..length-1` for which `pred` holds (`pred` monotone true..false), or -1. */
function lastIndexWhere(length: number, pred: (index: number) => boolean): number {
  let lo = 0;
  let hi = length - 1;
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
