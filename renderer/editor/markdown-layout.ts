// The layout moved to shared/text, where the editions use it too; this re-export keeps the renderer's
// older deep imports (renderer/panels/review-format.ts) working. New code imports from shared/text.
export { markdownLayout, textblocksOf, hiddenMask, shownText } from '../../shared/text';
export type { InlineMark, LayoutBlock, LayoutTextblock, Piece } from '../../shared/text';
