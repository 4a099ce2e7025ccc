import { Schema, type DOMOutputSpec, type Node as PmNode } from 'prosemirror-model';

/**
 * The editor's schema: a document of headings and paragraphs holding plain text, no marks. Annotations are
 * never written into the document (they are decorations), and the text is never edited: the schema only
 * has to show the source faithfully. `whitespace: 'pre'` keeps line endings and runs of spaces as they are
 * in the source, so every character keeps its offset.
 */
export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      parseDOM: [{ tag: 'p', preserveWhitespace: 'full' }],
      toDOM: (): DOMOutputSpec => ['p', 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      whitespace: 'pre',
      defining: true,
      attrs: { level: { default: 1, validate: 'number' } },
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, preserveWhitespace: 'full' as const, attrs: { level } })),
      toDOM: (node: PmNode): DOMOutputSpec => {
        const level = headingLevel(node);
        // The page's own title is the only <h1>; a document's `#` heading becomes <h2> and so on, so the
        // outline a screen reader announces stays nested under the application's heading.
        return [`h${Math.min(6, level + 1)}`, { class: `doc-heading doc-heading-${level}` }, 0];
      },
    },
    text: {},
  },
  marks: {},
});

function headingLevel(node: PmNode): number {
  const level: unknown = node.attrs['level'];
  return typeof level === 'number' && level >= 1 && level <= 6 ? level : 1;
}
