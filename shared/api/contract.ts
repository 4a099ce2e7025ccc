import { z } from 'zod';
import {
  Annotation, AnnotationPatch, Attribution, Creator, DocumentRecord, Gazetteer, Lexicon, NewAnnotation, ProjectSettings, Report, Severity,
  TransliterationIds, type LexiconEntry,
} from '../model';
import type { LayoutBlock } from '../text';
import { ExportFormat, type AnnotationImportResult, type ExportedFile } from './exchange';

/** Information the window shows about the open project. */
export interface ProjectInfo {
  name: string;
  /** Absolute folder path in Electron and the CLI; in browser mode the same (the host is local). */
  path: string;
  readOnly: boolean;
  /** Why the project is read-only, and any other problem found while opening it, for the user to read. */
  warnings: string[];
  settings: ProjectSettings;
}

/** A document with its full text. */
export interface DocumentContent {
  record: DocumentRecord;
  text: string;
}

/** A file refused by `addDocuments`, with the reason in words a user understands. */
export interface RefusedFile {
  name: string;
  reason: string;
}

/** An annotation with where it sits in the current text, or `anchor: null` when it is orphaned. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: { start: number; end: number } | null;
}

/** What `lexicon` answers: the spelling knowledge a check applies, and where each part comes from. */
export interface LexiconView {
  /** The project's own entries (`verbatim.json`), editable. */
  entries: LexiconEntry[];
  /** The entries shipped with Verbatim (data, with notes); they apply when `builtinLexicon` is on. */
  builtin: LexiconEntry[];
  builtinLexicon: boolean;
  /** The shipped transliteration schemes, and whether the project applies each. */
  schemes: { id: string; name: string; enabled: boolean }[];
}

/** A detected quote candidate that the user may accept as a `quote` annotation. */
export interface QuoteSuggestion {
  document: string;
  start: number;
  end: number;
  text: string;
  attribution: Attribution;
  /** How the candidate was found. */
  cue: 'quotation-marks' | 'block' | 'phrase';
  /** 0..1, higher is more certain. */
  confidence: number;
}

/** A place in a document where `findInProject` found the query, with some text either side for context. */
export interface TextMatch {
  document: string;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

/** What `findInProject` answers: the matches in document order, and how many there are in all. */
export interface ProjectMatches {
  matches: TextMatch[];
  total: number;
  /** Every document with a match and how many it has (all of them, not only those answered), in document order. */
  documents?: { document: string; total: number }[];
}

/** A document's file as it is on disk now: its sha256 and length, or why it cannot be read. */
export interface DocumentHash {
  id: string;
  sha256: string | null;
  length: number | null;
  problem?: string;
}

/** What `firstView` answers: what the window's first view draws, in one round trip. */
export interface FirstView {
  /** As `listDocuments` answers. */
  documents: DocumentRecord[];
  /** The document to open (the one asked for, else the first) as `readDocument` answers, or `null` when
   * there is none or it cannot be read (the window then asks `readDocument`, which says why). */
  open: DocumentContent | null;
  /** `markdownLayout(open.text)` (null with `open`), laid out here so the window need not parse it first. */
  layout: LayoutBlock[] | null;
  /** As `listAnnotations({})` answers. */
  annotations: AnchoredAnnotation[];
}

/** A check job's state as `checkStatus` answers it (see `startCheck`). */
export interface CheckJobStatus {
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** The engine's latest stage and how far it is, while running. */
  progress?: { stage: string; done: number; total: number };
  /** The report, in the first answer that says `done` only; later answers leave it out. */
  report?: Report;
  /** Why the job failed, in words a user understands. */
  error?: string;
}

/** Longest upload name the request itself accepts; a name the folder cannot hold is refused per file. */
export const MAX_UPLOAD_NAME_CHARS = 1024;

const Empty = z.object({}).strict();
const Id = z.object({ id: z.string().min(1) }).strict();

/**
 * An uploaded file: its name and its bytes as base64, so the service can check the encoding itself. Each
 * file is judged on its own (a bad name, bad base64, a binary or oversized file refuses only that file),
 * so only what would make the batch itself unreadable is refused here: the name is at most
 * `MAX_UPLOAD_NAME_CHARS` characters (the folder takes at most 255 bytes of UTF-8, checked per file).
 */
export const UploadedFile = z.object({
  name: z.string().min(1).max(MAX_UPLOAD_NAME_CHARS, `a file name has at most ${MAX_UPLOAD_NAME_CHARS} characters`),
  base64: z.string(),
}).strict();

interface Request<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  output?: O;
}
function request<O>() {
  return <I extends z.ZodType>(input: I): Request<I, O> => ({ input });
}

/**
 * Every request the renderer can make, declared once. Electron exposes each as an IPC channel
 * `verbatim:<name>`; browser mode as `POST /api/<name>`; both validate the payload with `input` first.
 */
export const API = {
  projectInfo: request<ProjectInfo>()(Empty),
  // Not `ProjectSettings.partial()`: zod 4 still applies defaults inside `.partial()`, which would reset
  // every setting the caller did not send.
  updateSettings: request<ProjectSettings>()(
    z.object({
      threshold: Severity.optional(), gazetteer: Gazetteer.optional(), creator: Creator.optional(),
      builtinLexicon: z.boolean().optional(), transliteration: TransliterationIds.optional(),
    }).strict(),
  ),
  /** The lexicon as it applies: the project's entries, the shipped ones (read-only) and the transliteration schemes. */
  lexicon: request<LexiconView>()(Empty),
  /** Replaces the project's own lexicon entries. */
  setLexicon: request<LexiconView>()(z.object({ entries: Lexicon }).strict()),
  listDocuments: request<DocumentRecord[]>()(Empty),
  readDocument: request<DocumentContent>()(Id),
  addDocuments: request<{ added: DocumentRecord[]; refused: RefusedFile[] }>()(
    z.object({ files: z.array(UploadedFile).min(1).max(500) }).strict(),
  ),
  listAnnotations: request<AnchoredAnnotation[]>()(z.object({ document: z.string().min(1).optional() }).strict()),
  createAnnotation: request<Annotation>()(NewAnnotation),
  updateAnnotation: request<Annotation>()(AnnotationPatch.strict()),
  deleteAnnotation: request<{ id: string }>()(Id),
  runCheck: request<Report>()(z.object({ minSeverity: Severity.optional() }).strict()),
  /** Starts a check in the background (a worker thread) and answers at once; an earlier running job is cancelled. */
  startCheck: request<{ job: string }>()(z.object({ minSeverity: Severity.optional() }).strict()),
  checkStatus: request<CheckJobStatus>()(z.object({ job: z.string().min(1).max(100) }).strict()),
  cancelCheck: request<{ cancelled: boolean }>()(z.object({ job: z.string().min(1).max(100) }).strict()),
  suggestQuotes: request<QuoteSuggestion[]>()(z.object({ document: z.string().min(1).optional() }).strict()),
  // Added for the editor (issue 7): completion, batch accept, undo of a delete, re-attaching orphans,
  // project search and noticing documents changed on disk.
  listOutlets: request<string[]>()(Empty),
  createAnnotations: request<Annotation[]>()(z.object({ annotations: z.array(NewAnnotation).min(1).max(2000) }).strict()),
  restoreAnnotation: request<AnchoredAnnotation>()(z.object({ annotation: Annotation }).strict()),
  reanchorAnnotation: request<AnchoredAnnotation>()(
    z
      .object({ id: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
      .strict()
      .refine((s) => s.end > s.start, { message: 'an annotation needs a non-empty span (end > start)' }),
  ),
  findInProject: request<ProjectMatches>()(
    z
      .object({
        query: z.string().min(1).max(500),
        limit: z.number().int().min(1).max(1000).optional(),
        /** At most this many matches of each document, so one document's many matches do not hide the others. */
        perDocument: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
  ),
  documentHashes: request<DocumentHash[]>()(Empty),
  /** An export of the project, or of one document, in one format (see `EXPORT_FORMATS`). */
  exportEdition: request<ExportedFile>()(z.object({ format: ExportFormat, document: z.string().min(1).optional() }).strict()),
  /**
   * The documents, the one the window opens first (`document`, else the first) with its text, and every
   * annotation: the window's first view in one request instead of three, the second waiting on the first.
   */
  firstView: request<FirstView>()(z.object({ document: z.string().min(1).optional() }).strict()),
  /** Imports a W3C Web Annotation JSON-LD file into the project. */
  importAnnotations: request<AnnotationImportResult>()(z.object({ file: UploadedFile }).strict()),
} as const;

export type ApiMethod = keyof typeof API;
export const API_METHODS = Object.keys(API) as ApiMethod[];

/** What a caller passes (defaults not yet applied). */
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = NonNullable<(typeof API)[M]['output']>;

/** The service side: one function per request, throwing `ServiceError` for expected failures. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> };

/** The client side, as `window.verbatim` in Electron and the HTTP client in browser mode. */
export type VerbatimApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<import('./result').Result<ApiOutput<M>>>;
};

/** IPC channel for a method. */
export function channelOf(method: ApiMethod): string {
  return `verbatim:${method}`;
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}
