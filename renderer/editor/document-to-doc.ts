import type { Node as PmNode } from 'prosemirror-model';
import { OffsetMap } from './offset-map';
import { schema } from './schema';
import { segmentBlocks, type SegmentOptions } from './text-blocks';

/** A document's text as a ProseMirror document, with the exact map between the two. */
export interface ConvertedDocument {
  doc: PmNode;
  map: OffsetMap;
}

/**
 * Converts a document's text (as `readDocument` returns it) into a ProseMirror document and its
 * {@link OffsetMap}. Each block's content is the source text of that block, character for character, so
 * `doc.textBetween(map.toPos(a), map.toPos(b))` equals `text.slice(a, b)` for offsets in one block.
 * Pure: runs in Node as well as the browser.
 */
export function documentToDoc(text: string, options: SegmentOptions = {}): ConvertedDocument {
  const blocks = segmentBlocks(text, options);
  const nodes = blocks.map((b) => {
    const content = b.to > b.from ? [schema.text(text.slice(b.from, b.to))] : [];
    return b.type === 'heading'
      ? schema.nodes.heading.create({ level: b.level }, content)
      : schema.nodes.paragraph.create(null, content);
  });
  return { doc: schema.nodes.doc.create(null, nodes), map: new OffsetMap(blocks, text.length) };
}
