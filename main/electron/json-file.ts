import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../annotations';

/**
 * Reads and parses a small JSON state file of the app (recent projects, window positions).
 *
 * @returns the parsed value, or `null` when the file does not exist or is not JSON. Callers validate the
 *   shape themselves; for these files, forgetting a broken one is the right recovery (they only hold
 *   conveniences), so the cause goes to `onProblem` instead of stopping the app.
 */
export async function readJsonFile(path: string, onProblem: (message: string) => void = () => {}): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem(`cannot read ${path}: ${String(error)}`);
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    onProblem(`ignoring ${path}, which is not JSON: ${String(error)}`);
    return null;
  }
}

/** Writes already queued per file, so two quick saves land in order and never interleave. */
const queues = new Map<string, Promise<void>>();

/**
 * Writes `value` as JSON atomically with the project store's writer (temp file, fsync, rename), so a
 * crash mid-write leaves the old file whole. Writes to one path are serialized. Resolves when on disk.
 *
 * @throws whatever the file system throws (the caller decides whether a lost preference matters).
 */
export function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  const previous = queues.get(path) ?? Promise.resolve();
  // A failed earlier write must not block later ones, hence the catch before chaining.
  const next = previous.catch(() => {}).then(() => writeNow(path, value));
  queues.set(path, next);
  void next.finally(() => {
    if (queues.get(path) === next) queues.delete(path);
  }).catch(() => {});
  return next;
}

async function writeNow(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
