import type { Discrepancy, Report, Severity } from '../../shared/model';
import { SEVERITIES, SEVERITY_RANK } from '../../shared/model';

/** How many discrepancies the panel lists; the summary counts all of them. */
const LISTED = 50;

/** Callbacks of the {@link CheckPanel}. */
export interface CheckPanelEvents {
  /** The user chose one side of a discrepancy to look at. */
  onShow(document: string, start: number, end: number): void;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function countBySeverity(report: Report): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, minor: 0, major: 0, critical: 0 };
  for (const d of report.discrepancies) counts[d.severity] += 1;
  return counts;
}

function sideButton(d: Discrepancy, side: 'a' | 'b', titleOf: (id: string) => string, events: CheckPanelEvents): HTMLButtonElement {
  const s = d[side];
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'discrepancy-side';
  button.textContent = `${titleOf(s.document)}: “${s.text || '(missing)'}”`;
  button.addEventListener('click', () => events.onShow(s.document, s.start, s.end));
  return button;
}

/**
 * The result of "Check quotes" (`[data-testid=check-summary]`): counts of quote clusters, discrepancies by
 * severity and flagged claims, then the most severe discrepancies, each side a button that opens it.
 */
export class CheckPanel {
  constructor(
    private readonly section: HTMLElement,
    private readonly events: CheckPanelEvents,
  ) {
    section.dataset['testid'] = 'check-summary';
  }

  /** Shows that a check is running. */
  showRunning(): void {
    this.section.hidden = false;
    this.body().replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Checking quotes…' }));
  }

  /** Shows `report`; `titleOf` names a document by id. */
  show(report: Report, titleOf: (id: string) => string): void {
    this.section.hidden = false;
    const counts = countBySeverity(report);
    const flagged = report.claims.filter((c) => c.flagged).length;
    const summary = document.createElement('p');
    summary.className = 'check-totals';
    summary.textContent =
      `${plural(report.clusters.length, 'quote cluster')}, ${plural(report.discrepancies.length, 'discrepancy', 'discrepancies')}; ` +
      `${plural(flagged, 'flagged claim')} of ${report.claims.length}.`;
    const bySeverity = document.createElement('dl');
    bySeverity.className = 'severity-counts';
    for (const s of [...SEVERITIES].reverse()) {
      const dt = Object.assign(document.createElement('dt'), { textContent: s, className: `severity severity-${s}` });
      const dd = Object.assign(document.createElement('dd'), { textContent: String(counts[s]) });
      bySeverity.append(dt, dd);
    }
    const list = document.createElement('ol');
    list.className = 'discrepancy-list';
    const worst = [...report.discrepancies].sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity]).slice(0, LISTED);
    for (const d of worst) {
      const li = document.createElement('li');
      const head = document.createElement('p');
      head.className = 'discrepancy-head';
      const sev = Object.assign(document.createElement('span'), { className: `severity severity-${d.severity}`, textContent: d.severity });
      head.append(sev, ` ${d.kind}: ${d.explanation}`);
      li.append(head, sideButton(d, 'a', titleOf, this.events), sideButton(d, 'b', titleOf, this.events));
      list.append(li);
    }
    this.body().replaceChildren(summary, bySeverity, list);
  }

  /** Shows that the check failed with `message`. */
  showError(message: string): void {
    this.section.hidden = false;
    this.body().replaceChildren(Object.assign(document.createElement('p'), { textContent: `The check failed: ${message}`, className: 'error' }));
  }

  private body(): HTMLElement {
    let body = this.section.querySelector<HTMLElement>('.check-body');
    if (!body) {
      body = Object.assign(document.createElement('div'), { className: 'check-body' });
      this.section.append(body);
    }
    return body;
  }
}
