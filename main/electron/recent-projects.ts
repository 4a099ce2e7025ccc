import { join, resolve } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonAtomic } from './json-file';

/** How many projects File ▸ Open Recent lists. */
export const MAX_RECENT_PROJECTS = 10;

const RecentProjectsFile = z.object({
  version: z.literal(1),
  projects: z.array(z.string()),
});

/**
 * Puts `dir` first, removing an earlier entry for the same folder, and keeps at most `max` entries.
 * Folders are compared after `path.resolve`, so `a/b/` and `a/b` are one project.
 */
export function addRecent(list: readonly string[], dir: string, max: number = MAX_RECENT_PROJECTS): string[] {
  const key = resolve(dir);
  return [key, ...list.filter((entry) => resolve(entry) !== key)].slice(0, Math.max(0, max));
}

/** The list without `dir` (after a project could not be opened any more). */
export function removeRecent(list: readonly string[], dir: string): string[] {
  const key = resolve(dir);
  return list.filter((entry) => resolve(entry) !== key);
}

/**
 * Reads the stored list, most recent first. Anything malformed is dropped entry by entry: non-strings,
 * relative paths (we only ever store absolute ones) and duplicates; a file of the wrong shape is an
 * empty list.
 */
export function fromRecentJSON(json: unknown): string[] {
  const file = RecentProjectsFile.safeParse(json);
  if (!file.success) return [];
  let list: string[] = [];
  for (const entry of [...file.data.projects].reverse()) {
    if (entry !== '' && resolve(entry) === entry) list = addRecent(list, entry);
  }
  return list;
}

/** The JSON stored for a list. */
export function toRecentJSON(list: readonly string[]): { version: 1; projects: string[] } {
  return { version: 1, projects: [...list] };
}

/**
 * The recent-projects list of one user, kept in memory and mirrored to `recent-projects.json` in the
 * user-data folder. Every change is written at once (atomically); `onDidChange` lets the menu rebuild.
 */
export class RecentProjects {
  private list: string[] = [];
  private readonly listeners = new Set<(list: readonly string[]) => void>();

  private constructor(private readonly file: string, private readonly log: (message: string) => void) {}

  /** Loads the list stored under `userDataDir` (an empty list when there is none yet). */
  static async load(userDataDir: string, log: (message: string) => void): Promise<RecentProjects> {
    const recent = new RecentProjects(join(userDataDir, 'recent-projects.json'), log);
    recent.list = fromRecentJSON(await readJsonFile(recent.file, log));
    return recent;
  }

  /** Most recent first. */
  get projects(): readonly string[] {
    return this.list;
  }

  /** Moves or adds `dir` to the top. */
  add(dir: string): Promise<void> {
    return this.replace(addRecent(this.list, dir));
  }

  /** Forgets `dir`. */
  remove(dir: string): Promise<void> {
    return this.replace(removeRecent(this.list, dir));
  }

  /** Forgets every project (File ▸ Open Recent ▸ Clear Menu). */
  clear(): Promise<void> {
    return this.replace([]);
  }

  /** Calls `listener` after every change; returns a function that unsubscribes. */
  onDidChange(listener: (list: readonly string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async replace(list: string[]): Promise<void> {
    this.list = list;
    for (const listener of this.listeners) listener(list);
    try {
      await writeJsonAtomic(this.file, toRecentJSON(list));
    } catch (error) {
      // Losing the recent list is an inconvenience, not a reason to fail opening a project.
      this.log(`cannot save ${this.file}: ${String(error)}`);
    }
  }
}
