import type { Report } from '../../shared/model';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** How long a check runs before its progress is shown: quick checks should not flash a bar. */
export const PROGRESS_DELAY_MS = 400;
/** How long after a change the automatic re-check waits, so a burst of edits costs one check. */
export const RECHECK_DELAY_MS = 1500;

/** The elements of the progress bar. */
export interface ProgressElements {
  bar: HTMLElement;
  label: HTMLElement;
  meter: HTMLProgressElement;
  cancel: HTMLButtonElement;
  button: HTMLButtonElement;
}

/**
 * Runs the quote check off the window's thread (in the main process, through `runCheck`), shows that it
 * runs after a moment, and hands the report to whoever listens. Re-checks asked for while one runs are
 * folded into one more run afterwards.
 */
export class CheckRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: number | undefined;
  private readonly listeners = new Set<(report: Report) => void>();
  private readonly failures = new Set<(message: string) => void>();

  constructor(
    private readonly ws: Workspace,
    private readonly el: ProgressElements,
  ) {
    el.bar.hidden = true;
    el.cancel.hidden = true;
    el.button.addEventListener('click', () => void this.run());
  }

  /** Whether a check is running. */
  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Hears every finished check's report. */
  onDidFinish(listener: (report: Report) => void): void {
    this.listeners.add(listener);
  }

  /** Hears every failed check's message. */
  onDidFail(listener: (message: string) => void): void {
    this.failures.add(listener);
  }

  /** Checks again a little later (documents or quotes changed); several calls make one check. */
  schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), RECHECK_DELAY_MS);
  }

  /** Runs a check now (or right after the running one). */
  run(): Promise<void> {
    window.clearTimeout(this.timer);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = this.once().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.run();
      }
    });
    this.running = run;
    return run;
  }

  private async once(): Promise<void> {
    const { el } = this;
    el.button.disabled = true;
    el.button.setAttribute('aria-busy', 'true');
    const shown = window.setTimeout(() => {
      el.bar.hidden = false;
      el.label.textContent = 'Checking quotes…';
      el.meter.removeAttribute('value');
    }, PROGRESS_DELAY_MS);
    try {
      const report = unwrap(await this.ws.api.runCheck({}));
      for (const listener of this.listeners) listener(report);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const listener of this.failures) listener(message);
      this.ws.report(error, 'The quote check failed');
    } finally {
      window.clearTimeout(shown);
      el.bar.hidden = true;
      el.button.disabled = false;
      el.button.removeAttribute('aria-busy');
    }
  }
}
