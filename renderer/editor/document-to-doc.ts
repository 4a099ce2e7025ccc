import type { Mark, Node as PmNode } from 'prosemirror-model';
import { markdownLayout, textblocksOf, type InlineMark, type LayoutBlock, type Piece } from '../../shared/text';
import { OffsetMap, type MappedPiece } from './offset-map';
import { schema } from './schema';

/** A document's text as a ProseMirror document, with the exact map between the two. */
export interface ConvertedDocument {
  doc: PmNode;
  map: OffsetMap;
}

function toMark(mark: InlineMark): Mark {
  if (mark.type === 'link') return schema.marks.link.create({ href: mark.href, title: mark.title });
  return schema.marks[mark.type].create();
}

function inline(text: string, pieces: readonly Piece[], code: boolean): PmNode[] {
  return pieces.map((p) => schema.text(text.slice(p.from, p.to), code ? [] : p.marks.map(toMark)));
}

function toNode(text: string, block: LayoutBlock): PmNode {
  const { nodes } = schema;
  switch (block.type) {
    case 'paragraph':
      return nodes.paragraph.create(null, inline(text, block.pieces, false));
    case 'heading':
      return nodes.heading.create({ level: block.level }, inline(text, block.pieces, false));
    case 'code_block':
      return nodes.code_block.create(null, inline(text, block.pieces, true));
    case 'horizontal_rule':
      return nodes.horizontal_rule.create();
    case 'blockquote':
      return nodes.blockquote.create(null, block.children.map((b) => toNode(text, b)));
    case 'bullet_list':
      return nodes.bullet_list.create(null, block.children.map((b) => toNode(text, b)));
    case 'ordered_list':
      return nodes.ordered_list.create({ order: block.order }, block.children.map((b) => toNode(text, b)));
    case 'list_item':
      return nodes.list_item.create(null, block.children.map((b) => toNode(text, b)));
  }
}

/** Top-level blocks of a document longer than this many are grouped in sections of this many. */
export const SECTION_BLOCKS = 40;

/**
 * `nodes` as they go in the document: as they are when there are few, else in sections of
 * {@link SECTION_BLOCKS}. With the corpus's 2,300 blocks in 58 sections, a redraw compares 58 children and
 * then the 40 of the one section whose decorations changed, and the browser skips (content-visibility)
 * and tracks 58 boxes off screen instead of 2,300. Sections hold no text, so offsets are unchanged.
 */
function sections(nodes: PmNode[]): PmNode[] {
  if (nodes.length <= SECTION_BLOCKS * 2) return nodes;
  const out: PmNode[] = [];
  for (let i = 0; i < nodes.length; i += SECTION_BLOCKS) out.push(schema.nodes.section.create(null, nodes.slice(i, i + SECTION_BLOCKS)));
  return out;
}

/**
 * Converts a document's text (as `readDocument` returns it) into a ProseMirror document and its
 * {@link OffsetMap}: the Markdown structure of `markdownLayout`, every shown character being the source
 * character at its offset, so `doc.textBetween(map.toPos(a), map.toPos(b))` equals `text.slice(a, b)`
 * for offsets in one piece. Pure: runs in Node as well as the browser. `layout`, when given, must be
 * `markdownLayout(text)` (computed elsewhere already, e.g. by the host with the first view).
 */
export function documentToDoc(text: string, layout: readonly LayoutBlock[] = markdownLayout(text)): ConvertedDocument {
  const blocks = layout.length > 0 ? layout : [{ type: 'paragraph', pieces: [] } as const];
  const doc = schema.nodes.doc.create(null, sections(blocks.map((b) => toNode(text, b))));
  // Textblocks come out of `descendants` in the order `textblocksOf` lists them, so each one's pieces are
  // placed from its content start.
  const textblocks = textblocksOf(blocks);
  const pieces: MappedPiece[] = [];
  let firstPos = -1;
  let k = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const block = textblocks[k++];
    if (firstPos < 0) firstPos = pos + 1;
    let at = pos + 1;
    for (const p of block?.pieces ?? []) {
      pieces.push({ from: p.from, to: p.to, pos: at });
      at += p.to - p.from;
    }
    return false;
  });
  return { doc, map: new OffsetMap(pieces, text.length, doc.content.size, firstPos < 0 ? 1 : firstPos) };
}
