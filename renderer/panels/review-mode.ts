import type { Cluster, Discrepancy, Report } from '../../shared/model';
import { reviewSummary, statusOf, type ReviewNote, type ReviewStatus } from '../model/review-state';
import { kindBadge, readingInContext, severityBadge, witnessLabel } from './review-format';

/** Callbacks of {@link ReviewMode}. */
export interface ReviewModeEvents {
  /** Store `status` (and the note's text) for discrepancy `d`; resolves true when stored. */
  onVerdict(d: Discrepancy, status: ReviewStatus, text: string): Promise<boolean>;
  onShow(document: string, start: number, end: number): void;
  onCompare(cluster: string, variant: string): void;
  /** Review mode was left (Escape or "Back to clusters"). */
  onExit(): void;
}

/** What review mode draws from. */
export interface ReviewModeData {
  report: Report;
  notes: ReadonlyMap<string, ReviewNote>;
  titleOf(document: string): string;
}

/** The keys of review mode, shown on its buttons and in `aria-keyshortcuts`. */
const KEYS = { next: 'J', previous: 'K', confirm: 'C', dismiss: 'D', note: 'N', reopen: 'O' } as const;

/**
 * Review mode (`[data-testid=review-mode]`): steps through a list of discrepancies one at a time with the
 * keyboard — J or → next, K or ← previous, C confirm, D dismiss, O reopen, N write a note (Ctrl+Enter in
 * the note saves it and moves on), Escape back to the clusters. Each shows both readings in context, what
 * differs and why, and its current verdict; a verdict is stored as a `note` annotation on the
 * discrepancy's stable id (through `onVerdict`), so it survives a re-check. A summary counts the list's
 * open, confirmed and dismissed discrepancies.
 */
export class ReviewMode {
  private ids: string[] = [];
  private at = 0;
  private data: ReviewModeData | null = null;
  private busy = false;
  private readonly summary: HTMLElement;
  private readonly card: HTMLElement;
  private readonly note: HTMLTextAreaElement;
  private readonly position: HTMLElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: ReviewModeEvents,
  ) {
    host.dataset['testid'] = 'review-mode';
    host.hidden = true;
    host.tabIndex = -1;
    host.setAttribute('aria-labelledby', 'review-mode-heading');
    const heading = Object.assign(document.createElement('h3'), { id: 'review-mode-heading', className: 'review-mode-heading', textContent: 'Review mode' });
    this.position = Object.assign(document.createElement('p'), { className: 'review-position' });
    this.position.setAttribute('aria-live', 'polite');
    this.summary = Object.assign(document.createElement('p'), { className: 'review-counts' });
    this.summary.dataset['testid'] = 'review-mode-summary';
    this.card = Object.assign(document.createElement('div'), { className: 'review-card' });
    this.status = Object.assign(document.createElement('p'), { className: 'review-status' });
    this.status.dataset['testid'] = 'review-status';
    const noteLabel = Object.assign(document.createElement('label'), { htmlFor: 'review-note', textContent: 'Note' });
    this.note = Object.assign(document.createElement('textarea'), { id: 'review-note', rows: 3, className: 'review-note' });
    this.note.setAttribute('aria-keyshortcuts', 'Control+Enter');
    const controls = Object.assign(document.createElement('div'), { className: 'review-controls' });
    controls.setAttribute('role', 'toolbar');
    controls.setAttribute('aria-label', 'Review the discrepancy');
    controls.append(
      this.control('Previous', KEYS.previous, () => this.move(-1)),
      this.control('Next', KEYS.next, () => this.move(1)),
      this.control('Confirm', KEYS.confirm, () => void this.verdict('confirmed')),
      this.control('Dismiss', KEYS.dismiss, () => void this.verdict('dismissed')),
      this.control('Reopen', KEYS.reopen, () => void this.verdict('open')),
      this.control('Write a note', KEYS.note, () => this.note.focus()),
      this.control('Back to clusters', 'Escape', () => this.exit()),
    );
    const top = Object.assign(document.createElement('div'), { className: 'review-mode-top' });
    top.append(heading, this.position, this.summary);
    host.append(top, this.card, this.status, noteLabel, this.note, controls);
    host.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Whether review mode is showing. */
  get isOpen(): boolean {
    return !this.host.hidden;
  }

  /** The discrepancy shown, or null. */
  get currentId(): string | null {
    return this.isOpen ? (this.ids[this.at] ?? null) : null;
  }

  /** Starts stepping through `ids` at the first, and focuses the mode so its keys work. */
  start(ids: readonly string[], data: ReviewModeData): void {
    this.ids = [...ids];
    this.at = 0;
    this.data = data;
    this.host.hidden = false;
    this.draw();
    this.host.focus();
  }

  /** Redraws with new data (a verdict stored, a re-check), staying on the same discrepancy. */
  update(data: ReviewModeData): void {
    this.data = data;
    if (this.isOpen) this.draw();
  }

  /** Leaves review mode. */
  exit(): void {
    if (!this.isOpen) return;
    this.host.hidden = true;
    this.events.onExit();
  }

  private control(label: string, key: string, run: () => void): HTMLButtonElement {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'review-button' });
    b.setAttribute('aria-keyshortcuts', key);
    const kbd = Object.assign(document.createElement('kbd'), { textContent: key === 'Escape' ? 'Esc' : key });
    kbd.setAttribute('aria-hidden', 'true');
    b.append(label, ' ', kbd);
    b.addEventListener('click', run);
    return b;
  }

  private current(): { d: Discrepancy; cluster: Cluster | undefined } | null {
    const data = this.data;
    const id = this.ids[this.at];
    const d = data && id ? data.report.discrepancies.find((x) => x.id === id) : undefined;
    return d && data ? { d, cluster: data.report.clusters.find((c) => c.id === d.cluster) } : null;
  }

  private draw(): void {
    const data = this.data;
    if (!data) return;
    const listed = data.report.discrepancies.filter((d) => this.ids.includes(d.id));
    const counts = reviewSummary(listed, data.notes);
    this.summary.textContent = `${counts.open} open · ${counts.confirmed} confirmed · ${counts.dismissed} dismissed`;
    this.position.textContent = this.ids.length === 0 ? 'Nothing to review.' : `Discrepancy ${this.at + 1} of ${this.ids.length}`;
    const found = this.current();
    if (!found) {
      this.card.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: this.ids.length ? 'This discrepancy is not in the last check any more.' : 'Nothing to review with these filters.' }));
      this.status.textContent = '';
      this.note.value = '';
      return;
    }
    const { d, cluster } = found;
    this.card.dataset['discrepancyId'] = d.id;
    const head = Object.assign(document.createElement('p'), { className: 'review-head' });
    head.append(kindBadge(d.kind), ' ', severityBadge(d.severity), ` ${d.explanation}`);
    const sides = Object.assign(document.createElement('div'), { className: 'review-sides' });
    for (const side of [d.a, d.b]) {
      const w = cluster?.witnesses.find((x) => x.id === side.witness);
      const box = Object.assign(document.createElement('section'), { className: 'review-side-box' });
      const title = Object.assign(document.createElement('h4'), { textContent: w ? witnessLabel(w, data.titleOf) : data.titleOf(side.document) });
      const show = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: 'Show in document' });
      show.addEventListener('click', () => this.events.onShow(side.document, side.start, side.end));
      box.append(title, w ? readingInContext(w, side.start, side.end) : Object.assign(document.createElement('p'), { textContent: side.text }), show);
      sides.append(box);
    }
    const compare = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: 'Compare all witnesses' });
    compare.addEventListener('click', () => this.events.onCompare(d.cluster, d.variant));
    this.card.replaceChildren(head, sides, compare);
    const note = data.notes.get(d.id);
    const status = statusOf(d.id, data.notes);
    this.status.textContent = `Status: ${status}${note?.text ? ` — “${note.text}”` : ''}`;
    this.status.dataset['status'] = status;
    if (document.activeElement !== this.note) this.note.value = note?.text ?? '';
  }

  private move(by: number): void {
    if (this.ids.length === 0) return;
    this.at = Math.max(0, Math.min(this.ids.length - 1, this.at + by));
    this.note.value = '';
    this.draw();
  }

  /** Stores a verdict with the note's text, then moves on to the next discrepancy (by default not after a reopen). */
  private async verdict(status: ReviewStatus, advance = status !== 'open'): Promise<void> {
    const found = this.current();
    if (!found || this.busy) return;
    this.busy = true;
    try {
      const stored = await this.events.onVerdict(found.d, status, this.note.value.trim());
      if (!stored) return;
      if (document.activeElement === this.note) this.host.focus();
      if (advance && this.at < this.ids.length - 1) this.move(1);
      else this.draw();
    } finally {
      this.busy = false;
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (document.activeElement === this.note) this.host.focus();
      else this.exit();
      return;
    }
    const inNote = event.target === this.note;
    if (inNote) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        const current = this.current();
        // The note is saved with the verdict the discrepancy has now, and review moves on.
        if (current) void this.verdict(statusOf(current.d.id, this.data?.notes ?? new Map()), true);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    const actions: Record<string, () => void> = {
      [KEYS.next]: () => this.move(1),
      ArrowRight: () => this.move(1),
      [KEYS.previous]: () => this.move(-1),
      ArrowLeft: () => this.move(-1),
      [KEYS.confirm]: () => void this.verdict('confirmed'),
      [KEYS.dismiss]: () => void this.verdict('dismissed'),
      [KEYS.reopen]: () => void this.verdict('open'),
      [KEYS.note]: () => this.note.focus(),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  }
}
