import type { Report } from '../../shared/model';
import { saveBlob } from '../panels/export-panel';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** What the saver draws into: its button and the line that says how it went. */
export interface ReportSaverElements {
  button: HTMLButtonElement;
  status: HTMLElement;
}

/** A file name from the project's name: letters, digits and dashes, `verbatim` when nothing is left. */
export function reportFileName(projectName: string | undefined): string {
  const stem = (projectName ?? '').normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `${stem || 'verbatim'}-report.json`;
}

/**
 * "Save report as JSON…" in the review view: runs the check now (`runCheck`, with the project's settings,
 * as `verbatim check --json` does without options) and saves the version-2 report it answers as a JSON
 * file, the one the command line prints. In the browser the file downloads; in the desktop app a save
 * dialog asks where it goes. A failure is said next to the button and in the status area, and the report
 * shown in the window stays as it was.
 */
export class ReportSaver {
  private saving = false;

  constructor(
    private readonly ws: Workspace,
    private readonly el: ReportSaverElements,
  ) {
    el.button.addEventListener('click', () => void this.save());
  }

  /** Checks the project and saves its report; resolves once saved or failed (never rejects). */
  async save(): Promise<void> {
    if (this.saving) return;
    const { button, status } = this.el;
    this.saving = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = 'Checking the project for the report…';
    try {
      const report: Report = unwrap(await this.ws.api.runCheck({}));
      const name = reportFileName(this.ws.info()?.name);
      saveBlob(new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' }), name);
      status.textContent = `Saved ${name}.`;
      this.ws.notices.show(`Saved the report as ${name}.`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      status.textContent = `The report could not be saved: ${message}`;
      this.ws.report(error, 'The report could not be saved');
    } finally {
      this.saving = false;
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }
}
