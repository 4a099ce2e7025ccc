/**
 * The lowdb adapter behind `verbatim.json`: atomic, serialized, durable writes of the stable JSON text.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { ProjectData } from '../shared/model';
import { migrate } from './migrations';
import { toProjectJSON } from './project-json';

/** Temp files older than this at open time are leftovers of a crashed write; younger ones may be another writer's. */
export const STALE_TEMP_MS = 60_000;

/** How often a rename refused by a transient lock (Windows antivirus, indexers) is retried. */
const RENAME_ATTEMPTS = 5;
const RENAME_BACKOFF_MS = 40;

const TEMP_MARK = '.tmp-';

function isErrno(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes `text` (as UTF-8) to `file` atomically: a temp file in the same folder (rename is only atomic within one
 * file system), fsync, rename over the target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = join(dirname(file), `${basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(6).toString('hex')}`);
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
 * Removes temp files a crashed write left beside `file` (older than `STALE_TEMP_MS`). They never hold the
 * only copy of anything: the target is replaced only by a completed rename. Returns the names removed.
 */
export async function removeStaleTempFiles(file: string, now = Date.now()): Promise<string[]> {
  const prefix = `${basename(file)}${TEMP_MARK}`;
  const removed: string[] = [];
  for (const name of await readdir(dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const path = join(dirname(file), name);
    try {
      if (now - (await stat(path)).mtimeMs < STALE_TEMP_MS) continue;
      await rm(path, { force: true });
      removed.push(name);
    } catch (error) {
      // Gone already (another process cleaned up): nothing to do.
      if (!isErrno(error, 'ENOENT')) throw error;
    }
  }
  return removed;
}

/**
 * lowdb `Adapter<ProjectData>` for `verbatim.json`. Every `write` is queued behind the previous one, and
 * resolves only once a snapshot at least as new as its own data is on disk. Writes queued while another is
 * in flight are coalesced: the next one writes the newest snapshot, which contains all of theirs, so 50
 * concurrent changes cost two file writes instead of 50.
 */
export class JsonFileAdapter implements Adapter<ProjectData> {
  private queue: Promise<void> = Promise.resolve();
  private requested = 0;
  private written = 0;
  private latest = '';
  private lastError: unknown = null;

  constructor(readonly file: string) {}

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
    if (migrated.status !== 'current') throw new Error(`${this.file}: cannot read schema (${migrated.status})`);
    return ProjectData.parse(migrated.data);
  }

  /** Serializes `data` now (later changes to it do not leak in) and resolves once it is on disk. */
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
    const target = this.requested;
    const text = this.latest;
    try {
      await writeFileAtomic(this.file, text);
      this.written = target;
      this.lastError = null;
    } catch (error) {
      this.lastError = error;
      throw error;
    }
  }
}
