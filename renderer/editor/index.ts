// The editor's public API: the document pane, its plugins, the pure text-to-document conversion and its offset map.
export { DocumentPane } from './document-pane';
export type { DocumentPaneEvents, SpanAnnotation, SpanSuggestion } from './document-pane';
export { documentToDoc } from './document-to-doc';
export type { ConvertedDocument } from './document-to-doc';
export { OffsetMap } from './offset-map';
export type { Bias, MappedPiece, PmRange, TextSpan } from './offset-map';
export { markdownLayout, textblocksOf, hiddenMask, shownText } from '../../shared/text';
export type { InlineMark, LayoutBlock, LayoutTextblock, Piece } from '../../shared/text';
export { schema } from './schema';
export {
  annotationDecorations, annotationDecorationsKey, placeAnnotations, upsertAnnotations, removeAnnotations, activateAnnotation,
  annotationsAt, placedAnnotation,
} from './annotation-decorations';
export type { PlacedAnnotation } from './annotation-decorations';
export { annotationKeys } from './annotation-keys';
export type { AnnotationGestures } from './annotation-keys';
export { hoverCard, HOVER_CARD_ID } from './hover-card';
export type { HoverCardOptions } from './hover-card';
export { suggestionMarks, placeSuggestions } from './suggestion-marks';
export type { PlacedSuggestion } from './suggestion-marks';
export { findHighlights, showMatches } from './find-highlights';
export { pendingSelection, showPending } from './pending-selection';
export { readOnlyText } from './read-only';
