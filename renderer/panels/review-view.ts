import { DISCREPANCY_KINDS, SEVERITIES, type Cluster, type DocumentRecord, type Report, type Severity } from '../../shared/model';
import { attributionText } from '../model/describe';
import { ANY_FILTER, filterReview, isNeutral, outletsOf, type ReviewFilter } from '../model/review-filter';
import { countsText, itemStatus, reviewCounts, type ReviewItem } from '../model/review-items';
import type { ReviewNote, ReviewStatus } from '../model/review-state';
import { selectField, textField } from './forms/form-fields';
import type { ReviewRequest } from './review-mode';
import { CLUSTER_KIND_LABELS, plural, severityBadge, witnessLabel } from './review-format';

/** Callbacks of the {@link ReviewView}. */
export interface ReviewViewEvents {
  /** Show cluster `id` side by side. */
  onCompare(cluster: string): void;
  /** Step through review items in review mode. */
  onReview(request: ReviewRequest): void;
  /** Show a witness in its document. */
  onShow(document: string, start: number, end: number): void;
}

/** What the view draws from. */
export interface ReviewData {
  report: Report;
  /** The report's review items (variant rows), in review order. */
  items: readonly ReviewItem[];
  notes: ReadonlyMap<string, ReviewNote>;
  documents: readonly DocumentRecord[];
  titleOf(document: string): string;
  /** Flagged claims: how many, how many open. */
  flags: { total: number; open: number; claims: number };
}

const STATUSES: readonly ReviewStatus[] = ['open', 'confirmed', 'dismissed', 'resolved'];

function countBySeverity(items: readonly ReviewItem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { info: 0, minor: 0, major: 0, critical: 0 };
  for (const item of items) counts[item.severity] += 1;
  return counts;
}

/**
 * The review view (`[data-testid=review-view]`), a view of its own: a summary of the last check
 * (`[data-testid=check-summary]`: clusters, differences — review items, one per variant row — by
 * severity and by review status, flags),
 * filters (severity, kind, document, outlet, review status, search) and the quote clusters that pass
 * them, press quotes first (`[data-testid=cluster-list]`), each with its source, its witnesses and its
 * counts by severity and status, and buttons to compare its witnesses or review its open differences.
 * Every count of open, confirmed and dismissed here and in review mode comes from `reviewCounts`.
 */
export class ReviewView {
  private filter: ReviewFilter = { ...ANY_FILTER };
  private data: ReviewData | null = null;
  private readonly summary: HTMLElement;
  private readonly filters: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly heading: HTMLElement;
  private readonly reviewAll: HTMLButtonElement;
  private filterControls: Record<keyof ReviewFilter, HTMLInputElement | HTMLSelectElement> | null = null;
  /** "Save report as JSON…", shown whether or not a check has run (see ReportSaver). */
  readonly saveButton: HTMLButtonElement;
  /** Says how saving the report went (`role=status`). */
  readonly saveStatus: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: ReviewViewEvents,
  ) {
    host.dataset['testid'] = 'review-view';
    this.summary = Object.assign(document.createElement('section'), { className: 'review-summary' });
    this.summary.dataset['testid'] = 'check-summary';
    this.summary.setAttribute('aria-label', 'Summary of the last check');
    this.filters = Object.assign(document.createElement('form'), { className: 'review-filters' });
    this.filters.setAttribute('aria-label', 'Filter discrepancies');
    this.filters.addEventListener('submit', (event) => event.preventDefault());
    this.heading = Object.assign(document.createElement('h3'), { className: 'cluster-list-heading', id: 'cluster-list-heading' });
    this.reviewAll = Object.assign(document.createElement('button'), { type: 'button', className: 'primary-button review-all' });
    this.reviewAll.addEventListener('click', () => this.events.onReview(this.request(null)));
    this.list = Object.assign(document.createElement('ol'), { className: 'cluster-list' });
    this.list.dataset['testid'] = 'cluster-list';
    this.list.setAttribute('aria-labelledby', this.heading.id);
    const head = Object.assign(document.createElement('div'), { className: 'cluster-list-head' });
    head.append(this.heading, this.reviewAll);
    this.saveButton = Object.assign(document.createElement('button'), { type: 'button', className: 'review-save-button', textContent: 'Save report as JSON…' });
    this.saveButton.title = 'Check the project now and save its report as JSON (what “verbatim check --json” prints)';
    this.saveStatus = Object.assign(document.createElement('p'), { className: 'form-hint review-save-status' });
    this.saveStatus.setAttribute('role', 'status');
    this.saveStatus.dataset['testid'] = 'report-save-status';
    const save = Object.assign(document.createElement('div'), { className: 'review-save' });
    save.append(this.saveButton, this.saveStatus);
    const side = Object.assign(document.createElement('div'), { className: 'review-side' });
    side.append(this.summary, save, this.filters);
    const main = Object.assign(document.createElement('div'), { className: 'review-main' });
    main.append(head, this.list);
    host.append(side, main);
    this.showEmpty('No check has run yet. Press “Check quotes” to find the quotes the documents share.');
  }

  /** Shows a message in place of the clusters (no report yet, or a check failed). */
  showEmpty(message: string): void {
    this.data = null;
    this.summary.replaceChildren(Object.assign(document.createElement('p'), { textContent: message }));
    this.filters.hidden = true;
    this.heading.textContent = 'Quote clusters';
    this.reviewAll.hidden = true;
    this.list.replaceChildren();
  }

  /** Draws `data` with the current filters. */
  render(data: ReviewData): void {
    const documentsChanged = this.data?.documents !== data.documents || this.data?.report !== data.report;
    this.data = data;
    if (documentsChanged || !this.filterControls) this.buildFilters(data);
    this.filters.hidden = false;
    this.draw();
  }

  /** The items shown now (of one cluster, or all): what the filters pass. */
  private shown(cluster: string | null, filtered?: readonly ReviewItem[]): ReviewItem[] {
    const data = this.data;
    if (!data) return [];
    const items = filtered ?? filterReview(data.report, data.items, this.filter, data.notes, data.titleOf).items;
    return cluster === null ? [...items] : items.filter((item) => item.cluster.id === cluster);
  }

  /**
   * What review mode steps through: the items shown (of one cluster), the open ones unless a status is
   * chosen, in review order; its summary counts all the items shown, as this view does.
   */
  private request(cluster: string | null, filtered?: readonly ReviewItem[]): ReviewRequest {
    const data = this.data;
    const scope = this.shown(cluster, filtered);
    const steps = data ? scope.filter((item) => this.filter.status !== '' || itemStatus(item, data.notes) === 'open') : [];
    const label = cluster !== null ? 'This cluster' : isNeutral(this.filter) ? 'All differences' : 'Differences shown';
    return { steps: steps.map((item) => item.id), scope: scope.map((item) => item.id), label };
  }

  private buildFilters(data: ReviewData): void {
    const outlets = [...new Set(data.report.clusters.flatMap(outletsOf))].sort((a, b) => a.localeCompare(b));
    const severity = selectField('At least', [...SEVERITIES].map((s) => [s, s] as const), this.filter.minSeverity, 'min-severity');
    const kind = selectField('Kind', [['', 'Any kind'], ...DISCREPANCY_KINDS.map((k) => [k, k] as const)], this.filter.kind, 'kind');
    const doc = selectField('Document', [['', 'Any document'], ...data.documents.map((d) => [d.id, d.title || d.path] as const)], this.filter.document, 'document');
    const outlet = selectField('Outlet', [['', 'Any outlet'], ...outlets.map((o) => [o, o] as const)], outlets.includes(this.filter.outlet) ? this.filter.outlet : '', 'outlet');
    const status = selectField('Review status', [['', 'Any status'], ...STATUSES.map((s) => [s, s] as const)], this.filter.status, 'status');
    const search = textField('Search', this.filter.search, { name: 'search', type: 'search' });
    this.filterControls = { minSeverity: severity.control, kind: kind.control, document: doc.control, outlet: outlet.control, status: status.control, search: search.control };
    const heading = Object.assign(document.createElement('h3'), { className: 'panel-heading', textContent: 'Filters' });
    this.filters.replaceChildren(heading, severity.row, kind.row, doc.row, outlet.row, status.row, search.row);
    for (const control of Object.values(this.filterControls)) {
      control.addEventListener(control instanceof HTMLInputElement ? 'input' : 'change', () => this.readFilters());
    }
  }

  private readFilters(): void {
    const c = this.filterControls;
    if (!c) return;
    this.filter = {
      minSeverity: c.minSeverity.value as Severity,
      kind: c.kind.value as ReviewFilter['kind'],
      document: c.document.value,
      outlet: c.outlet.value,
      status: c.status.value as ReviewFilter['status'],
      search: c.search.value,
    };
    this.draw();
  }

  private draw(): void {
    const data = this.data;
    if (!data) return;
    const { report } = data;
    const filtered = filterReview(report, data.items, this.filter, data.notes, data.titleOf);
    this.drawSummary(data);
    const steps = this.request(null, filtered.items).steps.length;
    this.heading.textContent = `Quote clusters (${filtered.clusters.length} of ${report.clusters.length}, ${plural(filtered.items.length, 'difference')})`;
    this.reviewAll.hidden = false;
    this.reviewAll.disabled = steps === 0;
    this.reviewAll.textContent = steps === 0 ? 'Nothing left to review' : `Review ${plural(steps, this.filter.status ? 'difference' : 'open difference')}`;
    const byCluster = new Map<string, ReviewItem[]>();
    for (const item of filtered.items) {
      const list = byCluster.get(item.cluster.id);
      if (list) list.push(item);
      else byCluster.set(item.cluster.id, [item]);
    }
    const items = filtered.clusters.map((c) => this.clusterItem(c, byCluster.get(c.id) ?? [], data));
    this.list.replaceChildren(...items);
    if (items.length === 0) this.list.append(Object.assign(document.createElement('li'), { className: 'empty', textContent: 'No cluster matches the filters.' }));
  }

  private drawSummary(data: ReviewData): void {
    const { report, items, notes } = data;
    const totals = Object.assign(document.createElement('p'), {
      className: 'check-totals',
      textContent:
        `${plural(report.clusters.length, 'quote cluster')}, ${plural(items.length, 'difference')} ` +
        `(${plural(report.discrepancies.length, 'pair of witnesses', 'pairs of witnesses')}); ` +
        `${plural(data.flags.total, 'flagged claim')} of ${data.flags.claims} (${data.flags.open} open).`,
    });
    const counts = countBySeverity(items);
    const bySeverity = Object.assign(document.createElement('dl'), { className: 'severity-counts' });
    for (const s of [...SEVERITIES].reverse()) {
      const dt = document.createElement('dt');
      dt.append(severityBadge(s));
      bySeverity.append(dt, Object.assign(document.createElement('dd'), { textContent: String(counts[s]) }));
    }
    const byStatus = Object.assign(document.createElement('p'), { className: 'review-counts' });
    byStatus.dataset['testid'] = 'review-counts';
    byStatus.textContent = countsText(reviewCounts(items, notes));
    const heading = Object.assign(document.createElement('h3'), { className: 'panel-heading', textContent: 'Last check' });
    this.summary.replaceChildren(heading, totals, bySeverity, byStatus);
  }

  private clusterItem(c: Cluster, shown: readonly ReviewItem[], data: ReviewData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = `cluster cluster-${c.kind}`;
    li.dataset['clusterId'] = c.id;
    const article = document.createElement('article');
    const headingId = `cluster-${c.id}`;
    article.setAttribute('aria-labelledby', headingId);
    const h = Object.assign(document.createElement('h4'), { className: 'cluster-heading', id: headingId });
    const kind = Object.assign(document.createElement('span'), { className: `cluster-kind cluster-kind-${c.kind}`, textContent: CLUSTER_KIND_LABELS[c.kind] });
    h.append(kind, ` ${attributionText(c.source) || 'source not named'}`);
    const witnesses = Object.assign(document.createElement('ul'), { className: 'cluster-witnesses' });
    for (const w of c.witnesses) {
      const item = document.createElement('li');
      const go = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: witnessLabel(w, data.titleOf) });
      go.addEventListener('click', () => this.events.onShow(w.document, w.start, w.end));
      item.append(go);
      witnesses.append(item);
    }
    const counts = countBySeverity(shown);
    const line = Object.assign(document.createElement('p'), { className: 'cluster-counts' });
    // Read as words: "1 major · 2 minor · 3 open · 0 confirmed · 0 dismissed".
    for (const s of [...SEVERITIES].reverse()) {
      if (counts[s] === 0) continue;
      const badge = severityBadge(s);
      badge.classList.add('severity-count');
      badge.textContent = `${counts[s]} ${s}`;
      line.append(badge, ' · ');
    }
    const status = Object.assign(document.createElement('span'), { className: 'cluster-review-counts', textContent: shown.length === 0 ? 'The witnesses agree.' : countsText(reviewCounts(shown, data.notes)) });
    line.append(status);
    const actions = Object.assign(document.createElement('div'), { className: 'cluster-actions' });
    const compare = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: 'Compare witnesses' });
    compare.setAttribute('aria-describedby', headingId);
    compare.addEventListener('click', () => this.events.onCompare(c.id));
    actions.append(compare);
    const request = this.request(c.id, shown);
    if (request.steps.length > 0) {
      const review = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: `Review ${request.steps.length}` });
      review.setAttribute('aria-describedby', headingId);
      review.addEventListener('click', () => this.events.onReview(request));
      actions.append(review);
    }
    article.append(h, Object.assign(document.createElement('p'), { className: 'cluster-witness-count', textContent: plural(c.witnesses.length, 'witness', 'witnesses') }), witnesses, line, actions);
    li.append(article);
    return li;
  }
}
