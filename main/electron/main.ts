/**
 * The Electron main process: app lifecycle only. It wires the pieces together in order (scheme before
 * ready; session hardening, protocol, IPC and menu after) and decides which project opens at start.
 *
 * Command line: `--project <dir>` opens that folder instead of the most recent project.
 * Environment: `VERBATIM_USER_DATA=<dir>` moves the user-data folder (recent projects, window positions,
 * the sample copy), so tests never touch a real user's data.
 */
import { join, resolve } from 'node:path';
import { app, ipcMain, session } from 'electron';
import { openStartupProject, openProjectAt, type CommandContext } from './app-commands';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { parseLaunchArgs } from './args';
import { registerApiHandlers } from './ipc';
import { setPdfPrinter } from '../services';
import { printWithElectron } from './print-to-pdf';
import { installMenu } from './menu';
import { ProjectWindows } from './project-windows';
import { RecentProjects } from './recent-projects';
import { denyNavigationEverywhere, hardenSession } from './security';
import { WindowStateStore } from './window-state-store';

/** Longest the app waits at quit for the last project writes before it exits anyway. */
const QUIT_WAIT_CAP_MS = 10_000;

function log(message: string): void {
  process.stderr.write(`[verbatim] ${new Date().toISOString()} ${message}\n`);
}

// Both must happen before anything reads a path: the name decides the default user-data folder.
app.setName('Verbatim');
const userDataOverride = process.env.VERBATIM_USER_DATA;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

registerAppScheme();
denyNavigationEverywhere(app, log);
process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));

const launch = parseLaunchArgs(process.argv, process.cwd());

// One process per user: a second `verbatim --project x` hands its arguments to this one and exits, so two
// processes never write the same project or the same state files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start).catch((error: unknown) => {
    log(`start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const isDev = !app.isPackaged;
  const appRoot = app.getAppPath();
  const userDataDir = app.getPath('userData');

  hardenSession(session.defaultSession, log);
  // PDF exports print with Electron itself; an export the page downloads gets a save dialog.
  setPdfPrinter(printWithElectron);
  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: 'Export', buttonLabel: 'Save', defaultPath: item.getFilename() });
  });
  serveRenderer(session.defaultSession, join(appRoot, 'dist', 'renderer'), log);
  app.setAboutPanelOptions({
    applicationName: 'Verbatim',
    applicationVersion: app.getVersion(),
    credits: 'A citation-checking annotation editor: it flags claims whose cited quotes read differently across documents.',
  });

  const [recent, states] = await Promise.all([RecentProjects.load(userDataDir, log), WindowStateStore.load(userDataDir, log)]);
  let rebuildMenu = (): void => {};
  const windows = new ProjectWindows({
    preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    isDev,
    states,
    log,
    onDidChangeWindows: () => rebuildMenu(),
  });
  const ctx: CommandContext = {
    windows,
    recent,
    userDataDir,
    sampleSource: sampleSourceDir(appRoot),
    session: { checkWorker: { script: checkWorkerScript(appRoot) }, label: 'the Verbatim app' },
    log,
  };
  registerApiHandlers(ipcMain, windows, log);
  rebuildMenu = installMenu(ctx, isDev);

  // The project being opened at start-up (or after a Dock click); a second request for "some project" waits
  // for it rather than opening the same folder twice.
  let opening: Promise<void> = openStartupProject(ctx, launch.project);
  const openSomeProject = (): void => {
    opening = opening
      .catch((error: unknown) => log(`opening a project failed: ${String(error)}`))
      .then(() => (windows.focusAny() ? undefined : openStartupProject(ctx, null)));
  };
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const { project } = parseLaunchArgs(argv, workingDirectory);
    if (project !== null) void openProjectAt(ctx, project);
    else openSomeProject();
  });
  // macOS: a project folder chosen from the Dock's or Finder's recent items.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openProjectAt(ctx, path);
  });
  // macOS keeps the app running with no window; a Dock click brings a project back. (macOS also sends
  // 'activate' at launch, while the start-up project is still opening: `openSomeProject` waits for it.)
  app.on('activate', openSomeProject);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    // Hold the quit until every project's last write and the window positions are on disk.
    event.preventDefault();
    // Local writes finish in milliseconds; the cap only keeps a wedged disk from leaving a zombie app.
    const cap = new Promise<void>((resolveCap) => setTimeout(resolveCap, QUIT_WAIT_CAP_MS).unref());
    void Promise.race([Promise.allSettled([windows.whenClosed(), states.flush()]), cap]).then(() => {
      flushed = true;
      app.quit();
    });
  });

  await opening;
}

/**
 * Where the built-in sample project is. The services find it through `import.meta.url`, which a CommonJS
 * bundle does not have, so the shell passes it: in a packaged app electron-builder copies main/sample to
 * `resources/sample` (extraResources: plain files outside the asar archive); in development it is
 * main/sample under the app folder.
 */
function sampleSourceDir(appRoot: string): string {
  return app.isPackaged ? join(process.resourcesPath, 'sample') : join(appRoot, 'main', 'sample');
}

/**
 * The check worker's bundle (scripts/build-electron.js). A worker thread starts from a real file, so the
 * packaged app keeps it unpacked beside app.asar (electron-builder.yml, asarUnpack).
 */
function checkWorkerScript(appRoot: string): string {
  const script = join(appRoot, 'dist', 'electron', 'check-worker.cjs');
  return app.isPackaged ? script.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1') : script;
}
