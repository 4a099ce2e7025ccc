// The editor's public API: the document pane, the pure text-to-document conversion and its offset map.
export { DocumentPane } from './document-pane';
export type { DocumentPaneEvents, SpanAnnotation } from './document-pane';
export { documentToDoc } from './document-to-doc';
export type { ConvertedDocument } from './document-to-doc';
export { OffsetMap } from './offset-map';
export type { Bias, PmRange, TextSpan } from './offset-map';
export { segmentBlocks } from './text-blocks';
export type { SegmentOptions, TextBlock } from './text-blocks';
export { schema } from './schema';
export { annotationDecorations, annotationDecorationsKey, placeAnnotations, activateAnnotation } from './annotation-decorations';
export type { PlacedAnnotation } from './annotation-decorations';
export { readOnlyText } from './read-only';
