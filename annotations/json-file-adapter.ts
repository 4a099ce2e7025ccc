/**
 * The lowdb adapter behind `verbatim.json`: atomic, serialized, durable writes of the stable JSON text.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { ProjectData } from '../shared/model';
import { migrate } from './migrations';
import { applyOutsideChanges, outsideChanges, type OutsideChanges } from './outside-changes';
import { toProjectJSON } from './project-json';
import { validateProject } from './validate-project';

/** How often a rename refused by a transient lock (Windows antivirus, indexers) is retried. */
const RENAME_ATTEMPTS = 5;
const RENAME_BACKOFF_MS = 40;

/**
 * A temp file's name: `.<target>.<pid>-<12 hex>.tmp`. It ends in `.tmp`, which no document can (documents
 * end in .txt or .md), so the clean-up can never take a document for one of its own temp files.
 */
const TEMP_NAME = /^\.(.+)\.(\d+)-[0-9a-f]{12}\.tmp$/;
/** The name the writer used before (`verbatim.json.tmp-<pid>-<hex>`), still removed when found. */
const LEGACY_TEMP_NAME = /^(verbatim\.json)\.tmp-(\d+)-[0-9a-f]{12}$/;

/** The temp file name for a write of `file` by this process. */
export function tempNameFor(file: string): string {
  return `.${basename(file)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
}

/** The target and writer pid of a temp file name of ours (`tempNameFor`), or `null` for any other name. */
export function parseTempName(name: string): { target: string; pid: number } | null {
  const match = TEMP_NAME.exec(name) ?? LEGACY_TEMP_NAME.exec(name);
  return match ? { target: match[1] ?? '', pid: Number(match[2]) } : null;
}

function isErrno(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes `text` (as UTF-8) to `file` atomically: a temp file in the same folder (rename is only atomic within one
 * file system), fsync, rename over the target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), tempNameFor(file));
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await renameWithRetry(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(file));
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !isErrno(error, 'EPERM', 'EACCES', 'EBUSY')) throw error;
      await sleep(RENAME_BACKOFF_MS * attempt);
    }
  }
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Windows cannot open or fsync a directory (EISDIR/EPERM/EINVAL); there the rename is as durable as it gets.
    if (!isErrno(error, 'EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOTSUP')) throw error;
  }
}

/**
 * Removes the temp files that writers of the files in `targets` (names in `dir`) left behind: only names of
 * ours (`parseTempName`), and only of another process. Call it while holding the project's lock: then no
 * other process can be writing, so each of them is a leftover of a crashed or killed writer. They never hold
 * the only copy of anything: a target is replaced only by a completed rename. Returns the names removed.
 */
export async function removeLeftoverTempFiles(dir: string, targets: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    const temp = parseTempName(name);
    if (temp === null || !targets.includes(temp.target) || temp.pid === process.pid) continue;
    await rm(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Why the adapter refused to write: `verbatim.json` changed outside and could not be merged. */
export class OutsideChangeError extends Error {
  override readonly name = 'OutsideChangeError';
}

/**
 * lowdb `Adapter<ProjectData>` for `verbatim.json`. Every `write` is queued behind the previous one, and
 * resolves only once a snapshot at least as new as its own data is on disk. Writes queued while another is
 * in flight are coalesced: the next one writes the newest snapshot, which contains all of theirs, so 50
 * concurrent changes cost two file writes instead of 50.
 *
 * Before each write it checks that the file is still what this adapter last read or wrote. A change from
 * outside (a `git pull`, an editor) is merged by record id (`outsideChanges`) and handed to
 * `onOutsideChange`, so the process's data has it too; a change it cannot merge (both sides changed one
 * record, or the file no longer reads) is never overwritten: the write fails with `OutsideChangeError`,
 * this process's data is kept in `verbatim.json.unsaved-<time>.json`, and every later write fails too.
 */
export class JsonFileAdapter implements Adapter<ProjectData> {
  private queue: Promise<void> = Promise.resolve();
  private requested = 0;
  private written = 0;
  private latest = '';
  private lastError: unknown = null;
  /** The file's text as this adapter last read or wrote it; `null` before `setBase` or the first write. */
  private base: string | null = null;
  private blocked: OutsideChangeError | null = null;

  /** Called with the changes merged from outside; the owner applies them to its in-memory data. */
  onOutsideChange: (changes: OutsideChanges) => void = () => {};
  /** Called once when an outside change blocks writing for good. */
  onBlocked: (error: OutsideChangeError) => void = () => {};

  constructor(readonly file: string) {}

  /** Records the text the file held when it was opened: outside changes are measured against it. */
  setBase(text: string): void {
    this.base = text;
  }

  /** The raw bytes of the file, or `null` when it does not exist. */
  async readBytes(): Promise<Uint8Array | null> {
    try {
      return await readFile(this.file);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      throw error;
    }
  }

  /**
   * Strict read for lowdb's `Low#read`: parses, migrates and validates; throws on anything wrong. The store
   * itself opens projects with `loadProject`, which salvages a damaged file instead of throwing.
   */
  async read(): Promise<ProjectData | null> {
    const bytes = await this.readBytes();
    if (bytes === null) return null;
    const migrated = migrate(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    if (migrated.status !== 'current') throw new Error(`${basename(this.file)}: cannot read schema (${migrated.status})`);
    return ProjectData.parse(migrated.data);
  }

  /** Serializes `data` now (later changes to it do not leak in) and resolves once it, or newer data, is on disk. */
  write(data: ProjectData): Promise<void> {
    this.latest = toProjectJSON(data);
    const generation = ++this.requested;
    const run = this.queue.then(() => this.writeLatest(generation));
    // The chain must survive a failed write, or every later write would fail with it.
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** True when the most recent write failed; the next `write` or `flush` tries again. */
  get failed(): boolean {
    return this.lastError !== null;
  }

  /** Resolves when every write requested so far has settled. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async writeLatest(generation: number): Promise<void> {
    if (this.written >= generation) return;
    if (this.blocked !== null) throw this.blocked;
    try {
      const onDisk = await this.readBytes();
      if (onDisk !== null && this.base !== null) {
        const text = new TextDecoder().decode(onDisk);
        if (text !== this.base) await this.mergeOutside(this.base, text);
      }
      // Synchronous from here to the write: data committed meanwhile waits for the next write.
      const target = this.requested;
      const text = this.latest;
      await writeFileAtomic(this.file, text);
      this.written = target;
      this.base = text;
      this.lastError = null;
    } catch (error) {
      this.lastError = error;
      throw error;
    }
  }

  /** Merges a change from outside into the data to write, or blocks writing (see the class comment). */
  private async mergeOutside(baseText: string, diskText: string): Promise<void> {
    const [base, disk, ours] = [readProjectText(baseText), readProjectText(diskText), readProjectText(this.latest)];
    if (typeof base !== 'string' && typeof ours !== 'string' && typeof disk !== 'string') {
      const outcome = outsideChanges(base, disk, ours);
      if (outcome.ok) {
        this.latest = toProjectJSON(applyOutsideChanges(ours, outcome.outside));
        this.onOutsideChange(outcome.outside);
        // The disk's version is the base of any later merge, until our write replaces it.
        this.base = diskText;
        return;
      }
      return this.block(`${outcome.conflicts.slice(0, 5).join(', ')} changed both there and here`);
    }
    return this.block(`it no longer reads (${typeof disk === 'string' ? disk : 'this process\'s own data did not validate'})`);
  }

  private async block(why: string): Promise<never> {
    const kept = await keepUnsaved(this.file, this.latest);
    this.blocked = new OutsideChangeError(
      `${basename(this.file)} was changed outside Verbatim and ${why}, so it was not overwritten. The changes made here are kept in ${basename(kept)}; open the project again to go on.`,
    );
    this.onBlocked(this.blocked);
    throw this.blocked;
  }
}

/** The data of a `verbatim.json` text, or why it cannot be used (not JSON, another schema, invalid records). */
export function readProjectText(text: string): ProjectData | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  const migrated = migrate(value);
  if (migrated.status !== 'current') return migrated.status === 'invalid' ? migrated.problem : `schema ${migrated.from}, not this version's`;
  const { data, problems } = validateProject(migrated.data);
  const first = problems[0];
  return first === undefined ? data : `${first.path}: ${first.message}`;
}

/** Writes `text` to a new `<file>.unsaved-<time>.json` beside `file` (never over anything) and returns its path. */
async function keepUnsaved(file: string, text: string): Promise<string> {
  const stem = `${file}.unsaved-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  for (let n = 1; ; n++) {
    const path = `${stem}${n === 1 ? '' : `-${n}`}.json`;
    try {
      await writeFile(path, text, { flag: 'wx' });
      return path;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
  }
}
