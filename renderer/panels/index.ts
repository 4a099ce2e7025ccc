// The panels around the document: lists, toolbar, notices and the quote-check summary.
export { AnnotationList } from './annotation-list';
export { CheckPanel } from './check-panel';
export type { CheckPanelEvents } from './check-panel';
export { DocumentList } from './document-list';
export { Notices, renderProjectWarnings } from './notices';
export type { NoticeTone } from './notices';
export { Toolbar } from './toolbar';
export type { ToolbarEvents } from './toolbar';
export { rovingFocus, setRovingStop } from './roving-focus';
export type { Orientation } from './roving-focus';
