export { Attribution, PartialIsoDate } from './attribution';
export { SEVERITIES, SEVERITY_RANK, Severity, atLeast, DISCREPANCY_KINDS, DiscrepancyKind } from './severity';
export { TextPositionSelector, TextQuoteSelector, Target, QUOTE_CONTEXT, targetFor } from './selectors';
export {
  ANNOTATION_KINDS, AnnotationKind, CROSSREF_RELATIONS, NOTE_STATUSES,
  ClaimBody, QuoteBody, CrossrefBody, CrossrefTo, NoteBody,
  Annotation, NewAnnotation, AnnotationPatch,
} from './annotation';
export type { ClaimAnnotation, QuoteAnnotation } from './annotation';
export { DocumentRecord } from './document';
export type { SourceDocument } from './document';
export { LexiconEntry, ProjectSettings, ProjectData, SCHEMA_VERSION } from './project';
export {
  REPORT_VERSION, Report, ReportDocument, Witness, Cluster, Discrepancy, DiscrepancySide, ClaimFlag,
  CLUSTER_KINDS, ClusterKind, Reading, ReadingWitness, Variant,
} from './report';
