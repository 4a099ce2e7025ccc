/**
 * The project store: one open project folder, its `verbatim.json` (through lowdb and `JsonFileAdapter`) and
 * its document files.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { documentTitle } from '../shared/engine/ingest';
import {
  LexiconEntry, ProjectSettings,
  type Annotation, type AnnotationPatch, type DocumentRecord, type NewAnnotation, type ProjectData,
} from '../shared/model';
import { addAnnotation, patchAnnotation, removeAnnotation, restoreAnnotation, retargetAnnotation, type ChangeContext } from './annotation-ops';
import { documentIdFor, ingestFile, isPlainFileName, placeFile, resolveInside, sha256OfText } from './documents';
import { JsonFileAdapter, removeStaleTempFiles } from './json-file-adapter';
import { loadProjectBytes, type LoadedProject } from './load-project';
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
}

type AddResult = Awaited<ReturnType<ProjectStore['addFiles']>>;

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

class FileProjectStore implements ProjectStore {
  /** Serializes the operations that await I/O between reading and changing the data (adding files, re-hashing). */
  private exclusive: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly realDir: string,
    private readonly db: Low<ProjectData>,
    private readonly adapter: JsonFileAdapter,
    readonly readOnly: boolean,
    readonly warnings: readonly string[],
  ) {}

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

  async addFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<AddResult> {
    this.assertWritable();
    return this.serially(() => this.addFilesNow(files));
  }

  private async addFilesNow(files: readonly { name: string; bytes: Uint8Array }[]): Promise<AddResult> {
    const added: DocumentRecord[] = [];
    const refused: AddResult['refused'] = [];
    const existing = this.db.data.documents;
    const ids = new Set(existing.map((d) => d.id));
    const paths = new Set(existing.map((d) => d.path));
    for (const file of files) {
      try {
        if (!isPlainFileName(file.name)) throw new DocumentRefusedError(file.name, 'a file name, not a path, is expected');
        const { text, sha256 } = ingestFile(file.name, file.bytes);
        const twin = [...existing, ...added].find((d) => d.sha256 === sha256);
        if (twin) throw new DocumentRefusedError(file.name, `same content as document "${twin.title}" (${twin.path}), already in the project`);
        const path = await placeFile(this.realDir, file.name, file.bytes, paths);
        const id = documentIdFor(file.name, ids);
        ids.add(id);
        paths.add(path);
        added.push({ id, path, title: documentTitle(text, file.name), sha256, length: text.length, added: new Date().toISOString() });
      } catch (error) {
        if (!(error instanceof DocumentRefusedError)) throw error;
        refused.push({ name: file.name, reason: error.reason });
      }
    }
    if (added.length > 0) await this.commit({ ...this.db.data, documents: [...this.db.data.documents, ...added] });
    return { added, refused };
  }

  async createAnnotation(input: NewAnnotation, text: string): Promise<Annotation> {
    this.assertWritable();
    // Selectors built against any other text than the document's current one would point at the wrong words.
    const record = this.db.data.documents.find((d) => d.id === input.document);
    if (record !== undefined && sha256OfText(text) !== record.sha256) {
      throw new RangeError(`the text given is not the current text of document "${record.id}" (read it again with readText)`);
    }
    const next = addAnnotation(this.db.data, input, text, this.context());
    await this.commit(next.data);
    return next.annotation;
  }

  async createAnnotations(inputs: readonly NewAnnotation[], texts: ReadonlyMap<string, string>): Promise<Annotation[]> {
    this.assertWritable();
    let data = this.db.data;
    const created: Annotation[] = [];
    const context = this.context();
    for (const input of inputs) {
      const text = texts.get(input.document);
      if (text === undefined) throw new RangeError(`no text was given for document "${input.document}"`);
      const record = data.documents.find((d) => d.id === input.document);
      if (record !== undefined && sha256OfText(text) !== record.sha256) {
        throw new RangeError(`the text given is not the current text of document "${record.id}" (read it again with readText)`);
      }
      const next = addAnnotation(data, input, text, context);
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

  async retargetAnnotation(id: string, span: { start: number; end: number }, text: string): Promise<Annotation> {
    this.assertWritable();
    const existing = this.db.data.annotations.find((a) => a.id === id);
    const record = existing && this.db.data.documents.find((d) => d.id === existing.document);
    if (record !== undefined && sha256OfText(text) !== record.sha256) {
      throw new RangeError(`the text given is not the current text of document "${record.id}" (read it again with readText)`);
    }
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

  private context(): ChangeContext {
    return { now: new Date().toISOString(), newId: () => randomUUID() };
  }

  /** Throws (synchronously, before anything changes) when the project is read-only. */
  private assertWritable(): void {
    if (this.readOnly) {
      throw new ReadOnlyProjectError(`the project ${this.dir} is open read-only: ${this.warnings[0] ?? 'its verbatim.json could not be trusted'}`);
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
 * version opens read-only with a warning: see `loadProjectBytes`. Leftover temp files of a crashed write are
 * removed first; they are never read.
 */
export async function openProjectStore(dir: string, options: OpenProjectOptions = {}): Promise<ProjectStore> {
  const absolute = resolve(dir);
  await existingFolder(absolute, options.create === true);
  const realDir = await realpath(absolute);
  const file = join(absolute, PROJECT_FILE);
  const adapter = new JsonFileAdapter(file);
  await removeStaleTempFiles(file);
  const bytes = await adapter.readBytes();
  let loaded: LoadedProject;
  if (bytes === null) {
    if (options.create !== true) throw new ProjectNotFoundError(`${absolute} has no ${PROJECT_FILE}; create a project there first`);
    loaded = { data: emptyProject(), readOnly: false, warnings: [] };
    await adapter.write(loaded.data);
  } else {
    loaded = await loadProjectBytes(file, bytes);
  }
  const db = new Low<ProjectData>(adapter, loaded.data);
  return new FileProjectStore(absolute, realDir, db, adapter, loaded.readOnly, loaded.warnings);
}
