import { isAbsolute, resolve } from 'node:path';

/** What the command line asks the app to do at start-up. */
export interface LaunchArgs {
  /** Absolute folder of the project to open instead of the most recent one, or `null` when none was given. */
  project: string | null;
}

/**
 * Reads `--project <dir>` (or `--project=<dir>`) from an Electron argv.
 *
 * Electron's argv differs between `electron . --project x` (binary, app dir, args) and a packaged app
 * (binary, args), and Chromium may add its own switches, so the flag is searched for anywhere rather than
 * at a fixed index. A relative folder is resolved against `cwd` (the second instance's working directory
 * when it comes from `second-instance`, not ours).
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchArgs {
  let project: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg === '--project') {
      const next = argv[i + 1];
      // A missing value or another flag after `--project` is ignored rather than taken as a folder.
      if (next !== undefined && !next.startsWith('--')) project = next;
      i++;
    } else if (arg.startsWith('--project=')) {
      const value = arg.slice('--project='.length);
      if (value) project = value;
    }
  }
  return { project: project === null ? null : isAbsolute(project) ? resolve(project) : resolve(cwd, project) };
}
