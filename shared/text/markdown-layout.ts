/**
 * What of a document's text the editor shows, and how: the Markdown structure (headings, paragraphs, block
 * quotes, lists, code, emphasis, links) with, for every character shown, the exact offset it has in the
 * source text. Pure (no DOM, no ProseMirror, no Node): the editor and the editions (annotations/export) both
 * lay documents out with it, so a reader sees the same structure in both.
 *
 * The structure comes from markdown-it, the tokenizer prosemirror-markdown is built on. markdown-it gives
 * block tokens with line ranges but no character offsets inside a line, so each piece of inline text is
 * located in the source from left to right: a text token is found at the cursor (or, for a backslash
 * escape or an entity such as `&amp;`, character by character just after it), and whatever the cursor
 * skips over is Markdown syntax — `#`, `>`, list markers, `**`, `[`, `](address)` — which is hidden. So
 * every character shown is a character of the source at its own offset; nothing is ever invented, and
 * when a block cannot be located (it never happens on CommonMark, but the editor must not break) that
 * block is shown verbatim instead.
 *
 * Plain-text files go through the same rules: the corpus has Markdown booklets saved as `.txt`, and prose
 * without Markdown comes out as paragraphs with its line breaks kept. Indented code blocks are turned off,
 * because text extracted from PDFs is full of indented lines that are not code.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import { splitLines } from './lines';

/** An inline mark of shown text. */
export type InlineMark =
  | { readonly type: 'em' | 'strong' | 'code' }
  | { readonly type: 'link'; readonly href: string; readonly title: string | null };

/** A run of shown characters: `text.slice(from, to)`, all with the same marks. */
export interface Piece {
  readonly from: number;
  readonly to: number;
  readonly marks: readonly InlineMark[];
}

/** A block of the layout, in source order; textblocks carry pieces, containers carry blocks. */
export type LayoutBlock =
  | { readonly type: 'paragraph'; readonly pieces: readonly Piece[] }
  | { readonly type: 'heading'; readonly level: number; readonly pieces: readonly Piece[] }
  | { readonly type: 'code_block'; readonly pieces: readonly Piece[] }
  | { readonly type: 'blockquote' | 'bullet_list' | 'list_item'; readonly children: readonly LayoutBlock[] }
  | { readonly type: 'ordered_list'; readonly order: number; readonly children: readonly LayoutBlock[] }
  | { readonly type: 'horizontal_rule' };

/** A textblock of the layout. */
export type LayoutTextblock = Extract<LayoutBlock, { pieces: readonly Piece[] }>;

/**
 * How far past the cursor a character of a text token may be found when the token is not at the cursor
 * verbatim (escapes, entities, the trailing space markdown-it strips before a line break). Long enough for
 * any entity (`&CounterClockwiseContourIntegral;`), short enough that a mismatch cannot wander far.
 */
const CHARACTER_WINDOW = 40;

const tokenizer = new MarkdownIt('commonmark', { html: false }).disable(['code']);

/** Thrown inside the walk when an inline cannot be located; caught per block, which is then shown verbatim. */
class Unlocated extends Error {}

/**
 * The text markdown-it reads: the same length as the source, so offsets agree. markdown-it itself would
 * turn `\r\n` into `\n` and shift everything after; here `\r` before `\n` becomes a space (markdown-it
 * drops trailing spaces) and a lone `\r` a line feed.
 */
function parseCopy(text: string): string {
  return text.replace(/\r\n?/g, (m) => (m.length === 2 ? ' \n' : '\n')).replace(/\0/g, '\uFFFD');
}

/** Builds pieces from located characters, merging runs with the same marks. */
class PieceBuilder {
  readonly pieces: Piece[] = [];

  add(from: number, to: number, marks: readonly InlineMark[]): void {
    if (to <= from) return;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.to === from && last.marks === marks) this.pieces[this.pieces.length - 1] = { from: last.from, to, marks };
    else this.pieces.push({ from, to, marks });
  }
}

/** Walks one inline token's children, locating each in `src` between `start` and `limit`. */
class InlineWalker {
  private cursor: number;
  private marks: readonly InlineMark[] = [];
  readonly out = new PieceBuilder();

  constructor(
    private readonly src: string,
    start: number,
    private readonly limit: number,
  ) {
    this.cursor = start;
  }

  walk(tokens: readonly Token[]): void {
    for (const t of tokens) this.token(t);
  }

  private token(t: Token): void {
    switch (t.type) {
      case 'text':
      case 'code_inline':
        if (t.type === 'code_inline') this.push({ type: 'code' });
        this.text(t.content, t.type === 'code_inline');
        if (t.type === 'code_inline') this.pop();
        return;
      case 'softbreak':
      case 'hardbreak':
        this.text('\n');
        return;
      case 'em_open':
        return this.push({ type: 'em' });
      case 'strong_open':
        return this.push({ type: 'strong' });
      case 'link_open':
        return this.push({ type: 'link', href: t.attrGet('href') ?? '', title: t.attrGet('title') });
      case 'em_close':
      case 'strong_close':
        return this.pop();
      case 'link_close':
        this.pop();
        this.skipLinkTail();
        return;
      case 'image':
        // The alternative text is shown (it is what the source says there); the address is syntax.
        this.walk(t.children ?? []);
        this.skipLinkTail();
        return;
      default:
        // Anything else inline (html is off) carries no text of its own.
        return;
    }
  }

  private push(mark: InlineMark): void {
    this.marks = [...this.marks, mark];
  }

  private pop(): void {
    this.marks = this.marks.slice(0, -1);
  }

  /**
   * Locates `content` at the cursor, or character by character just after it. In code, markdown-it has
   * turned line breaks into spaces, so there any white space of the source stands for a space.
   */
  private text(content: string, code = false): void {
    if (content === '') return;
    const { src } = this;
    if (src.startsWith(content, this.cursor) && this.cursor + content.length <= this.limit) {
      this.out.add(this.cursor, this.cursor + content.length, this.marks);
      this.cursor += content.length;
      return;
    }
    for (const ch of content) {
      const at = this.find(ch, code);
      if (at < 0) throw new Unlocated(`"${ch}" not found near ${this.cursor}`);
      this.out.add(at, at + ch.length, this.marks);
      this.cursor = at + ch.length;
    }
  }

  private find(ch: string, code: boolean): number {
    const end = Math.min(this.limit, this.cursor + CHARACTER_WINDOW);
    const anySpace = code && /\s/.test(ch);
    for (let i = this.cursor; i < end; i++) {
      if (anySpace ? /\s/.test(this.src[i] ?? '') : this.src.startsWith(ch, i)) return i;
    }
    return -1;
  }

  /** After a link's text: skip `](address "title")`, `][label]` or `]`, so the address is never shown. */
  private skipLinkTail(): void {
    const { src } = this;
    let i = src.indexOf(']', this.cursor);
    if (i < 0 || i >= this.limit) return;
    i += 1;
    if (src[i] === '(') {
      let depth = 0;
      for (; i < this.limit; i++) {
        if (src[i] === '\\') i += 1;
        else if (src[i] === '(') depth += 1;
        else if (src[i] === ')' && --depth === 0) break;
      }
      this.cursor = Math.min(this.limit, i + 1);
    } else if (src[i] === '[') {
      const close = src.indexOf(']', i);
      this.cursor = close >= 0 && close < this.limit ? close + 1 : i;
    } else {
      this.cursor = i;
    }
  }
}

/** The layout of `text` (see the file comment). An empty or blank text has no blocks. */
export function markdownLayout(text: string): LayoutBlock[] {
  const copy = parseCopy(text);
  const tokens = tokenizer.parse(copy, {});
  // Verbatim's one definition of a line (CR LF, LF or a lone CR), which markdown-it's lines follow too.
  const lines = splitLines(text);
  const lineAt = (line: number) => lines[Math.min(line, lines.length - 1)]!;
  const lineStart = (line: number): number => lineAt(line).start;
  /** End of line `line`'s content, before its line ending. */
  const lineEnd = (line: number): number => lineAt(line).end;

  /** Pieces of an inline (or a code block's content) spanning lines `map[0]..map[1]`. */
  const locate = (token: Token, map: [number, number], children: readonly Token[] | null): Piece[] => {
    const from = lineStart(map[0]);
    const to = lineEnd(Math.max(map[0], map[1] - 1));
    try {
      const walker = new InlineWalker(copy, from, to);
      if (children) walker.walk(children);
      else walker.walk([{ type: 'text', content: token.content.replace(/\n$/, '') } as Token]);
      return walker.out.pieces;
    } catch (error) {
      if (!(error instanceof Unlocated)) throw error;
      return to > from ? [{ from, to, marks: [] }] : [];
    }
  };

  let index = 0;
  const blocks = (closing: string | null): LayoutBlock[] => {
    const out: LayoutBlock[] = [];
    while (index < tokens.length) {
      const t = tokens[index++]!;
      if (closing !== null && t.type === closing) return out;
      const map = (t.map ?? [0, 0]) as [number, number];
      switch (t.type) {
        case 'paragraph_open':
        case 'heading_open': {
          const inline = tokens[index]?.type === 'inline' ? tokens[index++]! : null;
          index += 1; // the close token
          const pieces = inline ? locate(inline, (inline.map ?? map) as [number, number], inline.children ?? []) : [];
          out.push(t.type === 'heading_open' ? { type: 'heading', level: Number(t.tag.slice(1)) || 1, pieces } : { type: 'paragraph', pieces });
          break;
        }
        case 'fence': {
          // The content lies between the fence lines (an unclosed fence runs to the end of its block).
          const inner: [number, number] = [map[0] + 1, Math.max(map[0] + 1, map[1] - 1)];
          const closed = /^\s*(`{3,}|~{3,})/.test(copy.slice(lineStart(map[1] - 1), lineEnd(map[1] - 1))) && map[1] - 1 > map[0];
          const pieces = t.content === '' ? [] : locate(t, closed ? inner : [map[0] + 1, map[1]], null);
          out.push({ type: 'code_block', pieces });
          break;
        }
        case 'hr':
          out.push({ type: 'horizontal_rule' });
          break;
        case 'blockquote_open':
          out.push({ type: 'blockquote', children: nonEmpty(blocks('blockquote_close')) });
          break;
        case 'bullet_list_open':
          out.push({ type: 'bullet_list', children: blocks('bullet_list_close') });
          break;
        case 'ordered_list_open':
          out.push({ type: 'ordered_list', order: Number(t.attrGet('start') ?? 1) || 1, children: blocks('ordered_list_close') });
          break;
        case 'list_item_open':
          out.push({ type: 'list_item', children: nonEmpty(blocks('list_item_close')) });
          break;
        default:
          // html_block is off, code_block is off; anything else carries no shown text.
          break;
      }
    }
    return out;
  };
  return blocks(null);
}

/** A container needs a block (ProseMirror's `block+`): an empty `>` or `-` gets an empty paragraph. */
function nonEmpty(children: LayoutBlock[]): LayoutBlock[] {
  return children.length > 0 ? children : [{ type: 'paragraph', pieces: [] }];
}

/** Every textblock of `layout` in document order (the order ProseMirror's `descendants` visits them). */
export function textblocksOf(layout: readonly LayoutBlock[]): LayoutTextblock[] {
  const out: LayoutTextblock[] = [];
  const visit = (blocks: readonly LayoutBlock[]): void => {
    for (const b of blocks) {
      if ('pieces' in b) out.push(b);
      else if ('children' in b) visit(b.children);
    }
  };
  visit(layout);
  return out;
}
