// The panels around the document: lists, toolbar, notices, adding documents and the quote-check summary.
export { AddDocuments, bytesToBase64, encodeFiles } from './add-documents';
export type { AddDocumentsEvents, EncodedFile } from './add-documents';
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
export { ExportPanel, download } from './export-panel';
export type { ExportPanelDeps } from './export-panel';
export { importFiles, describeAnnotationImports } from './import-files';
export type { ImportFilesResult } from './import-files';
