import { join } from 'node:path';
import { readJsonFile, writeJsonAtomic } from './json-file';
import { fromStateJSON, rememberWindow, toStateJSON, type WindowState, type WindowStates } from './window-state';

/**
 * Window positions per project, mirrored to `window-state.json` in the user-data folder. Saves are
 * coalesced: moving or resizing fires many events, and only the last position matters.
 */
export class WindowStateStore {
  private states: WindowStates = new Map();
  private timer: NodeJS.Timeout | null = null;

  private constructor(private readonly file: string, private readonly log: (message: string) => void) {}

  /** Loads what is stored under `userDataDir`; a missing or broken file means nothing is remembered. */
  static async load(userDataDir: string, log: (message: string) => void): Promise<WindowStateStore> {
    const store = new WindowStateStore(join(userDataDir, 'window-state.json'), log);
    store.states = fromStateJSON(await readJsonFile(store.file, log));
    return store;
  }

  /** The last state of `dir`'s window, or `null` when it has never been open here. */
  get(dir: string): WindowState | null {
    return this.states.get(dir) ?? null;
  }

  /** Remembers `dir`'s window and schedules a save (about half a second later). */
  set(dir: string, state: WindowState): void {
    this.states = rememberWindow(this.states, dir, state);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), 500);
  }

  /** Writes pending changes now (when a window closes and before quitting). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      await writeJsonAtomic(this.file, toStateJSON(this.states));
    } catch (error) {
      // A lost window position is not worth an error dialog.
      this.log(`cannot save ${this.file}: ${String(error)}`);
    }
  }
}
