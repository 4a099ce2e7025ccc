import { resolve, basename } from 'node:path';
import { BrowserWindow } from 'electron';
import type { ProjectSession } from '../services';
import type { AppEvent } from './app-events';
import { EVENT_CHANNEL } from './preload-channels';
import type { SessionLookup } from './ipc';
import { createProjectWindow } from './window';
import type { WindowStateStore } from './window-state-store';

interface Entry {
  window: BrowserWindow;
  session: ProjectSession;
  /** Captured at creation: `webContents.id` cannot be read once the window is destroyed. */
  webContentsId: number;
}

/** What the registry needs from the rest of the app. */
export interface ProjectWindowsOptions {
  preload: string;
  isDev: boolean;
  states: WindowStateStore;
  log: (message: string) => void;
  /** Called when a window opens or closes (the menu enables Add Documents only with a project open). */
  onDidChangeWindows: () => void;
}

/**
 * The open projects: one window per project folder, each with its own `ProjectSession`. It answers IPC's
 * question "which project is this sender's" and closes a project's session when its window closes.
 */
export class ProjectWindows implements SessionLookup {
  private readonly entries = new Map<number, Entry>();
  private readonly closing = new Set<Promise<void>>();
  private lastFocused: Entry | null = null;

  constructor(private readonly options: ProjectWindowsOptions) {}

  /** Number of open project windows. */
  get size(): number {
    return this.entries.size;
  }

  /** @inheritdoc */
  sessionForWebContents(webContentsId: number): ProjectSession | null {
    return this.entries.get(webContentsId)?.session ?? null;
  }

  /** The window already showing `dir`, or `null`. */
  windowFor(dir: string): BrowserWindow | null {
    const key = resolve(dir);
    for (const entry of this.entries.values()) if (resolve(entry.session.dir) === key) return entry.window;
    return null;
  }

  /** The project of the focused window, else of the last focused one (menus act on it), or `null`. */
  activeSession(): { session: ProjectSession; window: BrowserWindow } | null {
    const focused = BrowserWindow.getFocusedWindow();
    const entry = (focused && this.entries.get(focused.webContents.id)) || this.lastFocused;
    return entry ? { session: entry.session, window: entry.window } : null;
  }

  /** Focuses `dir`'s window if it is open; returns whether it was. */
  focus(dir: string): boolean {
    const window = this.windowFor(dir);
    if (!window) return false;
    if (window.isMinimized()) window.restore();
    window.focus();
    return true;
  }

  /** Any window, focused, or `false` when none is open. */
  focusAny(): boolean {
    const entry = this.lastFocused ?? this.entries.values().next().value ?? null;
    if (!entry) return false;
    entry.window.focus();
    return true;
  }

  /**
   * Shows an opened project in a new window. If the folder is already open elsewhere (two quick menu
   * clicks), the new session is closed again and the existing window focused.
   */
  async show(session: ProjectSession): Promise<BrowserWindow> {
    const existing = this.windowFor(session.dir);
    if (existing) {
      await session.close();
      existing.focus();
      return existing;
    }
    const window = createProjectWindow({
      dir: resolve(session.dir),
      title: basename(session.dir),
      preload: this.options.preload,
      isDev: this.options.isDev,
      states: this.options.states,
      log: this.options.log,
    });
    const entry: Entry = { window, session, webContentsId: window.webContents.id };
    this.entries.set(entry.webContentsId, entry);
    this.lastFocused = entry;
    window.on('focus', () => {
      this.lastFocused = entry;
    });
    window.on('closed', () => this.forget(entry));
    this.options.onDidChangeWindows();
    return window;
  }

  /** Sends an event to the renderer of `session`'s window (if it is still open). */
  send(session: ProjectSession, event: AppEvent): void {
    for (const entry of this.entries.values()) {
      if (entry.session === session && !entry.window.isDestroyed()) entry.window.webContents.send(EVENT_CHANNEL, event);
    }
  }

  /** Resolves when every session of a closed window has finished closing (its last write is on disk). */
  async whenClosed(): Promise<void> {
    await Promise.allSettled([...this.closing]);
  }

  private forget(entry: Entry): void {
    this.entries.delete(entry.webContentsId);
    if (this.lastFocused === entry) this.lastFocused = null;
    const closing = entry.session.close().catch((error: unknown) => {
      this.options.log(`closing ${entry.session.dir} failed: ${String(error)}`);
    });
    this.closing.add(closing);
    void closing.finally(() => this.closing.delete(closing));
    this.options.onDidChangeWindows();
  }
}
