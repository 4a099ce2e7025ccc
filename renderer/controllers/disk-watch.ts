import type { DocumentHash } from '../../shared/api';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** How often the window asks whether documents changed on disk while it is visible. */
export const DISK_POLL_MS = 4000;

/** What the watcher needs from the window. */
export interface DiskWatchHooks {
  /** The open document's id and the sha256 of the text shown, or null. */
  shown(): { id: string; sha256: string } | null;
  /** Read the open document again (the user chose Reload). */
  reload(): Promise<void>;
  /** Some document other than the one shown changed (the check and the flags should follow). */
  onOtherChanged(ids: readonly string[]): void;
}

/**
 * Notices documents edited outside Verbatim: every few seconds while the window is visible, and when it
 * gets focus, it asks for each file's sha256 (`documentHashes`). When the document shown changed, a banner
 * (`[data-testid=disk-change]`) says so and offers Reload, which reads it again: annotations re-anchor
 * (exact, then fuzzy) and those that cannot be placed are listed as orphans.
 */
export class DiskWatch {
  private known = new Map<string, string>();
  private timer: number | undefined;
  private checking = false;

  constructor(
    private readonly ws: Workspace,
    private readonly banner: HTMLElement,
    private readonly hooks: DiskWatchHooks,
  ) {
    banner.dataset['testid'] = 'disk-change';
    banner.setAttribute('role', 'alert');
    banner.hidden = true;
    window.addEventListener('focus', () => void this.check());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check();
    });
  }

  /** Starts watching (after the project opened), remembering the hashes known now. */
  start(): void {
    for (const d of this.ws.documents()) if (!this.known.has(d.id)) this.known.set(d.id, d.sha256);
    window.clearInterval(this.timer);
    this.timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void this.check();
    }, DISK_POLL_MS);
  }

  /** Records that `id` is now shown at `sha256` (opened or reloaded), and hides the banner for it. */
  seen(id: string, sha256: string): void {
    this.known.set(id, sha256);
    this.banner.hidden = true;
  }

  /** Asks now whether anything changed. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    let hashes: DocumentHash[];
    try {
      hashes = unwrap(await this.ws.api.documentHashes({}));
    } catch {
      // The next poll asks again; a passing failure (the server busy with a check) is not worth a message.
      return;
    } finally {
      this.checking = false;
    }
    const shown = this.hooks.shown();
    const others: string[] = [];
    for (const h of hashes) {
      if (h.sha256 === null) continue;
      const before = shown && shown.id === h.id ? shown.sha256 : this.known.get(h.id);
      if (before === undefined || before === h.sha256) continue;
      if (shown && shown.id === h.id) this.offerReload(h.id);
      else {
        this.known.set(h.id, h.sha256);
        others.push(h.id);
      }
    }
    if (others.length > 0) this.hooks.onOtherChanged(others);
  }

  private offerReload(id: string): void {
    if (!this.banner.hidden && this.banner.dataset['document'] === id) return;
    this.banner.dataset['document'] = id;
    const text = Object.assign(document.createElement('p'), {
      textContent: `“${this.ws.titleOf(id)}” changed on disk. Reload it to see the new text; annotations are placed again where their quoted text is found, and any that cannot be placed are listed as orphaned.`,
    });
    const reload = Object.assign(document.createElement('button'), { type: 'button', className: 'primary-button', textContent: 'Reload document' });
    reload.addEventListener('click', () => void this.hooks.reload());
    this.banner.replaceChildren(text, reload);
    this.banner.hidden = false;
  }
}
