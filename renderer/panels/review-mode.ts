import type { Report } from '../../shared/model';
import { countsText, itemNote, itemStatus, reviewCounts, type ReviewItem } from '../model/review-items';
import type { ReviewNote, ReviewStatus } from '../model/review-state';
import type { VerdictChange } from '../model/review-verdict';
import { reviewCard } from './review-card';

/** Callbacks of {@link ReviewMode}. */
export interface ReviewModeEvents {
  /** Store `change` for every discrepancy of `item`; resolves true when stored. */
  onVerdict(item: ReviewItem, change: VerdictChange): Promise<boolean>;
  onShow(document: string, start: number, end: number): void;
  onCompare(cluster: string, variant: string): void;
  /** Review mode was left (Escape or "Back to clusters"). */
  onExit(): void;
}

/** What review mode draws from. */
export interface ReviewModeData {
  report: Report;
  /** The report's review items (variant rows), in review order. */
  items: readonly ReviewItem[];
  notes: ReadonlyMap<string, ReviewNote>;
  titleOf(document: string): string;
}

/**
 * What to review: the items (variant row ids) to step through, in order, and the items the summary
 * counts, with what they are in words (`All differences`, `This cluster`, ...). The steps are usually
 * the open items of the scope; the summary counts the whole scope with the same function as the review
 * view's summary (`reviewCounts`), so the two agree whenever the scope is the same.
 */
export interface ReviewRequest {
  steps: readonly string[];
  scope: readonly string[];
  label: string;
}

/** The keys of review mode, shown on its buttons and in `aria-keyshortcuts`. */
const KEYS = { next: 'J', previous: 'K', confirm: 'C', dismiss: 'D', note: 'N', reopen: 'O' } as const;

/**
 * Review mode (`[data-testid=review-mode]`): steps through review items one at a time with the keyboard
 * — J or → next, K or ← previous, C confirm, D dismiss, O reopen, N write a note (Ctrl+Enter in the note
 * saves it and moves on), Escape back to the clusters. An item is one variant row of a cluster: the card
 * shows every witness's reading there, which pairs of witnesses differ and why, and the row's status; a
 * verdict is stored as a `note` annotation on each discrepancy of the row (through `onVerdict`), so it
 * survives a re-check. A summary counts the scope's open, confirmed and dismissed items.
 */
export class ReviewMode {
  private steps: string[] = [];
  private scope: string[] = [];
  private scopeLabel = '';
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
    controls.setAttribute('aria-label', 'Review the difference');
    controls.append(
      this.control('Previous', KEYS.previous, () => this.move(-1)),
      this.control('Next', KEYS.next, () => this.move(1)),
      this.control('Confirm', KEYS.confirm, () => this.decide('confirmed')),
      this.control('Dismiss', KEYS.dismiss, () => this.decide('dismissed')),
      this.control('Reopen', KEYS.reopen, () => this.decide('open')),
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

  /** The item (variant row id) shown, or null. */
  get currentId(): string | null {
    return this.isOpen ? (this.steps[this.at] ?? null) : null;
  }

  /** Starts stepping through `request.steps` at the first, and focuses the mode so its keys work. */
  start(request: ReviewRequest, data: ReviewModeData): void {
    this.steps = [...request.steps];
    this.scope = [...request.scope];
    this.scopeLabel = request.label;
    this.at = 0;
    this.data = data;
    this.host.hidden = false;
    this.note.value = '';
    this.draw();
    this.host.focus();
  }

  /** Redraws with new data (a verdict stored, a re-check), staying on the same item. */
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

  private current(): ReviewItem | null {
    const id = this.steps[this.at];
    return (id && this.data?.items.find((x) => x.id === id)) || null;
  }

  private draw(): void {
    const data = this.data;
    if (!data) return;
    const inScope = new Set(this.scope);
    const counts = reviewCounts(data.items.filter((x) => inScope.has(x.id)), data.notes);
    this.summary.textContent = `${this.scopeLabel}: ${countsText(counts)}`;
    this.position.textContent = this.steps.length === 0 ? 'Nothing to review.' : `Difference ${this.at + 1} of ${this.steps.length}`;
    const item = this.current();
    if (!item) {
      delete this.card.dataset['variantId'];
      delete this.card.dataset['discrepancyIds'];
      this.card.replaceChildren(Object.assign(document.createElement('p'), { className: 'empty', textContent: this.steps.length ? 'This difference is not in the last check any more.' : 'Nothing to review with these filters.' }));
      this.status.textContent = '';
      this.note.value = '';
      return;
    }
    this.card.dataset['variantId'] = item.id;
    this.card.dataset['discrepancyIds'] = item.discrepancies.map((d) => d.id).join(' ');
    this.card.replaceChildren(...reviewCard(item, { notes: data.notes, titleOf: data.titleOf, onShow: this.events.onShow, onCompare: this.events.onCompare }));
    const note = itemNote(item, data.notes);
    const status = itemStatus(item, data.notes);
    this.status.textContent = `Status: ${status}${note?.text ? ` — “${note.text}”` : ''}`;
    this.status.dataset['status'] = status;
    if (document.activeElement !== this.note) this.note.value = note?.text ?? '';
  }

  private move(by: number): void {
    if (this.steps.length === 0) return;
    this.at = Math.max(0, Math.min(this.steps.length - 1, this.at + by));
    this.note.value = '';
    this.draw();
  }

  /**
   * Stores `change` on the item shown, then moves on to the next item: after a confirm or dismiss, and
   * after saving a note with Ctrl+Enter; not after a reopen.
   */
  private async verdict(change: VerdictChange, advance = change.status !== 'open'): Promise<void> {
    const item = this.current();
    if (!item || this.busy) return;
    this.busy = true;
    try {
      const stored = await this.events.onVerdict(item, change);
      if (!stored) return;
      if (document.activeElement === this.note) this.host.focus();
      if (advance && this.at < this.steps.length - 1) this.move(1);
      else this.draw();
    } finally {
      this.busy = false;
    }
  }

  /** A verdict with the note's text as it stands. */
  private decide(status: ReviewStatus): void {
    void this.verdict({ status, text: this.note.value.trim() });
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
        // The note alone is saved: every pair keeps the verdict it has, and review moves on.
        void this.verdict({ text: this.note.value.trim() }, true);
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
      [KEYS.confirm]: () => this.decide('confirmed'),
      [KEYS.dismiss]: () => this.decide('dismissed'),
      [KEYS.reopen]: () => this.decide('open'),
      [KEYS.note]: () => this.note.focus(),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  }
}
