import type { LockOwner } from './project-lock';
import type { Annotation, AnnotationPatch, DocumentRecord, LexiconEntry, NewAnnotation, ProjectData, ProjectSettings } from '../shared/model';

/** Why a file was not added, in words a user understands (`"scan.pdf: binary file (contains NUL bytes)"`). */
export class DocumentRefusedError extends Error {
  override readonly name = 'DocumentRefusedError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The project store opened read-only because `verbatim.json` could not be trusted; no write is attempted. */
export class ReadOnlyProjectError extends Error {
  override readonly name = 'ReadOnlyProjectError';
}

/** An annotation id that is not in the store. */
export class AnnotationNotFoundError extends Error {
  override readonly name = 'AnnotationNotFoundError';
}

/**
 * One open project folder: its documents and `verbatim.json`. All writes go through one serialized
 * writer and resolve only once the file is on disk (temp file + fsync + rename).
 */
export interface ProjectStore {
  /** Absolute path of the project folder. */
  readonly dir: string;
  /** True when `verbatim.json` failed to parse or validate; `warnings` says why and where the backup is. */
  readonly readOnly: boolean;
  readonly warnings: readonly string[];
  /** Each problem found in `verbatim.json` when it was opened, one line each; empty when it read cleanly. */
  readonly problems: readonly string[];
  /** Who holds the project's lock when this store could not take it (it is then read-only), else `null`. */
  readonly lockHolder: LockOwner | null;
  /** A snapshot of the data (do not mutate). */
  data(): Readonly<ProjectData>;
  documents(): readonly DocumentRecord[];
  /** Reads a document's text from disk (UTF-8, BOM stripped, line endings kept). */
  readText(id: string): Promise<string>;
  /**
   * Adds files (name + bytes): refuses binary, empty, non-UTF-8 or oversized ones; copies accepted ones into
   * the folder. An .html, .docx or .pdf file is kept as it is and its extracted text beside it as
   * `<name>.txt`, which becomes the document (`record.original` names the file it came from); `onProgress`
   * hears how far each extraction is (pages of a PDF).
   */
  addFiles(
    files: readonly { name: string; bytes: Uint8Array }[],
    onProgress?: (p: { file: string; done: number; total: number }) => void,
  ): Promise<{ added: DocumentRecord[]; refused: { name: string; reason: string }[] }>;
  annotations(document?: string): readonly Annotation[];
  /**
   * Creates an annotation over a span of the document's current text (read from its file), from input
   * that passed `NewAnnotation` at the boundary. Throws `DocumentNotFoundError`, `RangeError` (span
   * outside the text, dangling reference), `ReadOnlyProjectError`.
   */
  createAnnotation(input: NewAnnotation): Promise<Annotation>;
  /** Creates several annotations in one write, each over its document's current text; all or none (the first refused one throws, nothing is stored). */
  createAnnotations(inputs: readonly NewAnnotation[]): Promise<Annotation[]>;
  /** Puts back a deleted annotation exactly as it was (same id): the undo of a delete. */
  restoreAnnotation(annotation: Annotation): Promise<Annotation>;
  /** Moves an annotation onto `start..end` of its document's current text (re-attaching an orphan). */
  retargetAnnotation(id: string, span: { start: number; end: number }): Promise<Annotation>;
  updateAnnotation(patch: AnnotationPatch): Promise<Annotation>;
  deleteAnnotation(id: string): Promise<void>;
  /** Stores whole annotation records as given (an import), replacing those with the same id; see `upsertAnnotations`. */
  putAnnotations(annotations: readonly Annotation[]): Promise<void>;
  updateSettings(settings: Partial<ProjectSettings>): Promise<ProjectSettings>;
  setLexicon(entries: readonly LexiconEntry[]): Promise<void>;
  /** Waits for pending writes. */
  flush(): Promise<void>;
  /** Waits for pending writes and releases the project's lock; the store must not be used afterwards. */
  close(): Promise<void>;
}

/** The folder has no `verbatim.json` (and `create` was not asked for), or the folder itself does not exist. */
export class ProjectNotFoundError extends Error {
  override readonly name = 'ProjectNotFoundError';
}

/** A document id that is not in the store, or whose file is gone from the project folder. */
export class DocumentNotFoundError extends Error {
  override readonly name = 'DocumentNotFoundError';
}
