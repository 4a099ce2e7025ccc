// `npm start`: builds what is missing or stale, then runs the desktop app, or browser mode where Electron
// cannot run. Arguments after `npm start --` are passed on (e.g. `--project <folder>`).
//
// How it decides: the renderer (Vite → dist/renderer) is needed either way and is rebuilt when any file it
// is built from is newer than dist/renderer/index.html. Then, if an Electron binary is installed
// (scripts/electron-binary.js, which never downloads), the Electron bundles are rebuilt when stale and the
// binary is spawned on this folder; Electron opens the most recent project, or the sample on first run.
// Otherwise one line says why, and browser mode (`tsx main/web/cli.ts`) serves the same editor and
// prints the URL to open.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.js';
import { findElectronBinary } from './electron-binary.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** Sources of each build output, relative to the root; a folder counts every file under it. */
const RENDERER_INPUTS = ['renderer', 'shared', 'vite.config.ts', 'package.json'];
const ELECTRON_INPUTS = ['main', 'shared', 'annotations', 'scripts/build-electron.js', 'package.json'];

/** Newest modification time (ms) of the files under `paths`, skipping node_modules; 0 when none exist. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return; // an input that does not exist (yet) cannot make the output stale
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules') visit(join(path, name));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/** True when an output is missing or older than the newest of its inputs. */
function isStale(outputs, inputs) {
  const built = outputs.map((out) => join(root, out));
  if (!built.every((out) => existsSync(out))) return true;
  const oldestOutput = Math.min(...built.map((out) => statSync(out).mtimeMs));
  return newestMtime(inputs) > oldestOutput;
}

/** Runs a command to completion with inherited stdio; rejects on a non-zero exit. */
function run(command, commandArgs, label) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`${label} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/**
 * Runs the long-lived child (Electron or browser mode) in the foreground: signals reaching this process
 * are passed on so the child can save and close, and this process exits with the child's status.
 */
function runForeground(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => forward('SIGINT'));
  process.on('SIGTERM', () => forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main() {
  if (isStale(['dist/renderer/index.html'], RENDERER_INPUTS)) {
    console.log('Building the renderer (dist/renderer)…');
    await run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], 'vite build');
  }
  const electron = findElectronBinary();
  if (electron.path !== null) {
    if (isStale(['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/electron/check-worker.cjs'], ELECTRON_INPUTS)) {
      console.log('Building the Electron bundles (dist/electron)…');
      await buildElectron();
    }
    // ELECTRON_RUN_AS_NODE (set by some tools) would make the binary a plain Node and ignore the app.
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    runForeground(electron.path, [root, ...args], env);
    return;
  }
  console.log(
    `Electron is not available on this machine (${electron.reason}); serving the same editor in browser mode instead.`,
  );
  runForeground(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'main', 'web', 'cli.ts'), ...args], process.env);
}

main().catch((error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
