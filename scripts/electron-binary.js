// Finds the Electron executable without downloading it. The `electron` package's own entry point
// (`require('electron')` from Node) downloads the binary when it is missing; on a machine that cannot
// download, that fails or hangs, so this never loads it: it reads the same path.txt the package writes after
// a successful install and checks the file it names is there.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Where the Electron executable is, or why there is none.
 * @returns `{ path, reason }`: `path` is the absolute executable path, or `null` when no binary is installed,
 *   in which case `reason` says what is missing in one line (otherwise it says where the binary was found).
 */
export function findElectronBinary() {
  let packageDir;
  try {
    // Resolving package.json finds the package (hoisted or not) without running its index.js.
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed (node_modules/electron is missing)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relativeExecutable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  // The same override the electron package honours: a binary unpacked elsewhere (e.g. from a local mirror).
  const overrideDist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (overrideDist) {
    const executable = join(overrideDist, relativeExecutable || 'electron');
    return isFile(executable)
      ? { path: executable, reason: `found ${executable} (ELECTRON_OVERRIDE_DIST_PATH)` }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set but ${executable} does not exist` };
  }
  if (!relativeExecutable) {
    return {
      path: null,
      // path.txt is written only after a successful download, so its absence means there is no binary.
      reason: 'no Electron binary in node_modules/electron/dist',
    };
  }
  const executable = join(packageDir, 'dist', relativeExecutable);
  if (!isFile(executable)) {
    return { path: null, reason: `no Electron binary in node_modules/electron/dist; ${executable} is missing` };
  }
  return { path: executable, reason: `found ${executable}` };
}

/**
 * The Electron executable's absolute path, or `null` when no binary is installed. Never downloads.
 */
export function electronBinaryPath() {
  return findElectronBinary().path;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
