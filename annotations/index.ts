/**
 * The public API of annotations/: the project store, document ingest, anchoring, migrations and the
 * `verbatim.json` format. Other folders import from here, never from the files inside.
 */
export {
  ProjectNotFoundError, DocumentNotFoundError, DocumentRefusedError, ReadOnlyProjectError, AnnotationNotFoundError,
} from './types';
export type { ProjectStore } from './types';
export { openProjectStore, PROJECT_FILE } from './project-store';
export type { OpenProjectOptions } from './project-store';
export { ingestFile, sha256OfText, documentIdFor } from './documents';
export type { IngestedFile } from './documents';
export {
  anchor, anchorAll, matchQuote, scoreCandidate, errorBudget,
  QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT, ERROR_BUDGET_RATIO, MIN_ERROR_BUDGET, MAX_ERROR_BUDGET,
} from './anchoring';
export type { QuoteMatch, Candidate } from './anchoring';
export { migrate, migrateV0toV1, schemaVersionOf, MIGRATIONS } from './migrations';
export type { Migration, MigrationResult, JsonObject } from './migrations';
export {
  JsonFileAdapter, writeFileAtomic, removeLeftoverTempFiles, tempNameFor, parseTempName, readProjectText, OutsideChangeError,
} from './json-file-adapter';
export { loadProjectBytes, backupBrokenFile, backupStamp, MAX_REPORTED_PROBLEMS } from './load-project';
export type { LoadedProject, LoadOptions } from './load-project';
export {
  acquireProjectLock, readLockOwner, describeOwner, isProcessAlive, lockPaths, ProjectLockedError,
  LOCK_UPDATE_MS, FOREIGN_STALE_MS, OWNER_GRACE_MS,
} from './project-lock';
export type { LockOwner, ProjectLock } from './project-lock';
export { outsideChanges, applyOutsideChanges } from './outside-changes';
export type { OutsideChanges, MergeOutcome } from './outside-changes';
export { toProjectJSON, canonicalJSON } from './project-json';
export { validateProject, isSafeRelativePath, emptyProject } from './validate-project';
export type { ValidationResult, ValidationProblem } from './validate-project';
export {
  toHtmlEdition, toMarkdownEdition, toWebAnnotationCollection, toTei, toDiscrepancyCsv, indexEdition, teiId,
  escapeHtml, escapeXml, escapeMarkdown, neutraliseFormula, isWebUrl, documentIri, annotationIri, motivationOf,
  CSV_COLUMNS, EDITION_CSP, TEI_NS, ANNO_CONTEXT, VERBATIM_CONTEXT, VERBATIM_VOCAB,
} from './export';
export type { EditionInput, EditionDocument, EditionIndex, PlacedAnnotation } from './export';
export { extractText, extractTextBytes, isConvertible, CONVERTIBLE_EXTENSIONS, planWebAnnotationImport, annotationsOfFile } from './import';
export type { ExtractedText, ExtractionProgress, AnnotationImportPlan, ImportContext, ImportOrphan } from './import';
export { mergeProjects, MergeError, CONFLICT_TAG, THEIRS_SUFFIX } from './merge';
export type { MergeConflict, MergeResult } from './merge';
export { upsertAnnotations } from './annotation-ops';
