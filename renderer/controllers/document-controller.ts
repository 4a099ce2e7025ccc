import type { AnchoredAnnotation, DocumentContent } from '../../shared/api';
import type { LayoutBlock } from '../../shared/text';
import { DocumentPane, type SpanAnnotation, type TextSpan } from '../editor';
import type { AnnotationGestures } from '../editor/annotation-keys';
import { presentationOf } from '../kinds';
import type { AnnotationChange } from '../model/annotation-index';
import { bodySummary, preview, type DescribeContext } from '../model/describe';
import type { FlagView } from '../model/review-state';
import { AnnotationList, type AnnotationListEvents } from '../panels/annotation-list';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** The elements of the document view. */
export interface DocumentElements {
  mount: HTMLElement;
  title: HTMLElement;
  list: HTMLUListElement;
  orphanSection: HTMLElement;
  orphanList: HTMLUListElement;
  count: HTMLElement;
}

/** What the document view asks of the rest of the window. */
export interface DocumentEvents extends Pick<AnnotationGestures, 'onContextMenu' | 'onSuggestion'>, Pick<AnnotationListEvents, 'onReattach' | 'onFollow'> {
  onDidChangeSelection(span: TextSpan | null): void;
  /** Edit annotation `id` (from the text or the list). */
  onEdit(id: string): void;
  /** Delete annotation `id` (from the text or the list). */
  onDelete(id: string): void;
  /** A document was opened (its id), after its text and annotations are shown. */
  onDidOpen(id: string): void;
}

/** A document's text read ahead, with its Markdown layout when that came along too. */
export interface PreparedDocument {
  content: DocumentContent;
  layout: readonly LayoutBlock[] | undefined;
}

/** Performance marks the benchmark reads (User Timing, visible in the browser's profiler too). */
export const MARKS = { interactive: 'verbatim:interactive', update: 'verbatim:update', updateSync: 'verbatim:update-sync' } as const;

const EMPTY_LIST = 'No annotations yet. Select text and choose a kind above the document.';

/** After the next frame is painted (a frame callback, then a task). */
export function afterPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * The document view: the open document's text with its annotations drawn (one ProseMirror view), and
 * the annotation list beside it. It listens to the {@link AnnotationIndex} and redraws only what changed
 * in the open document: a created, edited or deleted annotation is one decoration and one list entry.
 */
export class DocumentController implements DescribeContext {
  readonly pane: DocumentPane;
  readonly list: AnnotationList;
  private content: DocumentContent | null = null;
  private flags: ReadonlyMap<string, FlagView> = new Map();
  private firstOpen = true;
  private opening: Promise<boolean> | null = null;
  /** The project's annotations being read at start (see App.start): the first document waits for them. */
  private initial: Promise<unknown> = Promise.resolve();
  /**
   * The text read with the first view (see App.start) and its Markdown layout, for the first document
   * opened if it is that one.
   */
  private prefetched: Promise<PreparedDocument | null> | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly el: DocumentElements,
    private readonly events: DocumentEvents,
  ) {
    this.pane = new DocumentPane(el.mount, {
      ...events,
      describe: (ids) => this.card(ids),
    });
    this.list = new AnnotationList(el.list, el.orphanSection, el.orphanList, el.count, {
      onChoose: (a) => this.revealAnnotation(a),
      onEdit: (a) => events.onEdit(a.annotation.id),
      onDelete: (a) => events.onDelete(a.annotation.id),
      onReattach: (a) => events.onReattach(a),
      onFollow: (a) => events.onFollow(a),
      summaryOf: (a) => bodySummary(a.annotation, this),
      flagOf: (id) => this.flags.get(id),
    });
    ws.index.onDidChange((change) => this.onIndexChange(change));
  }

  /**
   * Before the first open: `annotations` resolves once the index holds the project's annotations, and
   * `open` with the text of the document opened first (null: none read), so the first document is drawn
   * once, highlights included, without a request of its own.
   */
  prepare(annotations: Promise<unknown>, open: Promise<PreparedDocument | null>): void {
    this.initial = annotations;
    // A failed first view fails the start itself (App.start); here it only means no text was read.
    this.prefetched = open.catch(() => null);
  }

  /** The open document with its text, or null. */
  get open(): DocumentContent | null {
    return this.content;
  }

  titleOf(document: string): string {
    return this.ws.titleOf(document);
  }

  exactOf(id: string): string | null {
    return this.ws.index.get(id)?.annotation.target.selector[1].exact ?? null;
  }

  /**
   * Opens document `id`: its text and its annotations as they anchor in it now. `force` reads it again
   * even when it is the open one (changed on disk). Errors go to the status area; resolves false then.
   */
  async openDocument(id: string, force = false): Promise<boolean> {
    if (!force && this.content?.record.id === id) return true;
    if (this.opening && !force) await this.opening.catch(() => false);
    if (!force && this.content?.record.id === id) return true;
    const run = this.load(id);
    this.opening = run;
    try {
      return await run;
    } finally {
      if (this.opening === run) this.opening = null;
    }
  }

  private async load(id: string): Promise<boolean> {
    try {
      // At start the whole project's annotations are being read already (see App.start); later, each
      // document's are read again with its text, so they anchor in the text as it is now.
      const early = this.prefetched;
      this.prefetched = null;
      const read = (): Promise<PreparedDocument> => this.ws.api.readDocument({ id }).then(unwrap).then((content) => ({ content, layout: undefined }));
      const text = early ? early.then((p) => (p && p.content.record.id === id ? p : read())) : read();
      const [{ content, layout }, annotations] = await Promise.all([
        text,
        this.firstOpen ? this.initial.then(() => null) : this.ws.api.listAnnotations({ document: id }).then(unwrap),
      ]);
      performance.mark('verbatim:open:read');
      if (annotations) this.ws.index.replaceDocument(id, annotations);
      this.content = content;
      const title = content.record.title || content.record.path;
      this.el.title.textContent = title;
      const mine = this.ws.index.inDocument(id);
      this.pane.show(content.text, `Text of ${title}`, mine.map((a) => this.spanOf(a)), layout);
      performance.mark('verbatim:open:text-shown');
      this.list.reset(mine, EMPTY_LIST);
      performance.mark('verbatim:open:list-built');
      this.firstOpen = false;
      this.events.onDidOpen(id);
      return true;
    } catch (error) {
      this.ws.report(error, 'Could not open the document');
      return false;
    }
  }

  /** Draws the open document's annotations and lists them, from the index. */
  redraw(): void {
    const open = this.content;
    if (!open) {
      this.list.reset([], 'Add documents to the project to annotate them.');
      return;
    }
    const annotations = this.ws.index.inDocument(open.record.id);
    this.pane.place(annotations.map((a) => this.spanOf(a)));
    this.list.reset(annotations, EMPTY_LIST);
  }

  /** Sets the flags of claims; redraws only the claims whose flag changed. */
  setFlags(flags: ReadonlyMap<string, FlagView>): void {
    const before = this.flags;
    this.flags = flags;
    const open = this.content?.record.id;
    if (!open) return;
    const changed = new Set<string>();
    for (const [id, f] of flags) {
      const b = before.get(id);
      if (!b || b.severity !== f.severity || b.open !== f.open) changed.add(id);
    }
    for (const id of before.keys()) if (!flags.has(id)) changed.add(id);
    const mine = [...changed].flatMap((id) => {
      const a = this.ws.index.get(id);
      return a && a.annotation.document === open ? [a] : [];
    });
    if (mine.length === 0) return;
    this.pane.upsert(mine.map((a) => this.spanOf(a)));
    this.list.redraw(mine.map((a) => a.annotation.id));
  }

  /** Shows annotation `a` in the text (selects it, scrolls it to the middle) and marks its list entry. */
  revealAnnotation(a: AnchoredAnnotation, focus = true): void {
    this.list.markActive(a.annotation.id);
    if (!a.anchor) {
      this.ws.notices.show('This annotation is orphaned: its text was not found in the current version of the document.');
      return;
    }
    if (!this.pane.reveal(a.anchor, a.annotation.id, focus)) this.ws.notices.show('This annotation covers no visible text.');
  }

  /** Opens `document` and shows `span` there, marking the annotation that covers it, if any. */
  async showSpan(document: string, span: TextSpan): Promise<boolean> {
    if (!(await this.openDocument(document))) return false;
    const hit = this.ws.index
      .inDocument(document)
      .filter((a) => a.anchor && a.anchor.start <= span.start && span.end <= a.anchor.end)
      .sort((x, y) => x.anchor!.end - x.anchor!.start - (y.anchor!.end - y.anchor!.start))[0];
    if (hit) this.list.markActive(hit.annotation.id);
    const shown = this.pane.reveal(span.end > span.start ? span : { start: span.start, end: Math.min(this.content?.text.length ?? 0, span.start + 1) }, hit?.annotation.id ?? null);
    if (!shown) this.ws.notices.show('That passage covers no visible text.');
    return shown;
  }

  private spanOf(a: AnchoredAnnotation): SpanAnnotation {
    const flag = this.flags.get(a.annotation.id);
    return { id: a.annotation.id, kind: a.annotation.kind, span: a.anchor, flag: flag?.severity ?? null, flagOpen: flag?.open ?? true };
  }

  private onIndexChange(change: AnnotationChange): void {
    const open = this.content?.record.id;
    if (!open) return;
    if (change.type === 'reset') {
      this.redraw();
      return;
    }
    const t0 = performance.now();
    const upserted = change.upserted.filter((u) => u.after.annotation.document === open).map((u) => u.after);
    const removed = change.removed.filter((a) => a.annotation.document === open).map((a) => a.annotation.id);
    if (upserted.length === 0 && removed.length === 0) return;
    if (removed.length > 0) this.pane.remove(removed);
    if (upserted.length > 0) this.pane.upsert(upserted.map((a) => this.spanOf(a)));
    this.list.apply(upserted, removed);
    performance.measure(MARKS.updateSync, { start: t0, end: performance.now() });
    afterPaint(() => performance.measure(MARKS.update, { start: t0, end: performance.now() }));
  }

  /** The hover card of annotations `ids` (innermost first): kind, flag, text, body, tags. */
  private card(ids: readonly string[]): HTMLElement | null {
    const items = ids.slice(0, 3).flatMap((id) => {
      const a = this.ws.index.get(id);
      return a ? [a] : [];
    });
    if (items.length === 0) return null;
    const box = document.createElement('div');
    for (const a of items) {
      const { annotation } = a;
      const section = Object.assign(document.createElement('div'), { className: `card-entry card-${annotation.kind}` });
      const kind = Object.assign(document.createElement('p'), { className: `kind-badge kind-${annotation.kind}`, textContent: presentationOf(annotation.kind).label });
      section.append(kind);
      const flag = this.flags.get(annotation.id);
      if (flag) section.append(Object.assign(document.createElement('p'), { className: `flag-badge flag-${flag.severity}`, textContent: `⚑ Flagged: ${flag.severity} discrepancy${flag.open ? '' : ' (reviewed)'}` }));
      const summary = bodySummary(annotation, this);
      if (summary) section.append(Object.assign(document.createElement('p'), { className: 'card-body', textContent: summary }));
      section.append(Object.assign(document.createElement('p'), { className: 'card-quote', textContent: `“${preview(annotation.target.selector[1].exact, 120)}”` }));
      if (annotation.tags.length) section.append(Object.assign(document.createElement('p'), { className: 'entry-tags', textContent: annotation.tags.map((t) => `#${t}`).join(' ') }));
      box.append(section);
    }
    if (ids.length > items.length) box.append(Object.assign(document.createElement('p'), { className: 'form-hint', textContent: `and ${ids.length - items.length} more` }));
    box.append(Object.assign(document.createElement('p'), { className: 'form-hint', textContent: 'Double-click or press Enter to edit; right-click for more.' }));
    return box;
  }
}
