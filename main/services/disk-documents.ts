import { access, mkdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DocumentRefusedError, extractTextBytes, ingestFile, isConvertible, type ExtractionProgress } from '../../annotations';
import { documentTitle } from '../../shared/engine/ingest';
import type { RefusedFile } from '../../shared/api';
import type { DocumentRecord, SourceDocument } from '../../shared/model';
import { ServiceError } from '../../shared/api';
import { mapStoreErrors } from './errors';
import { openProject, type ProjectSession, type SessionOptions } from './project-session';

/**
 * Files larger than this are refused before being read: a source document is text, and reading a
 * multi-gigabyte file only to refuse it would stall the process.
 */
export const MAX_DISK_FILE_BYTES = 64 * 1024 * 1024;

/** A file read from disk, or why it could not be. */
export type DiskFile = { path: string; name: string; bytes: Uint8Array } | { path: string; refused: string };

/**
 * Creates a new project in `dir` (making the folder) and adds the files at `filePaths`. Files that are
 * refused (binary, empty, unreadable...) are listed in `refused`; the project is still created. Throws when
 * `dir` already holds a `verbatim.json` (init never takes over an existing project).
 */
export async function createProject(
  dir: string,
  filePaths: readonly string[],
  options: SessionOptions & { label?: string } = {},
): Promise<ProjectSession & { refused: RefusedFile[] }> {
  const absolute = resolve(dir);
  if (await exists(join(absolute, 'verbatim.json'))) throw new Error(`${absolute} already holds a project (verbatim.json)`);
  await mkdir(absolute, { recursive: true });
  const session = await openProject(absolute, { ...options, create: true });
  try {
    const { refused } = filePaths.length ? await addDocumentPaths(session, filePaths) : { refused: [] };
    return Object.assign(session, { refused });
  } catch (error) {
    await session.close();
    throw error;
  }
}

/**
 * Reads the files at `paths` and adds them to the session's project. Unreadable or unacceptable files are
 * returned in `refused` (name = the path as given), never thrown; a read-only project throws
 * `ServiceError('read-only')`.
 */
export async function addDocumentPaths(
  session: ProjectSession,
  paths: readonly string[],
  onProgress?: (p: ExtractionProgress) => void,
): Promise<{ added: DocumentRecord[]; refused: RefusedFile[] }> {
  // Refused before reading any file, which could be many and large (the store would refuse them anyway).
  if (session.store.readOnly) throw new ServiceError('read-only', `the project is read-only: ${session.store.warnings[0] ?? ''}`);
  const files = await readDiskFiles(paths);
  const refused: RefusedFile[] = [];
  const accepted: { name: string; bytes: Uint8Array; path: string }[] = [];
  for (const f of files) {
    if ('refused' in f) refused.push({ name: f.path, reason: f.refused });
    else accepted.push(f);
  }
  if (accepted.length > 0) {
    const result = await mapStoreErrors(() => session.store.addFiles(accepted.map(({ name, bytes }) => ({ name, bytes })), onProgress));
    // The store names a refused file by its base name; give the user back the path they typed.
    const unclaimed = [...accepted];
    for (const r of result.refused) {
      const at = unclaimed.findIndex((f) => f.name === r.name);
      const [file] = at === -1 ? [] : unclaimed.splice(at, 1);
      refused.push({ name: file?.path ?? r.name, reason: r.reason });
    }
    refused.sort((a, b) => paths.indexOf(a.name) - paths.indexOf(b.name));
    return { added: result.added, refused };
  }
  return { added: [], refused };
}

/**
 * Decodes loose files for a check without a project. Documents get ids `d1`, `d2`, ... in the order
 * given (a path given twice counts once) and keep the path as given, with `/` separators. Files that
 * cannot be read or are refused by ingest (binary, not UTF-8, empty, too large) are listed in `refused`.
 * `.html`, `.docx` and `.pdf` files are checked as the text extracted from them.
 */
export async function loadDocumentsFromPaths(paths: readonly string[]): Promise<{ documents: SourceDocument[]; refused: RefusedFile[] }> {
  const unique = [...new Map(paths.map((p) => [resolve(p), p])).values()];
  const documents: SourceDocument[] = [];
  const refused: RefusedFile[] = [];
  for (const f of await readDiskFiles(unique)) {
    if ('refused' in f) {
      refused.push({ name: f.path, reason: f.refused });
      continue;
    }
    try {
      // A web page, Word file or PDF is checked as the text extracted from it, as the store adds it.
      const { text, sha256 } = isConvertible(f.name)
        ? ingestFile(`${f.name}.txt`, await extractTextBytes(f.name, f.bytes))
        : ingestFile(f.name, f.bytes);
      const path = f.path.split('\\').join('/');
      documents.push({ id: `d${documents.length + 1}`, path, title: documentTitle(text, f.name), text, sha256 });
    } catch (error) {
      if (!(error instanceof DocumentRefusedError)) throw error;
      refused.push({ name: f.path, reason: error.reason });
    }
  }
  return { documents, refused };
}

async function readDiskFiles(paths: readonly string[]): Promise<DiskFile[]> {
  return Promise.all(paths.map((path) => readDiskFile(path)));
}

/**
 * Reads the file at `path`, or says why not in a user's words (a folder, larger than `maxBytes`, missing,
 * unreadable: by its error code, never a message that repeats the path).
 */
export async function readDiskFile(path: string, maxBytes: number = MAX_DISK_FILE_BYTES): Promise<DiskFile> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { path, refused: 'a folder, not a file' };
    if (info.size > maxBytes) return { path, refused: `too large (${info.size} bytes; at most ${maxBytes})` };
    return { path, name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path, refused: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})` };
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
