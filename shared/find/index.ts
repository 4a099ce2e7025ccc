// Text search shared by the project search service and find-in-document in the renderer.
export { findText, queryPattern, MAX_QUERY_LENGTH } from './find-text';
export type { FoundSpan } from './find-text';
