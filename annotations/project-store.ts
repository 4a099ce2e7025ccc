/**
 * The project store: one open project folder, its `verbatim.json` (through lowdb and `JsonFileAdapter`) and
 * its document files.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { documentTitle } from '../shared/engine/ingest';
import {
  LexiconEntry, ProjectSettings,
  type Annotation, type AnnotationPatch, type DocumentRecord, type NewAnnotation, type ProjectData,
} from '../shared/model';
import { addAnnotation, patchAnnotation, removeAnnotation, restoreAnnotation, retargetAnnotation, upsertAnnotations, type ChangeContext } from './annotation-ops';
import { documentIdFor, fileNameProblem, ingestFile, placeFile, resolveInside } from './documents';
import { extractTextBytes, isConvertible, type ExtractionProgress } from './import/extract-text';
import { JsonFileAdapter, removeLeftoverTempFiles } from './json-file-adapter';
import { loadProjectBytes, type LoadedProject } from './load-project';
import { applyOutsideChanges } from './outside-changes';
import { acquireProjectLock, describeOwner, lockPaths, ProjectLockedError, type LockOwner, type ProjectLock } from './project-lock';
import {
  DocumentNotFoundError, DocumentRefusedError, ProjectNotFoundError, ReadOnlyProjectError, type ProjectStore,
} from './types';
import { emptyProject } from './validate-project';

/** The project file's name inside the folder. */
export const PROJECT_FILE = 'verbatim.json';

/** Options for `openProjectStore`. */
export interface OpenProjectOptions {
  /** Create the folder and an empty `verbatim.json` when they are missing (default false: throw instead). */
  create?: boolean;
  /**
   * `write` (the default) takes the project's lock: when another live process holds it, the project opens
   * read-only with a warning naming the holder (`lockHolder`). `read` takes no lock, writes nothing (no
   * backup of a broken file, no clean-up) and opens read-only: for a command that only reads.
   */
  access?: 'write' | 'read';
  /** What this process is, for the warning another writer reads (`browser mode`, `verbatim add`). */
  label?: string;
}

type AddResult = Awaited<ReturnType<ProjectStore['addFiles']>>;

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

class FileProjectStore implements ProjectStore {
  /** Serializes the operations that await I/O between reading and changing the data (adding files, re-hashing). */
  private exclusive: Promise<unknown> = Promise.resolve();
  private readOnlyNow: boolean;
  private readonly warningList: string[];

  constructor(
    readonly dir: string,
    private readonly realDir: string,
    private readonly db: Low<ProjectData>,
    private readonly adapter: JsonFileAdapter,
    loaded: LoadedProject,
    private readonly lock: ProjectLock | null,
    readonly lockHolder: LockOwner | null,
  ) {
    this.readOnlyNow = loaded.readOnly;
    this.warningList = [...loaded.warnings];
    this.problems = loaded.problems ?? [];
    adapter.onOutsideChange = (changes) => {
      this.db.data = applyOutsideChanges(this.db.data, changes);
    };
    adapter.onBlocked = (error) => this.stopWriting(error.message);
  }

  readonly problems: readonly string[];

  get readOnly(): boolean {
    return this.readOnlyNow;
  }

  get warnings(): readonly string[] {
    return this.warningList;
  }

  /** From now on the project is read-only, for the reason given (shown first among the warnings). */
  stopWriting(reason: string): void {
    this.readOnlyNow = true;
    this.warningList.unshift(reason);
  }

  data(): Readonly<ProjectData> {
    return this.db.data;
  }

  documents(): readonly DocumentRecord[] {
    return this.db.data.documents;
  }

  annotations(document?: string): readonly Annotation[] {
    const all = this.db.data.annotations;
    return document === undefined ? all : all.filter((a) => a.document === document);
  }

  async readText(id: string): Promise<string> {
    const record = this.db.data.documents.find((d) => d.id === id);
    if (record === undefined) throw new DocumentNotFoundError(`no document "${id}" in this project`);
    const path = await resolveInside(this.realDir, record.path);
    if (path === null) throw new DocumentRefusedError(record.path, 'the path leads outside the project folder');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) throw new DocumentNotFoundError(`the file of document "${id}" (${record.path}) is missing from the project folder`);
      throw error;
    }
    const { text, sha256 } = ingestFile(basename(record.path), bytes);
    // Edited outside Verbatim: record the new hash and length. Annotations keep their selectors and are
    // re-anchored against the new text by `anchor`; rewriting them here would lose the original position hint.
    if (sha256 !== record.sha256 && !this.readOnly) {
      await this.serially(async () => {
        const documents = this.db.data.documents.map((d) => (d.id === id ? { ...d, sha256, length: text.length } : d));
        await this.commit({ ...this.db.data, documents });
      });
    }
    return text;
  }

  async addFiles(files: readonly { name: string; bytes: Uint8Array }[], onProgress?: (p: ExtractionProgress) => void): Promise<AddResult> {
    this.assertWritable();
    return this.serially(() => this.addFilesNow(files, onProgress));
  }

  private async addFilesNow(files: readonly { name: string; bytes: Uint8Array }[], onProgress?: (p: ExtractionProgress) => void): Promise<AddResult> {
    const added: DocumentRecord[] = [];
    const created: string[] = [];
    const refused: AddResult['refused'] = [];
    const existing = this.db.data.documents;
    const batch: AddBatch = {
      ids: new Set(existing.map((d) => d.id)),
      // An imported document's original is a file of the project too: no other record may take its name.
      paths: new Set(existing.flatMap((d) => (d.original === undefined ? [d.path] : [d.path, d.original]))),
      known: [...existing],
      created,
    };
    try {
      for (const file of files) {
        try {
          const record = await this.addOne(file, batch, onProgress);
          added.push(record);
          batch.known.push(record);
        } catch (error) {
          if (!(error instanceof DocumentRefusedError)) throw error;
          refused.push({ name: file.name, reason: error.reason });
        }
      }
      if (added.length > 0) await this.commit({ ...this.db.data, documents: [...this.db.data.documents, ...added] });
    } catch (error) {
      // Without their records the copied files would be strays in the folder: take them back out.
      this.db.data = { ...this.db.data, documents: this.db.data.documents.filter((d) => !added.includes(d)) };
      await removeFiles(this.realDir, created);
      throw error;
    }
    return { added, refused };
  }

  /**
   * Places one file (and, for another format, its extracted text beside it) and returns its record, or
   * throws `DocumentRefusedError`. The file is added whole or not at all: what it placed before a refusal
   * is removed again; what it placed for a record it returns goes into `batch.created`.
   */
  private async addOne(file: { name: string; bytes: Uint8Array }, batch: AddBatch, onProgress?: (p: ExtractionProgress) => void): Promise<DocumentRecord> {
    const placed: string[] = [];
    const used: string[] = [];
    try {
      const nameProblem = fileNameProblem(file.name);
      if (nameProblem !== null) throw new DocumentRefusedError(file.name, nameProblem);
      // Another format: its extracted text is the document, kept as `<name>.txt` beside the original.
      const converted = isConvertible(file.name);
      const textName = converted ? `${file.name}.txt` : file.name;
      if (converted) {
        // Judged before anything reads the original: its text must be able to live beside it.
        const textNameProblem = fileNameProblem(textName);
        if (textNameProblem !== null) throw new DocumentRefusedError(file.name, `its extracted text cannot be kept beside it: ${textNameProblem}`);
      }
      const textBytes = converted ? await extractTextBytes(file.name, file.bytes, onProgress) : file.bytes;
      const { text, sha256 } = ingestFile(textName, textBytes);
      const twin = batch.known.find((d) => d.sha256 === sha256);
      if (twin) throw new DocumentRefusedError(file.name, `same content as document "${twin.title}" (${twin.path}), already in the project`);
      const place = async (name: string, bytes: Uint8Array): Promise<string> => {
        const result = await placeFile(this.realDir, name, bytes, batch.paths);
        if (result.created) placed.push(result.path);
        used.push(result.path);
        batch.paths.add(result.path);
        return result.path;
      };
      const original = converted ? await place(file.name, file.bytes) : undefined;
      const path = await place(original !== undefined ? `${original}.txt` : textName, textBytes);
      const id = documentIdFor(file.name, batch.ids);
      batch.ids.add(id);
      batch.created.push(...placed);
      return { id, path, title: documentTitle(text, file.name), sha256, length: text.length, added: new Date().toISOString(), ...(original !== undefined ? { original } : {}) };
    } catch (error) {
      await removeFiles(this.realDir, placed);
      for (const path of used) batch.paths.delete(path);
      throw error;
    }
  }

  async createAnnotation(input: NewAnnotation): Promise<Annotation> {
    this.assertWritable();
    // The selectors are built against the document's current text, read here: no other text can slip in.
    const text = await this.readText(input.document);
    const next = addAnnotation(this.db.data, input, text, this.context());
    await this.commit(next.data);
    return next.annotation;
  }

  async createAnnotations(inputs: readonly NewAnnotation[]): Promise<Annotation[]> {
    this.assertWritable();
    // Each document's current text, read once: the selectors of the whole batch are built against it.
    const texts = new Map<string, string>();
    for (const input of inputs) if (!texts.has(input.document)) texts.set(input.document, await this.readText(input.document));
    let data = this.db.data;
    const created: Annotation[] = [];
    const context = this.context();
    for (const input of inputs) {
      const next = addAnnotation(data, input, texts.get(input.document)!, context);
      data = next.data;
      created.push(next.annotation);
    }
    // One write for the whole batch, and nothing written when any one of them is refused.
    await this.commit(data);
    return created;
  }

  async restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    this.assertWritable();
    const next = restoreAnnotation(this.db.data, annotation);
    await this.commit(next.data);
    return next.annotation;
  }

  async retargetAnnotation(id: string, span: { start: number; end: number }): Promise<Annotation> {
    this.assertWritable();
    const existing = this.db.data.annotations.find((a) => a.id === id);
    const text = existing ? await this.readText(existing.document) : '';
    const next = retargetAnnotation(this.db.data, id, span, text, this.context());
    await this.commit(next.data);
    return next.annotation;
  }

  async updateAnnotation(patch: AnnotationPatch): Promise<Annotation> {
    this.assertWritable();
    const next = patchAnnotation(this.db.data, patch, this.context());
    await this.commit(next.data);
    return next.annotation;
  }

  async putAnnotations(annotations: readonly Annotation[]): Promise<void> {
    this.assertWritable();
    if (annotations.length === 0) return;
    await this.commit(upsertAnnotations(this.db.data, annotations));
  }

  async deleteAnnotation(id: string): Promise<void> {
    this.assertWritable();
    await this.commit(removeAnnotation(this.db.data, id, this.context()));
  }

  async updateSettings(settings: Partial<ProjectSettings>): Promise<ProjectSettings> {
    this.assertWritable();
    const parsed = ProjectSettings.safeParse({ ...this.db.data.settings, ...settings });
    if (!parsed.success) throw new TypeError(`invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    await this.commit({ ...this.db.data, settings: parsed.data });
    return parsed.data;
  }

  async setLexicon(entries: readonly LexiconEntry[]): Promise<void> {
    this.assertWritable();
    const parsed = LexiconEntry.array().safeParse(entries);
    if (!parsed.success) throw new TypeError(`invalid lexicon: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    await this.commit({ ...this.db.data, lexicon: parsed.data });
  }

  async flush(): Promise<void> {
    await this.adapter.idle();
    // A failed write left the newest data only in memory; give it another chance now.
    if (this.adapter.failed && !this.readOnly) await this.db.write();
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.lock?.release();
    }
  }

  private context(): ChangeContext {
    return { now: new Date().toISOString(), newId: () => randomUUID() };
  }

  /** Throws (synchronously, before anything changes) when the project is read-only. */
  private assertWritable(): void {
    if (this.readOnly) {
      throw new ReadOnlyProjectError(`the project is open read-only: ${this.warnings[0] ?? 'its verbatim.json could not be trusted'}`);
    }
  }

  /**
   * Replaces the data (immutably, so earlier `data()` snapshots stay as they were) and resolves once it is on
   * disk. The change is visible in memory at once, so concurrent calls build on each other; if the write
   * fails the caller hears of it and the next write or `flush` persists the data.
   */
  private commit(next: ProjectData): Promise<void> {
    this.db.data = next;
    return this.db.write();
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.exclusive.then(task);
    this.exclusive = run.catch(() => undefined);
    return run;
  }
}

/** What the files of one `addFiles` call share: the ids and paths taken so far, and the files it made. */
interface AddBatch {
  ids: Set<string>;
  paths: Set<string>;
  /** The documents a new one may not repeat (the project's and those added before it in the batch). */
  known: DocumentRecord[];
  created: string[];
}

/** Removes project files this process made (a refused or uncommitted addition); a file already gone is fine. */
async function removeFiles(realDir: string, paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map((path) => rm(join(realDir, path), { force: true })));
}

async function existingFolder(dir: string, create: boolean): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new ProjectNotFoundError(`${dir} is not a folder`);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
    if (!create) throw new ProjectNotFoundError(`no project folder at ${dir}`);
    await mkdir(dir, { recursive: true });
  }
}

/**
 * Opens the project in folder `dir`. Without `verbatim.json` it creates an empty project (schema version 1)
 * when `options.create` is true, and throws `ProjectNotFoundError` otherwise (also when the folder is
 * missing). A `verbatim.json` that is not JSON, fails the schema (any invalid record), or has an unknown
 * version opens read-only with a warning: see `loadProjectBytes`. With `access: 'write'` (the default) the
 * project's lock is taken first (see `OpenProjectOptions`); holding it, the temp files a killed writer left
 * are removed, never read. Close the store (`close`) to release the lock.
 */
export async function openProjectStore(dir: string, options: OpenProjectOptions = {}): Promise<ProjectStore> {
  const absolute = resolve(dir);
  await existingFolder(absolute, options.create === true);
  const realDir = await realpath(absolute);
  const file = join(absolute, PROJECT_FILE);
  const adapter = new JsonFileAdapter(file);
  let store: FileProjectStore | null = null;
  const { lock, holder } = options.access === 'read'
    ? { lock: null, holder: null }
    : await tryLock(file, options.label ?? 'Verbatim', (error) => store?.stopWriting(`this process lost the project's lock (${error.message}); nothing more is written`));
  try {
    if (lock !== null) await removeLeftoverTempFiles(absolute, [PROJECT_FILE, basename(lockPaths(file).owner)]);
    const bytes = await adapter.readBytes();
    let loaded: LoadedProject;
    if (bytes === null) {
      if (options.create !== true) throw new ProjectNotFoundError(`${basename(absolute)} has no ${PROJECT_FILE}; create a project there first`);
      if (lock === null) throw new ProjectNotFoundError(`${basename(absolute)} has no ${PROJECT_FILE}, and it cannot be created while ${describeOwner(holder)} holds the folder`);
      loaded = { data: emptyProject(), readOnly: false, warnings: [] };
      await adapter.write(loaded.data);
    } else {
      loaded = await loadProjectBytes(file, bytes, { backup: lock !== null });
      adapter.setBase(new TextDecoder().decode(bytes));
    }
    if (lock === null && !loaded.readOnly) loaded = { ...loaded, readOnly: true, warnings: [readOnlyReason(options, holder), ...loaded.warnings] };
    const db = new Low<ProjectData>(adapter, loaded.data);
    // A project that opened read-only is never written: keep no lock that would stop another from writing it.
    const kept = loaded.readOnly ? null : lock;
    if (kept === null) await lock?.release();
    store = new FileProjectStore(absolute, realDir, db, adapter, loaded, kept, holder);
    return store;
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

function readOnlyReason(options: OpenProjectOptions, holder: LockOwner | null): string {
  if (options.access === 'read') return 'the project is open for reading only';
  return `the project is open read-only because ${describeOwner(holder)} is writing it; close it there to edit here`;
}

/** The project's lock, or who holds it instead. */
async function tryLock(file: string, label: string, onCompromised: (error: Error) => void): Promise<{ lock: ProjectLock | null; holder: LockOwner | null }> {
  try {
    return { lock: await acquireProjectLock(file, label, onCompromised), holder: null };
  } catch (error) {
    if (error instanceof ProjectLockedError) return { lock: null, holder: error.owner };
    throw error;
  }
}
