import type { Report } from '../../shared/model';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** How long a check runs before its progress is shown: quick checks should not flash a bar. */
export const PROGRESS_DELAY_MS = 400;
/** How long after a change the automatic re-check waits, so a burst of edits costs one check. */
export const RECHECK_DELAY_MS = 1500;
/** How long a check replaced by someone else's waits before it runs again. */
export const REPLACED_DELAY_MS = 6000;
/** How often a running check is asked how far it is. */
export const POLL_MS = 200;

/** The engine's stages in words, for the progress bar. */
const STAGES: Readonly<Record<string, string>> = {
  tokenize: 'reading the documents',
  detect: 'finding quotes',
  align: 'lining up shared passages',
  analyse: 'classifying differences',
  flag: 'flagging claims',
};

const sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));

/** The elements of the progress bar. */
export interface ProgressElements {
  bar: HTMLElement;
  label: HTMLElement;
  meter: HTMLProgressElement;
  cancel: HTMLButtonElement;
  button: HTMLButtonElement;
}

/**
 * Runs the quote check off the window's thread (a check job in a worker of the main process:
 * `startCheck`, then `checkStatus` until it is done), shows its progress after a moment with a Cancel
 * button (`cancelCheck`), and hands the report to whoever listens. Re-checks asked for while one runs are
 * folded into one more run afterwards.
 */
export class CheckRunner {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: number | undefined;
  private job: string | null = null;
  /** Whether the running job's cancel came from this window (else a newer check replaced it). */
  private cancelling = false;
  private readonly listeners = new Set<(report: Report, requested: boolean) => void>();
  /** Whether the user asked for the check that runs (the button) rather than the window (after a change). */
  private requested = false;
  private readonly failures = new Set<(message: string) => void>();

  constructor(
    private readonly ws: Workspace,
    private readonly el: ProgressElements,
  ) {
    el.bar.hidden = true;
    el.button.addEventListener('click', () => void this.run(true));
    el.cancel.addEventListener('click', () => void this.cancel());
  }

  /** Whether a check is running. */
  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Hears every finished check's report, and whether the user asked for that check. */
  onDidFinish(listener: (report: Report, requested: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Hears every failed check's message. */
  onDidFail(listener: (message: string) => void): void {
    this.failures.add(listener);
  }

  /** Checks again a little later (documents or quotes changed); several calls make one check. */
  schedule(delay = RECHECK_DELAY_MS): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.run(), delay);
  }

  /** Runs a check now (or right after the running one); `requested` when the user asked for it. */
  run(requested = false): Promise<void> {
    window.clearTimeout(this.timer);
    if (requested) this.requested = true;
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

  /** Cancels the running check, if any; the last report stays. */
  async cancel(): Promise<void> {
    const job = this.job;
    this.again = false;
    if (!job) return;
    this.cancelling = true;
    try {
      unwrap(await this.ws.api.cancelCheck({ job }));
    } catch (error) {
      this.ws.report(error, 'Could not cancel the check');
    }
  }

  private async once(): Promise<void> {
    const { el } = this;
    el.button.disabled = true;
    el.button.setAttribute('aria-busy', 'true');
    el.label.textContent = 'Checking quotes…';
    el.meter.removeAttribute('value');
    const shown = window.setTimeout(() => {
      el.bar.hidden = false;
    }, PROGRESS_DELAY_MS);
    try {
      const { job } = unwrap(await this.ws.api.startCheck({}));
      this.job = job;
      for (;;) {
        await sleep(POLL_MS);
        const status = unwrap(await this.ws.api.checkStatus({ job }));
        if (status.state === 'running') {
          if (status.progress) this.progress(status.progress);
          continue;
        }
        if (status.state === 'done' && status.report) {
          const requested = this.requested;
          this.requested = false;
          for (const listener of this.listeners) listener(status.report, requested);
        }
        else if (status.state === 'cancelled' && this.cancelling) this.ws.notices.show('Check cancelled; the last results are still shown.');
        // Replaced by a check another window (or a script) started: check again once that one is surely
        // done, later than a re-check after an edit, so two windows do not keep cancelling each other.
        else if (status.state === 'cancelled') this.schedule(REPLACED_DELAY_MS);
        else if (status.state === 'failed') throw new Error(status.error ?? 'the check failed');
        break;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const listener of this.failures) listener(message);
      this.ws.report(error, 'The quote check failed');
    } finally {
      this.job = null;
      this.cancelling = false;
      window.clearTimeout(shown);
      el.bar.hidden = true;
      el.button.disabled = false;
      el.button.removeAttribute('aria-busy');
    }
  }

  private progress(p: { stage: string; done: number; total: number }): void {
    const { el } = this;
    el.label.textContent = `Checking quotes: ${STAGES[p.stage] ?? p.stage}`;
    el.label.title = el.label.textContent;
    if (p.total > 0) {
      el.meter.max = p.total;
      el.meter.value = Math.min(p.done, p.total);
    } else {
      el.meter.removeAttribute('value');
    }
  }
}
