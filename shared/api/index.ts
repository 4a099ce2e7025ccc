export { ok, fail, ServiceError } from './result';
export type { Result, ApiError, ApiErrorCode } from './result';
export { API, API_METHODS, UploadedFile, MAX_UPLOAD_NAME_CHARS, channelOf, isApiMethod } from './contract';
export type {
  ApiMethod, ApiInput, ApiParsedInput, ApiOutput, ApiHandlers, VerbatimApi,
  ProjectInfo, CheckJobStatus, DocumentContent, RefusedFile, AnchoredAnnotation, QuoteSuggestion, LexiconView,
  TextMatch, ProjectMatches, DocumentHash,
} from './contract';
export { dispatch, describeIssues } from './dispatch';
export type { ErrorLogger } from './dispatch';
export { APP_EVENT_TYPES, isAppEvent } from './events';
export type { AppEvent, VerbatimEvents } from './events';
export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, ExportFormat, DOCUMENT_FILE_EXTENSIONS, ANNOTATION_FILE_EXTENSIONS, isAnnotationFile } from './exchange';
export type { ExportedFile, AnnotationImportResult, ImportedOrphan } from './exchange';
