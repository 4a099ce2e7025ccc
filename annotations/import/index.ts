// Imports: text extraction for documents in other formats, and W3C Web Annotation JSON-LD.
export { extractText, extractTextBytes, isConvertible, CONVERTIBLE_EXTENSIONS } from './extract-text';
export type { ExtractedText, ExtractionProgress } from './extract-text';
export { planWebAnnotationImport, annotationsOfFile } from './web-annotation-import';
export type { AnnotationImportPlan, ImportContext, ImportOrphan } from './web-annotation-import';
