import type { Cluster, Report, Witness } from '../../shared/model';
import { attributionText } from '../model/describe';
import { compareTable, type CompareCell } from '../model/compare-table';
import { groupPairs, type PairGroup, type ReviewItem } from '../model/review-items';
import type { ReviewNote } from '../model/review-state';
import { CLUSTER_KIND_LABELS, kindBadge, plural, severityBadge, witnessLabel, witnessText } from './review-format';
import type { ReviewRequest } from './review-mode';
import { pairList } from './review-pairs';

/** Callbacks of the {@link CompareView}. */
export interface CompareViewEvents {
  /** Show `start..end` of `document` in the document view. */
  onShow(document: string, start: number, end: number): void;
  /** Step through these review items in review mode. */
  onReview(request: ReviewRequest): void;
  /** Show another cluster. */
  onCluster(cluster: string): void;
}

/** What the view draws from. */
export interface CompareData {
  report: Report;
  /** The report's review items (variant rows). */
  items: readonly ReviewItem[];
  notes: ReadonlyMap<string, ReviewNote>;
  titleOf(document: string): string;
}

function cellText(w: Witness, cell: CompareCell): string {
  return cell.type === 'text' || cell.type === 'reading' ? witnessText(w, cell.start, cell.end) : '';
}

/**
 * The compare view (`[data-testid=compare-view]`): one cluster's witnesses side by side, one column each
 * (`[data-testid=compare-table]`), aligned by the engine's variant table, so each variant location is one
 * row and the words between two locations one row between them. Every variant row is marked by its kind
 * and severity in words; a reading explains itself on focus or hover: how it differs from the other
 * witnesses, one line per way it differs and the witnesses it differs from (`against A, B`), with the
 * review status. Minor and info variants can be hidden. Each witness links to its place in its document.
 */
export class CompareView {
  private data: CompareData | null = null;
  private cluster: Cluster | null = null;
  private hideMinor = false;
  private readonly heading: HTMLHeadingElement;
  private readonly nav: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly explanation: HTMLElement;
  private readonly hideToggle: HTMLInputElement;

  constructor(
    host: HTMLElement,
    private readonly events: CompareViewEvents,
  ) {
    host.dataset['testid'] = 'compare-view';
    const head = Object.assign(document.createElement('div'), { className: 'compare-head' });
    this.heading = Object.assign(document.createElement('h2'), { className: 'compare-heading', id: 'compare-heading', textContent: 'Compare witnesses' });
    this.nav = Object.assign(document.createElement('div'), { className: 'compare-nav' });
    const toggleRow = Object.assign(document.createElement('div'), { className: 'form-row form-row-check' });
    this.hideToggle = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'hide-minor-variants' });
    this.hideToggle.addEventListener('change', () => {
      this.hideMinor = this.hideToggle.checked;
      this.draw();
    });
    toggleRow.append(this.hideToggle, Object.assign(document.createElement('label'), { htmlFor: this.hideToggle.id, textContent: 'Hide minor and info variants' }));
    head.append(this.heading, this.nav, toggleRow);
    this.scroller = Object.assign(document.createElement('div'), { className: 'compare-scroll', tabIndex: 0 });
    this.scroller.setAttribute('role', 'region');
    this.scroller.setAttribute('aria-label', 'Witnesses side by side');
    this.explanation = Object.assign(document.createElement('div'), { className: 'variant-explanation' });
    this.explanation.dataset['testid'] = 'variant-explanation';
    this.explanation.setAttribute('aria-live', 'polite');
    host.append(head, this.scroller, this.explanation);
    host.setAttribute('aria-labelledby', this.heading.id);
  }

  /** The cluster shown, or null. */
  get current(): string | null {
    return this.cluster?.id ?? null;
  }

  /** Shows cluster `id` of `data.report` (or says it is gone after a re-check). */
  show(data: CompareData, id: string | null): void {
    this.data = data;
    this.cluster = data.report.clusters.find((c) => c.id === id) ?? null;
    this.draw();
  }

  /** Redraws with new review notes (statuses in explanations), keeping the cluster. */
  update(data: CompareData): void {
    this.show(data, this.cluster?.id ?? null);
  }

  /** Focuses the reading of witness `witness` in variant row `variant`, if shown. */
  focusVariant(variant: string): void {
    this.scroller.querySelector<HTMLButtonElement>(`tr[data-variant-id="${CSS.escape(variant)}"] button.variant-reading`)?.focus();
  }

  private draw(): void {
    const { data, cluster } = this;
    this.explanation.replaceChildren();
    if (!data || !cluster) {
      this.heading.textContent = 'Compare witnesses';
      this.nav.replaceChildren();
      this.scroller.replaceChildren(Object.assign(document.createElement('p'), {
        className: 'empty',
        textContent: data ? 'That cluster is not in the last check any more. Choose one in the review view.' : 'Choose a cluster in the review view to compare its witnesses.',
      }));
      return;
    }
    this.heading.textContent = `${CLUSTER_KIND_LABELS[cluster.kind]}: ${attributionText(cluster.source) || 'source not named'}`;
    this.drawNav(data.report, cluster);
    const table = compareTable(cluster, this.hideMinor ? 'major' : 'info');
    const itemOf = new Map(data.items.filter((item) => item.cluster.id === cluster.id).map((item) => [item.id, item]));
    const el = Object.assign(document.createElement('table'), { className: 'compare-table' });
    el.dataset['testid'] = 'compare-table';
    const caption = Object.assign(document.createElement('caption'), {
      className: 'visually-hidden',
      textContent: `${plural(cluster.witnesses.length, 'witness', 'witnesses')}, ${plural(cluster.variants.length - table.hidden, 'variant')} shown${table.hidden ? `, ${table.hidden} hidden` : ''}`,
    });
    const headRow = document.createElement('tr');
    headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: 'Place' }));
    for (const w of cluster.witnesses) {
      const th = Object.assign(document.createElement('th'), { scope: 'col', className: 'witness-head' });
      const name = Object.assign(document.createElement('span'), { className: 'witness-name', textContent: witnessLabel(w, data.titleOf) });
      // Several witnesses may come from one document: their first words tell them apart.
      const opening = witnessText(w, w.start, Math.min(w.end, w.start + 60)).replace(/\s+/g, ' ').trim();
      const first = Object.assign(document.createElement('span'), { className: 'witness-opening', textContent: `“${opening.split(' ').slice(0, 7).join(' ')}…”` });
      const go = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: 'Show in document' });
      go.setAttribute('aria-label', `Show ${data.titleOf(w.document)} at this passage`);
      go.addEventListener('click', () => this.events.onShow(w.document, w.start, w.end));
      th.append(name, first, go);
      headRow.append(th);
    }
    const thead = document.createElement('thead');
    thead.append(headRow);
    const tbody = document.createElement('tbody');
    for (const row of table.rows) {
      const tr = document.createElement('tr');
      const th = Object.assign(document.createElement('th'), { scope: 'row' });
      if (row.variant) {
        const v = row.variant;
        tr.className = `compare-variant variant-${v.severity}`;
        tr.dataset['variantId'] = v.id;
        th.append(kindBadge(v.kind), ' ', severityBadge(v.severity));
      } else {
        tr.className = 'compare-text';
        th.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: 'Shared text' }));
      }
      tr.append(th);
      row.cells.forEach((cell, i) => {
        const w = cluster.witnesses[i]!;
        const td = document.createElement('td');
        if (cell.type === 'text') td.textContent = cellText(w, cell);
        else if (cell.type === 'outside') td.append(Object.assign(document.createElement('span'), { className: 'cell-note', textContent: 'excerpt does not reach here' }));
        else if (cell.type === 'absent') td.append(Object.assign(document.createElement('span'), { className: 'cell-note', textContent: '—', title: 'not compared at this place' }));
        else if (row.variant) td.append(this.readingButton(row.variant.id, w, cell, itemOf.get(row.variant.id), data));
        if (cell.type === 'attribution') td.classList.add('attribution-cell');
        tr.append(td);
      });
      tbody.append(tr);
    }
    el.append(caption, thead, tbody);
    this.scroller.replaceChildren(el);
    if (table.rows.length === 0) this.scroller.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'The witnesses agree.' }));
  }

  private readingButton(variant: string, w: Witness, cell: Extract<CompareCell, { type: 'reading' | 'attribution' }>, item: ReviewItem | undefined, data: CompareData): HTMLButtonElement {
    const text = cell.type === 'attribution' ? cell.text : cellText(w, cell);
    const moved = cell.type === 'reading' && cell.moved;
    const b = Object.assign(document.createElement('button'), { type: 'button', className: `variant-reading reading-${cell.reading % 4}${moved ? ' reading-moved' : ''}` });
    b.textContent = text === '' ? '(lacks these words)' : text;
    if (text === '') b.classList.add('reading-missing');
    // Seen from this witness when it takes part in a pair; otherwise every pair of the row.
    const mine = item ? groupPairs(item, w.id) : [];
    const from = mine.length > 0 ? w.id : null;
    const groups = mine.length > 0 || !item ? mine : groupPairs(item);
    b.title = groups.map((g) => g.explanation).join('\n');
    const explain = (): void => this.explain(variant, w, cell, item, groups, from, data);
    b.addEventListener('focus', explain);
    b.addEventListener('mouseenter', explain);
    b.addEventListener('click', explain);
    return b;
  }

  private explain(variant: string, w: Witness, cell: Extract<CompareCell, { type: 'reading' | 'attribution' }>, item: ReviewItem | undefined, groups: readonly PairGroup[], from: string | null, data: CompareData): void {
    const moved = cell.type === 'reading' && cell.moved;
    const heading = Object.assign(document.createElement('h3'), { className: 'panel-heading', textContent: `${data.titleOf(w.document)}${moved ? ' (elsewhere in this witness)' : ''}` });
    const list = this.cluster ? pairList(groups, this.cluster, data.notes, data.titleOf, from) : document.createElement('ul');
    const actions = Object.assign(document.createElement('div'), { className: 'cluster-actions' });
    const show = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: 'Show in document' });
    const span = cell.type === 'reading' ? { start: cell.start, end: cell.end } : (w.attributionSpan ?? { start: w.start, end: w.end });
    show.addEventListener('click', () => this.events.onShow(w.document, span.start, span.end));
    const review = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: 'Review this variant' });
    review.disabled = !item;
    if (item) review.addEventListener('click', () => this.events.onReview({ steps: [item.id], scope: [item.id], label: 'This variant' }));
    actions.append(show, review);
    this.explanation.dataset['variantId'] = variant;
    this.explanation.replaceChildren(heading, list, actions);
  }

  private drawNav(report: Report, cluster: Cluster): void {
    const at = report.clusters.findIndex((c) => c.id === cluster.id);
    const button = (label: string, to: Cluster | undefined): HTMLButtonElement => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: label, disabled: !to });
      if (to) b.addEventListener('click', () => this.events.onCluster(to.id));
      return b;
    };
    const position = Object.assign(document.createElement('span'), { className: 'compare-position', textContent: `Cluster ${at + 1} of ${report.clusters.length}` });
    this.nav.replaceChildren(button('Previous cluster', report.clusters[at - 1]), position, button('Next cluster', report.clusters[at + 1]));
  }
}
