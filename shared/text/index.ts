// Text rules every process shares: what a line is, and how a document's Markdown is laid out and shown.
export { splitLines, lineColumn, lineBreakAt, isLineBreakChar } from './lines';
export type { Line } from './lines';
export { markdownLayout, textblocksOf } from './markdown-layout';
export type { InlineMark, LayoutBlock, LayoutTextblock, Piece } from './markdown-layout';
export { hiddenMask, shownText, shownRange } from './shown-text';
export type { ShownRange } from './shown-text';
export { tooLargeReason } from './too-large';
