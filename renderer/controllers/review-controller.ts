import type { Discrepancy, Report } from '../../shared/model';
import { computeFlags, reviewNotes, type FlagView, type ReviewNote, type ReviewStatus } from '../model/review-state';
import { CompareView } from '../panels/compare-view';
import { plural } from '../panels/review-format';
import { ReviewMode } from '../panels/review-mode';
import { ReviewView } from '../panels/review-view';
import type { CheckRunner } from './check-runner';
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
  /** The open-discrepancy count changed (the Review tab shows it). */
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
      onReview: (ids) => this.startReview(ids),
      onShow: (d, s, e) => hooks.show(d, s, e),
    });
    this.mode = new ReviewMode(el.reviewMode, {
      onVerdict: (d, status, text) => this.verdict(d, status, text),
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
      onReview: (ids) => {
        hooks.openReview();
        this.startReview(ids);
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

  /** Starts review mode on `ids` (discrepancy ids, in order). */
  startReview(ids: readonly string[]): void {
    if (!this.report) return;
    this.reviewEl.hidden = true;
    this.mode.start(ids, this.data());
  }

  /** A new report (from a check; `requested` when the user asked for it): everything drawn from it is drawn again. */
  setReport(report: Report, requested = true): void {
    this.report = report;
    this.recompute();
    const d = report.discrepancies.length;
    const c = report.clusters.length;
    this.ws.notices.show(`Check finished: ${plural(d, 'discrepancy', 'discrepancies')} in ${plural(c, 'quote cluster')}.`, 'info', undefined, { background: !requested });
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

  private data(): { report: Report; notes: ReadonlyMap<string, ReviewNote>; titleOf: (id: string) => string } {
    return { report: this.report!, notes: this.notes, titleOf: (id) => this.ws.titleOf(id) };
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
      const open = this.report.discrepancies.filter((d) => (this.notes.get(d.id)?.status ?? 'open') === 'open').length;
      this.hooks.onOpenCount(open);
    }
    this.hooks.onFlags(this.flags);
    this.redraw();
  }

  /**
   * Stores a verdict on `d`: the note annotation that already speaks for it is updated, or a new one is
   * made on the discrepancy's first side that has words (a note needs a non-empty span).
   */
  private async verdict(d: Discrepancy, status: ReviewStatus, text: string): Promise<boolean> {
    const existing = this.notes.get(d.id);
    const message = `Discrepancy ${status === 'open' ? 'reopened' : status}.`;
    if (existing && this.ws.index.get(existing.id)) {
      return (await this.ws.actions.update(existing.id, { body: { status, text } }, message)) !== null;
    }
    const side = d.a.end > d.a.start ? d.a : d.b.end > d.b.start ? d.b : null;
    const witness = side ? null : this.report?.clusters.find((c) => c.id === d.cluster)?.witnesses.find((w) => w.id === d.a.witness);
    const span = side ?? (witness ? { document: witness.document, start: witness.start, end: witness.end } : null);
    if (!span) {
      this.ws.notices.show('This discrepancy has no words to attach a note to.', 'error');
      return false;
    }
    const created = await this.ws.actions.create(
      { kind: 'note', document: span.document, start: span.start, end: span.end, body: { discrepancy: d.id, status, text }, tags: ['review'] },
      message,
    );
    return created !== null;
  }
}
