import type { Discrepancy, Report } from '../../shared/model';
import { itemOfDiscrepancy, reviewCounts, reviewItems, type ReviewItem } from '../model/review-items';
import { computeFlags, reviewNotes, type FlagView, type ReviewNote } from '../model/review-state';
import { planVerdict, type VerdictChange } from '../model/review-verdict';
import { CompareView } from '../panels/compare-view';
import { plural } from '../panels/review-format';
import { ReviewMode, type ReviewRequest } from '../panels/review-mode';
import { ReviewView } from '../panels/review-view';
import type { CheckRunner } from './check-runner';
import { ReportSaver } from './report-saver';
import type { Workspace } from './workspace';

/** The elements of the review and compare views. */
export interface ReviewElements {
  review: HTMLElement;
  reviewMode: HTMLElement;
  compare: HTMLElement;
}

/** What the review side asks of the rest of the window. */
export interface ReviewHooks {
  /** Show `start..end` of `document` in the document view. */
  show(document: string, start: number, end: number): void;
  /** Switch to the compare view on `cluster` (and focus `variant` there, if given). */
  compare(cluster: string, variant?: string): void;
  /** Switch to the review view (review mode was started from elsewhere). */
  openReview(): void;
  /** The flags changed: counts for the title, the sidebar and the highlights. */
  onFlags(flags: ReadonlyMap<string, FlagView>): void;
  /** The count of open review items (variant rows) changed (the Review tab shows it). */
  onOpenCount(open: number | null): void;
}

/**
 * The review side of the window: the last check's report, the verdicts (note annotations on discrepancy
 * ids, read from the {@link AnnotationIndex}), the flags of claims, and the three things drawn from them:
 * the review view, the compare view and review mode. Flags are recomputed in the window whenever
 * annotations change; the report itself is renewed by a check.
 */
export class ReviewController {
  readonly view: ReviewView;
  readonly mode: ReviewMode;
  readonly compareView: CompareView;
  private readonly reviewEl: HTMLElement;
  private readonly compareEl: HTMLElement;
  private stale = false;
  private pending = false;
  private report: Report | null = null;
  /** The report's review items, in review order. */
  private items: ReviewItem[] = [];
  private notes: ReadonlyMap<string, ReviewNote> = new Map();
  private flags: ReadonlyMap<string, FlagView> = new Map();

  constructor(
    private readonly ws: Workspace,
    el: ReviewElements,
    private readonly checks: CheckRunner,
    private readonly hooks: ReviewHooks,
  ) {
    this.reviewEl = el.review;
    this.compareEl = el.compare;
    this.view = new ReviewView(el.review, {
      onCompare: (cluster) => hooks.compare(cluster),
      onReview: (request) => this.startReview(request),
      onShow: (d, s, e) => hooks.show(d, s, e),
    });
    new ReportSaver(ws, { button: this.view.saveButton, status: this.view.saveStatus });
    this.mode = new ReviewMode(el.reviewMode, {
      onVerdict: (item, change) => this.verdict(item, change),
      onShow: (d, s, e) => hooks.show(d, s, e),
      onCompare: (cluster, variant) => hooks.compare(cluster, variant),
      onExit: () => {
        el.review.hidden = false;
        this.redraw();
        el.review.querySelector<HTMLButtonElement>('.review-all')?.focus();
      },
    });
    this.compareView = new CompareView(el.compare, {
      onShow: (d, s, e) => hooks.show(d, s, e),
      onReview: (request) => {
        hooks.openReview();
        this.startReview(request);
      },
      onCluster: (cluster) => hooks.compare(cluster),
    });
    ws.index.onDidChange((change) => {
      // Only claims, quotes and notes take part in flags and verdicts; a cross-reference changes neither.
      const matters = (kind: string): boolean => kind !== 'crossref';
      if (change.type === 'reset' || change.upserted.some((u) => matters(u.after.annotation.kind)) || change.removed.some((a) => matters(a.annotation.kind))) this.scheduleRecompute();
    });
    checks.onDidFinish((report, requested) => this.setReport(report, requested));
  }

  /** The last report, or null before the first check. */
  get lastReport(): Report | null {
    return this.report;
  }

  /** Every discrepancy of the last report. */
  discrepancies(): readonly Discrepancy[] {
    return this.report?.discrepancies ?? [];
  }

  /** The flags as computed now. */
  currentFlags(): ReadonlyMap<string, FlagView> {
    return this.flags;
  }

  /** Shows cluster `id` in the compare view. */
  showCluster(id: string, variant?: string): void {
    if (!this.report) return;
    this.compareView.show(this.data(), id);
    if (variant) this.compareView.focusVariant(variant);
  }

  /** Starts review mode on `request` (review items, by variant row id, in order). */
  startReview(request: ReviewRequest): void {
    if (!this.report) return;
    this.reviewEl.hidden = true;
    this.mode.start(request, this.data());
  }

  /** Starts review mode on the one review item holding discrepancy `id` (a review note was followed). */
  reviewDiscrepancy(id: string): void {
    const item = itemOfDiscrepancy(this.items, id);
    if (!item) {
      this.ws.notices.show('The discrepancy of this note is not in the last check any more.');
      return;
    }
    this.startReview({ steps: [item.id], scope: [item.id], label: 'This difference' });
  }

  /** A new report (from a check; `requested` when the user asked for it): everything drawn from it is drawn again. */
  setReport(report: Report, requested = true): void {
    this.report = report;
    this.items = reviewItems(report);
    this.recompute();
    // Counted as the review view counts: differences (variant rows), with the pairs of witnesses beside.
    const pairs = report.discrepancies.length;
    const c = report.clusters.length;
    this.ws.notices.show(`Check finished: ${plural(this.items.length, 'difference')} (${plural(pairs, 'pair of witnesses', 'pairs of witnesses')}) in ${plural(c, 'quote cluster')}.`, 'info', undefined, { background: !requested });
  }

  /**
   * Redraws the review and compare views (documents were renamed or added, verdicts changed). A view
   * that is not showing is only marked stale, and drawn when it is shown (see {@link shown}), so an edit
   * in the document view never pays for drawing views nobody sees.
   */
  redraw(): void {
    if (!this.report) return;
    // The review view's host holds review mode too: hidden only when the window shows another view.
    const reviewHidden = (this.reviewEl.parentElement ?? this.reviewEl).closest('[hidden]') !== null;
    if (reviewHidden && this.compareEl.closest('[hidden]')) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const flags = [...this.flags.values()];
    const claims = this.ws.index.all().filter((a) => a.annotation.kind === 'claim' && a.anchor).length;
    this.view.render({ ...this.data(), documents: this.ws.documents(), flags: { total: flags.length, open: flags.filter((f) => f.open).length, claims } });
    if (this.compareView.current) this.compareView.update(this.data());
    this.mode.update(this.data());
  }

  /** Flags again from the same report (the project's threshold changed). */
  refreshFlags(): void {
    this.recompute();
  }

  /** A review or compare view is being shown: draws it if it went stale meanwhile. */
  shown(): void {
    if (this.stale) this.redraw();
  }

  private data(): { report: Report; items: readonly ReviewItem[]; notes: ReadonlyMap<string, ReviewNote>; titleOf: (id: string) => string } {
    return { report: this.report!, items: this.items, notes: this.notes, titleOf: (id) => this.ws.titleOf(id) };
  }

  /**
   * Recomputes after the change is painted: the highlight or list entry a user just made shows first,
   * and a burst of changes (accepting many suggestions) costs one recomputation.
   */
  private scheduleRecompute(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.pending = false;
        this.recompute();
      }, 0),
    );
  }

  /** Verdicts and flags from the annotations as they are now. */
  private recompute(): void {
    const all = this.ws.index.all();
    this.notes = reviewNotes(all);
    if (this.report) {
      const threshold = this.ws.info()?.settings.threshold ?? 'major';
      this.flags = computeFlags(this.report, all, threshold, this.notes);
      this.hooks.onOpenCount(reviewCounts(this.items, this.notes).open);
    }
    this.hooks.onFlags(this.flags);
    this.redraw();
  }

  /**
   * Stores `change` on every discrepancy of `item`, as one action (one message, one undo step): the note
   * annotation that already speaks for a discrepancy is updated, a discrepancy without one gets a new note
   * (see `planVerdict`), so the command line, the exports and a re-check all see the verdict on each id.
   */
  private async verdict(item: ReviewItem, change: VerdictChange): Promise<boolean> {
    const plan = planVerdict(item, change, this.notes, (id) => this.ws.index.get(id) !== undefined);
    if (plan.unplaceable.length > 0) {
      this.ws.notices.show(`${plural(plan.unplaceable.length, 'pair')} of this difference have no words to attach a note to.`, 'error');
      return false;
    }
    if (plan.creates.length === 0 && plan.updates.length === 0) {
      this.ws.notices.show(plan.message);
      return true;
    }
    const creates = plan.creates.map((c) => ({
      kind: 'note' as const,
      document: c.document,
      start: c.start,
      end: c.end,
      body: { discrepancy: c.discrepancy, status: c.status, text: c.text },
      tags: ['review'],
    }));
    const updates = plan.updates.map((u) => ({ id: u.id, body: u.body }));
    return this.ws.actions.batch(creates, updates, change.status === undefined ? 'save the review note' : 'store the verdict', plan.message);
  }
}
