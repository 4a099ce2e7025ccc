// The API implementation of main/: what Electron's IPC, browser mode's HTTP host and the command line call.
export { openProject, sessionFor, createHandlers, ENGINE_CACHE_ENTRIES } from './project-session';
export type { ProjectSession, SessionOptions } from './project-session';
export type { CheckWorkerOptions } from './check-runner';
export type { ProjectCheckOptions } from './check-service';
export { createProject, addDocumentPaths, loadDocumentsFromPaths, MAX_DISK_FILE_BYTES } from './disk-documents';
export { sampleProjectSource, ensureSampleProject, SAMPLE_PROJECT_NAME, fingerprint } from './sample-project';
export { toServiceError } from './errors';
export { logError, setLogSink, describeCause } from './logger';
export type { LogSink } from './logger';
export { exportProject, editionInput, safeFileStem } from './export-service';
export type { ExportResult } from './export-service';
export { importAnnotationFile, importPaths, MAX_ANNOTATION_FILE_BYTES } from './import-service';
export type { PathImportResult } from './import-service';
export { printWithChromium, setPdfPrinter, pdfPrinter, findChromium, missingChromiumMessage } from './pdf-printer';
export type { PdfPrinter } from './pdf-printer';
