export { Attribution, PartialIsoDate } from './attribution';
export { SEVERITIES, SEVERITY_RANK, Severity, atLeast, DISCREPANCY_KINDS, DiscrepancyKind } from './severity';
export { TextPositionSelector, TextQuoteSelector, Target, QUOTE_CONTEXT, targetFor } from './selectors';
export {
  ANNOTATION_KINDS, AnnotationKind, CROSSREF_RELATIONS, NOTE_STATUSES,
  ClaimBody, QuoteBody, CrossrefBody, CrossrefTo, NoteBody,
  Annotation, NewAnnotation, AnnotationPatch, Tags,
} from './annotation';
export type { ClaimAnnotation, QuoteAnnotation } from './annotation';
export { DocumentRecord } from './document';
export type { SourceDocument } from './document';
export { LexiconEntry, Lexicon, Gazetteer, Creator, TransliterationIds, ProjectSettings, ProjectData, SCHEMA_VERSION } from './project';
export * as LIMITS from './limits';
export {
  MAX_NOTE_CHARS, MAX_TAGS, MAX_TAG_CHARS, MAX_CITES, MAX_ID_CHARS, MAX_ATTRIBUTION_CHARS, MAX_URL_CHARS,
  MAX_CREATOR_CHARS, MAX_GAZETTEER_ENTRIES, MAX_GAZETTEER_ENTRY_CHARS, MAX_LEXICON_ENTRIES, MAX_LEXICON_VARIANTS,
  MAX_LEXICON_VARIANT_CHARS, MAX_LEXICON_NOTE_CHARS,
} from './limits';
export {
  REPORT_VERSION, Report, ReportDocument, Witness, Cluster, Discrepancy, DiscrepancySide, ClaimFlag,
  CLUSTER_KINDS, ClusterKind, Reading, ReadingWitness, Variant,
} from './report';
