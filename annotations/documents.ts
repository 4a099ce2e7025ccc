/**
 * Stage 1 of the pipeline on the Node side: turning a file's bytes into document text (or a clear refusal),
 * and placing accepted files in the project folder without ever overwriting anything.
 */
import { createHash } from 'node:crypto';
import { lstat, open, readFile, realpath, rm } from 'node:fs/promises';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import { BINARY_SNIFF_BYTES, binaryReason, hasDocumentExtension, MAX_DOCUMENT_BYTES } from '../shared/engine/ingest';
import { tooLargeReason } from '../shared/text';
import { DocumentRefusedError } from './types';
import { isSafeRelativePath } from './validate-project';

/** A file accepted by `ingestFile`. */
export interface IngestedFile {
  /** The decoded text: UTF-8, BOM stripped, line endings kept. */
  text: string;
  /** SHA-256 (hex) of the text's UTF-8 bytes, which are the file's bytes minus any BOM. */
  sha256: string;
}

/** SHA-256 (lower-case hex) of `text` encoded as UTF-8. */
export function sha256OfText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Throws `DocumentRefusedError(name, 'too large …')` when a file of `length` bytes is over
 * `MAX_DOCUMENT_BYTES`: checked before anything decodes or extracts it.
 */
export function assertDocumentSize(name: string, length: number): void {
  if (length > MAX_DOCUMENT_BYTES) {
    throw new DocumentRefusedError(name, tooLargeReason(length, MAX_DOCUMENT_BYTES));
  }
}

/**
 * Decodes a candidate document, or throws `DocumentRefusedError(name, reason)` when it is not a .txt/.md
 * file, larger than `MAX_DOCUMENT_BYTES`, empty or only whitespace, binary (a NUL byte anywhere, or many
 * control bytes at its start), or not valid UTF-8. The checks run
 * cheapest first so that a 2 GB video is refused by its name and size without being decoded.
 *
 * The hash is taken over the decoded text (as UTF-8), not the raw bytes: the text is what every offset and
 * selector refers to, so a file that only gained or lost a BOM keeps its hash and its annotations stay valid.
 * For valid UTF-8 this equals the hash of the raw bytes with any BOM removed.
 */
export function ingestFile(name: string, bytes: Uint8Array): IngestedFile {
  const refuse = (reason: string): never => {
    throw new DocumentRefusedError(name, reason);
  };
  if (!hasDocumentExtension(name)) refuse('only .txt, .md, .html, .docx and .pdf documents can be added');
  assertDocumentSize(name, bytes.length);
  if (bytes.length === 0) refuse('empty file');
  const binary = binaryReason(bytes);
  if (binary !== null) refuse(binary);
  // binaryReason sniffs only the first BINARY_SNIFF_BYTES; a NUL anywhere makes the file binary, and a
  // native scan of 20 MB costs next to nothing.
  if (bytes.indexOf(0, BINARY_SNIFF_BYTES) !== -1) refuse('binary file (contains NUL bytes)');
  let text = '';
  try {
    // The default `ignoreBOM: false` makes the decoder consume a leading UTF-8 BOM, which is what we want.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse('not UTF-8 text (save it as UTF-8 and add it again)');
  }
  if (text.trim() === '') refuse('contains only whitespace');
  return { text, sha256: sha256OfText(text) };
}

/**
 * A stable, readable document id from a file name: the name without its extension, accents removed,
 * lower case, runs of other characters as `-` (`"Le Monde – 1992.txt"` → `"le-monde-1992"`); `-2`, `-3`, ...
 * when `taken` already has it; `doc` when nothing is left (a name in a non-Latin script keeps its letters).
 */
export function documentIdFor(fileName: string, taken: ReadonlySet<string>): string {
  const stem = fileName.replace(/\.[^.]*$/, '');
  const slug =
    stem
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'doc';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const candidate = `${slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** True when `name` is a bare file name (no folder part, not `.`/`..`, nothing that could leave a folder). */
export function isPlainFileName(name: string): boolean {
  return isSafeRelativePath(name) && !name.includes('/') && name.trim() === name;
}

/** Longest file name a folder holds on the usual file systems (ext4, APFS, NTFS), in bytes of UTF-8. */
export const MAX_FILE_NAME_BYTES = 255;

/** Why `name` cannot be a document's file name in the project folder, or `null` when it can. */
export function fileNameProblem(name: string): string | null {
  if (!isPlainFileName(name)) return 'a file name, not a path, is expected';
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_FILE_NAME_BYTES) return `the name is too long (${bytes} bytes in UTF-8; a file name has at most ${MAX_FILE_NAME_BYTES})`;
  return null;
}

/** `"a.txt"`, n = 2 → `"a (2).txt"`. */
function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** Where `placeFile` put a file: the relative path, and whether it made the file (false: it reused one). */
export interface PlacedFile {
  path: string;
  created: boolean;
}

/**
 * Puts `bytes` into `dir` under `name`, or `name (2)`, `name (3)`, ... and returns the relative path used.
 * A regular file already there with exactly these bytes is reused (the user copied it in themselves); a
 * different file, a folder or a symbolic link (even a dangling one) is never written through or over
 * (`wx` makes creation exclusive); names in `taken` (paths of other records) are skipped even when the
 * bytes match, so two records never share a file. A file it could not write completely is removed again.
 * Throws `DocumentRefusedError` when no name is free or the folder refuses the file (the reason names the
 * error code, never the absolute path).
 */
export async function placeFile(dir: string, name: string, bytes: Uint8Array, taken: ReadonlySet<string>): Promise<PlacedFile> {
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = n === 1 ? name : numberedName(name, n);
    if (taken.has(candidate) || fileNameProblem(candidate) !== null) continue;
    const path = join(dir, candidate);
    let handle;
    try {
      handle = await open(path, 'wx');
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw new DocumentRefusedError(name, `it cannot be written into the project folder (${errnoCode(error)})`);
      if (await isSameRegularFile(path, bytes)) return { path: candidate, created: false };
      continue;
    }
    try {
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(path, { force: true });
      throw new DocumentRefusedError(name, `it cannot be written into the project folder (${errnoCode(error)})`);
    }
    return { path: candidate, created: true };
  }
  throw new DocumentRefusedError(name, 'no free file name in the project folder');
}

/** True when `path` is a regular file (not a link, not a folder) holding exactly `bytes`. */
async function isSameRegularFile(path: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const info = await lstat(path);
    return info.isFile() && info.size === bytes.length && sameBytes(await readFile(path), bytes);
  } catch {
    // Gone or unreadable meanwhile: not a file to reuse; the next name is tried.
    return false;
  }
}

function errnoCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'an I/O error';
}

/**
 * The absolute path of project-relative `path`, or `null` when it would resolve outside `dir`: by its text
 * (`..`, absolute) or, for an existing file, through a symbolic link. `dir` must already be a real path.
 */
export async function resolveInside(dir: string, path: string): Promise<string | null> {
  if (!isSafeRelativePath(path)) return null;
  const absolute = resolve(dir, path);
  let real = absolute;
  try {
    real = await realpath(absolute);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
  const rel = relative(dir, real);
  return rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? null : absolute;
}
