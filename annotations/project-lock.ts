/**
 * One writer per project: an exclusive lock on `verbatim.json` that every process writing a project takes
 * (the desktop app, browser mode's host, the command line), so two of them can never interleave writes.
 *
 * The lock itself is proper-lockfile's (an atomic `mkdir` of `verbatim.json.lock`, its mtime refreshed
 * while held). Beside it the holder writes `verbatim.json.lock.owner` (pid, host, what it is, since when),
 * so a second writer is told plainly who holds the project, and a lock whose holder has died is taken
 * over at once instead of after a timeout: on the same host a dead pid is certain; for a holder on another
 * host (a shared folder) only a lock left unrefreshed for `FOREIGN_STALE_MS` counts as abandoned.
 */
import { hostname } from 'node:os';
import { readFile, rm, rmdir, stat } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { writeFileAtomic } from './json-file-adapter';

/** Who holds a project's lock, as written beside the lock. */
export interface LockOwner {
  pid: number;
  host: string;
  /** What the holder is, for people: `browser mode`, `the Verbatim app`, `verbatim add`. */
  label: string;
  /** ISO 8601 time the lock was taken. */
  since: string;
}

/** A held lock. `release` is safe to call more than once. */
export interface ProjectLock {
  readonly owner: LockOwner;
  release(): Promise<void>;
}

/** The project is locked by another live process (or by another session of this one). */
export class ProjectLockedError extends Error {
  override readonly name = 'ProjectLockedError';
  constructor(readonly owner: LockOwner | null) {
    super(`the project is being written by ${describeOwner(owner)}`);
  }
}

/** How often the holder refreshes the lock's mtime, in milliseconds (proper-lockfile's `update`). */
export const LOCK_UPDATE_MS = 5_000;

/**
 * A lock held from another host counts as abandoned when its mtime is older than this (its holder would
 * have refreshed it every `LOCK_UPDATE_MS`). Generous, because a pid on another host cannot be checked.
 */
export const FOREIGN_STALE_MS = 60_000;

/**
 * How long a lock without a readable owner, or with a dead one, is watched before it counts as abandoned:
 * a new holder writes its owner file a moment after taking the lock, and must not lose it in that moment.
 */
export const OWNER_GRACE_MS = 300;

/**
 * proper-lockfile's own staleness, made long on purpose: it would otherwise remove the lock of a live
 * holder whose event loop was busy for a while. Dead holders are recognised by their pid instead.
 */
const LIBRARY_STALE_MS = 24 * 60 * 60 * 1000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The lock folder and owner file of the project file `file`. */
export function lockPaths(file: string): { lock: string; owner: string } {
  return { lock: `${file}.lock`, owner: `${file}.lock.owner` };
}

/** `"browser mode (pid 4242 on this machine, since 2024-05-01T10:00:00Z)"`, or a fallback when unknown. */
export function describeOwner(owner: LockOwner | null): string {
  if (owner === null) return 'another Verbatim process';
  const where = owner.host === hostname() ? 'on this machine' : `on ${owner.host}`;
  return `${owner.label} (pid ${owner.pid} ${where}, since ${owner.since})`;
}

/** The owner recorded beside the lock of `file`, or `null` when there is none or it cannot be read. */
export async function readLockOwner(file: string): Promise<LockOwner | null> {
  try {
    const value: unknown = JSON.parse(await readFile(lockPaths(file).owner, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const o = value as Record<string, unknown>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string' || typeof o.label !== 'string' || typeof o.since !== 'string') return null;
    return { pid: o.pid, host: o.host, label: o.label, since: o.since };
  } catch {
    // Missing, half-visible or not JSON: the holder is unknown, which the caller handles.
    return null;
  }
}

/** True when `pid` is a running process on this host (a process of another user counts as running). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sameOwner(a: LockOwner | null, b: LockOwner | null): boolean {
  return a !== null && b !== null && a.pid === b.pid && a.host === b.host && a.since === b.since;
}

/** Whether the lock is abandoned by `owner` (read twice, `OWNER_GRACE_MS` apart, by the caller). */
async function isAbandoned(lockDir: string, owner: LockOwner | null): Promise<boolean> {
  if (owner !== null && owner.host === hostname()) return owner.pid !== process.pid && !isProcessAlive(owner.pid);
  // Another host, or no owner at all (a holder that died between taking the lock and writing its owner):
  // only an mtime its holder stopped refreshing long ago tells.
  try {
    return Date.now() - (await stat(lockDir)).mtimeMs > FOREIGN_STALE_MS;
  } catch {
    // The lock is gone already: nothing is held, the next attempt takes it.
    return true;
  }
}

/**
 * Takes the lock of project file `file` for this process, recording `label` as what holds it. A lock
 * whose holder is dead is taken over. `onCompromised` is called if the lock is lost while held (removed
 * or replaced by someone else): the caller must stop writing. Throws `ProjectLockedError` naming the
 * holder when another live process (or another session of this process) holds it.
 */
export async function acquireProjectLock(file: string, label: string, onCompromised: (error: Error) => void): Promise<ProjectLock> {
  const paths = lockPaths(file);
  const options = { realpath: false, lockfilePath: paths.lock, stale: LIBRARY_STALE_MS, update: LOCK_UPDATE_MS, retries: 0, onCompromised };
  for (let attempt = 0; ; attempt++) {
    try {
      const release = await lockfile.lock(file, options);
      const owner: LockOwner = { pid: process.pid, host: hostname(), label, since: new Date().toISOString() };
      await writeFileAtomic(paths.owner, `${JSON.stringify(owner)}\n`);
      return { owner, release: releaser(paths.owner, release) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || attempt >= 2) throw lockError(error, await readLockOwner(file));
    }
    const first = await readLockOwner(file);
    if (first !== null && first.host === hostname() && first.pid === process.pid) throw new ProjectLockedError({ ...first, label: `${first.label}, in this same process` });
    if (!(await isAbandoned(paths.lock, first))) throw new ProjectLockedError(first);
    await sleep(OWNER_GRACE_MS);
    const second = await readLockOwner(file);
    // The owner changed meanwhile: a new holder took the lock and is alive; try once more to read it right.
    if (!sameOwner(first, second) && !(first === null && second === null)) continue;
    // Removed only if it is still the dead holder's (not a new holder's that appeared since).
    await rm(paths.owner, { force: true });
    await rmdir(paths.lock).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

function lockError(error: unknown, owner: LockOwner | null): Error {
  return (error as NodeJS.ErrnoException).code === 'ELOCKED' ? new ProjectLockedError(owner) : (error as Error);
}

function releaser(ownerFile: string, release: () => Promise<void>): () => Promise<void> {
  let released: Promise<void> | undefined;
  return () => {
    released ??= (async () => {
      // The owner first: a reader that finds a lock without an owner waits, one with a stale owner might not.
      await rm(ownerFile, { force: true });
      await release().catch((error: NodeJS.ErrnoException) => {
        // Already released, or compromised (someone removed it): either way it is no longer ours to remove.
        if (error.code !== 'ERELEASED' && error.code !== 'ENOTACQUIRED' && error.code !== 'ENOENT') throw error;
      });
    })();
    return released;
  };
}
