/**
 * The tone of a notice: an error keeps its message until replaced; info fades after a while; progress
 * ("Adding 3 documents…") stays until the work it describes replaces it with its outcome.
 */
export type NoticeTone = 'error' | 'info' | 'progress';

/** How long an info notice stays, in milliseconds. Errors stay until the next notice. */
const INFO_MS = 6000;

/**
 * The status area (`role=status`, `[data-testid=notice]`): errors from the API (their `error.message`,
 * as the service worded it) and short confirmations. Polite live region, so screen readers announce it
 * without taking focus away from the user's selection.
 */
export class Notices {
  private timer: number | undefined;
  /** What shows now, and since when: a background message never hides what the user is being told. */
  private current: { tone: NoticeTone; background: boolean; since: number } | null = null;

  constructor(private readonly area: HTMLElement) {
    area.setAttribute('role', 'status');
    area.setAttribute('aria-live', 'polite');
    area.dataset['testid'] = 'notice';
  }

  /**
   * Shows `message`, replacing the previous notice. Line breaks in `message` are shown. `action` adds a
   * button after it (such as Undo after a delete).
   */
  show(message: string, tone: NoticeTone = 'info', action?: { label: string; run: () => void }, options: { background?: boolean } = {}): void {
    const background = options.background === true;
    // A background message (an automatic check finished) waits its turn: it does not replace an error, work
    // in progress, or a message about what the user just did while that is still on screen.
    const shown = this.current;
    if (background && shown && !shown.background && (shown.tone !== 'info' || Date.now() - shown.since < INFO_MS)) return;
    this.current = { tone, background, since: Date.now() };
    window.clearTimeout(this.timer);
    const text = Object.assign(document.createElement('span'), { className: 'notice-text', textContent: message });
    this.area.replaceChildren(text);
    if (action) {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'notice-action', textContent: action.label });
      b.addEventListener('click', () => {
        this.clear();
        action.run();
      });
      this.area.append(b);
    }
    this.area.dataset['tone'] = tone;
    if (tone === 'info') this.timer = window.setTimeout(() => this.clear(), INFO_MS);
  }

  /** Removes the notice. */
  clear(): void {
    this.current = null;
    window.clearTimeout(this.timer);
    // Emptied, never hidden: a live region must stay in the accessibility tree to announce the next one.
    this.area.replaceChildren();
  }
}

/**
 * The project's standing warnings (`[data-testid=project-warnings]`, `role=status`): why it is read-only
 * and any problem found while opening it, as `projectInfo` reports them.
 */
export function renderProjectWarnings(area: HTMLElement, readOnly: boolean, warnings: readonly string[]): void {
  area.setAttribute('role', 'status');
  area.dataset['testid'] = 'project-warnings';
  const lines = [...(readOnly ? ['This project is open read-only: annotations cannot be added or changed.'] : []), ...warnings];
  area.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  area.hidden = lines.length === 0;
}
