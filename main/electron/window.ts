import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { fitToDisplays, MIN_WINDOW_SIZE, type WindowState } from './window-state';
import type { WindowStateStore } from './window-state-store';

/** What a project window needs to open. */
export interface ProjectWindowOptions {
  /** The project folder: the key its size and position are remembered under. */
  dir: string;
  /** Shown in the title bar: the project's name. */
  title: string;
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preload: string;
  /** Development build: allows DevTools. */
  isDev: boolean;
  states: WindowStateStore;
  log: (message: string) => void;
}

/**
 * Opens a hardened window for one project and loads the renderer from the app origin.
 *
 * Every `webPreferences` switch of Electron's security checklist is set explicitly rather than left to
 * defaults, so a reader (or a future default change) cannot miss one. The window opens where that
 * project's window last was, fitted to the displays attached now, and is shown once the page has painted.
 */
export function createProjectWindow(options: ProjectWindowOptions): BrowserWindow {
  const saved = options.states.get(options.dir);
  const bounds = fitToDisplays(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: `${options.title} — Verbatim`,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.isDev,
      spellcheck: false,
      // A middle click would open a link in a new window; new windows are denied anyway (security.ts),
      // and without the feature the click never gets that far.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // The page sets its own title per document; keep ours, which names the project.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  rememberBounds(window, options);
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    options.log(`cannot load ${APP_ENTRY_URL}: ${String(error)} (is dist/renderer built?)`);
  });
  return window;
}

/** Saves the window's normal (unmaximized) bounds and maximized flag whenever they change, and on close. */
function rememberBounds(window: BrowserWindow, { dir, states }: ProjectWindowOptions): void {
  const save = (): void => {
    // Minimized or full-screen bounds are not where the user wants the window next time.
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const normal = window.getNormalBounds();
    const state: WindowState = {
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.max(1, Math.round(normal.width)),
      height: Math.max(1, Math.round(normal.height)),
      maximized: window.isMaximized(),
    };
    states.set(dir, state);
  };
  // 'resize'/'move' rather than 'resized'/'moved', which macOS and Windows emit but Linux does not; the
  // store coalesces the stream of events into one write.
  window.on('resize', save);
  window.on('move', save);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', () => {
    save();
    void states.flush();
  });
}
