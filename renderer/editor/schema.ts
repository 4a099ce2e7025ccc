import { Schema, type DOMOutputSpec, type MarkSpec, type Node as PmNode, type NodeSpec } from 'prosemirror-model';
import { schema as markdownSchema } from 'prosemirror-markdown';

/**
 * The editor's schema: prosemirror-markdown's CommonMark schema (headings, paragraphs, block quotes,
 * lists, code blocks, rules; emphasis, strong, code and links), adapted to a reader of source documents:
 *
 * - every textblock keeps white space as in the source (`whitespace: 'pre'`), so line endings and runs
 *   of spaces keep their offsets; the text is never edited, only shown;
 * - a document's `#` heading becomes `<h2>` and so on, so the page's own title stays the only `<h1>` and
 *   the outline a screen reader announces nests under the application;
 * - links are shown (underlined, the address in their tooltip) but never followed: a source document
 *   must not be able to navigate the window away.
 *
 * - a long document's top-level blocks are grouped in `section` nodes (a `div.doc-section` each), which
 *   change no offset and nothing shown.
 *
 * Annotations are never written into the document: they are decorations (see annotation-decorations.ts).
 */
const nodes = markdownSchema.spec.nodes
  // A long document's top-level blocks grouped in runs (see document-to-doc.ts): ProseMirror then redraws
  // and the browser lays out and paints by section, not by each of thousands of blocks.
  .update('doc', { ...(markdownSchema.spec.nodes.get('doc') as NodeSpec), content: '(block | section)+' })
  .addToEnd('section', { content: 'block+', toDOM: (): DOMOutputSpec => ['div', { class: 'doc-section' }, 0] })
  .update('paragraph', { ...(markdownSchema.spec.nodes.get('paragraph') as NodeSpec), whitespace: 'pre' })
  .update('heading', {
    ...(markdownSchema.spec.nodes.get('heading') as NodeSpec),
    content: 'text*',
    whitespace: 'pre',
    toDOM: (node: PmNode): DOMOutputSpec => {
      const level = headingLevel(node);
      return [`h${Math.min(6, level + 1)}`, { class: `doc-heading doc-heading-${level}` }, 0];
    },
  })
  .update('code_block', {
    ...(markdownSchema.spec.nodes.get('code_block') as NodeSpec),
    toDOM: (): DOMOutputSpec => ['pre', { class: 'doc-code' }, ['code', 0]],
  })
  .update('ordered_list', {
    ...(markdownSchema.spec.nodes.get('ordered_list') as NodeSpec),
    toDOM: (node: PmNode): DOMOutputSpec => {
      const order: unknown = node.attrs['order'];
      return ['ol', typeof order === 'number' && order !== 1 ? { start: String(order) } : {}, 0];
    },
  });

const marks = markdownSchema.spec.marks.update('link', {
  attrs: { href: {}, title: { default: null } },
  inclusive: false,
  toDOM: (mark): DOMOutputSpec => {
    const href = String(mark.attrs['href'] ?? '');
    return ['span', { class: 'doc-link', 'data-href': href, title: `Link to ${href} (not followed from the editor)` }, 0];
  },
} satisfies MarkSpec);

/** The node types the editor builds (prosemirror-markdown's image and hard_break exist but are not used). */
export type NodeName =
  | 'doc' | 'section' | 'paragraph' | 'blockquote' | 'horizontal_rule' | 'heading' | 'code_block'
  | 'ordered_list' | 'bullet_list' | 'list_item' | 'text' | 'image' | 'hard_break';
/** The mark types: emphasis, strong, links (shown, not followed) and inline code. */
export type MarkName = 'em' | 'strong' | 'link' | 'code';

export const schema = new Schema<NodeName, MarkName>({ nodes, marks });

function headingLevel(node: PmNode): number {
  const level: unknown = node.attrs['level'];
  return typeof level === 'number' && level >= 1 && level <= 6 ? level : 1;
}
