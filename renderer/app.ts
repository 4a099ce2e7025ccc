import type { ProjectInfo, VerbatimApi } from '../shared/api';
import type { DocumentRecord } from '../shared/model';
import { isElectron, onAppEvent } from './api/client';
import { AnnotationActions, RequestFailed, unwrap } from './controllers/annotation-actions';
import { AnnotationCommands } from './controllers/annotation-commands';
import { CheckRunner } from './controllers/check-runner';
import { DiskWatch } from './controllers/disk-watch';
import { DocumentIntake } from './controllers/document-intake';
import { FlagDisplay } from './controllers/flag-display';
import { SettingsController } from './controllers/settings-controller';
import { installShortcuts } from './controllers/shortcuts';
import { afterPaint, DocumentController, MARKS } from './controllers/document-controller';
import { FormController } from './controllers/form-controller';
import { ReviewController } from './controllers/review-controller';
import { SuggestionController } from './controllers/suggestion-controller';
import { routeOf, ViewRouter, type Route } from './controllers/view-router';
import type { Workspace } from './controllers/workspace';
import { AnnotationIndex } from './model/annotation-index';
import { UndoHistory } from './model/history';
import { RejectedSuggestions } from './model/rejected-suggestions';
import { AddDocuments, DocumentList, ExportPanel, Notices, renderProjectWarnings, Toolbar } from './panels';
import { AnnotationFilters } from './panels/annotation-filters';
import { ContextMenu } from './panels/context-menu';
import { FindBar } from './panels/find-bar';
import { ProjectSearch } from './panels/project-search';
import { Tabs } from './panels/tabs';
import { findShown } from './editor/shown-search';
import type { DocumentPane } from './editor';
import { element, storage } from './page-elements';

/** `2, 'document'` → `"2 documents"`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * The window: wires the API to the controllers and panels. It holds the project, its documents and the
 * annotation index; everything drawn follows the index, which follows the answers of the API.
 */
export class App implements Workspace {
  readonly index = new AnnotationIndex();
  readonly notices = new Notices(element('notice', HTMLDivElement));
  readonly history = new UndoHistory(storage('session'), null);
  readonly actions: AnnotationActions;
  private project: ProjectInfo | null = null;
  private records: DocumentRecord[] = [];
  private readonly menu = new ContextMenu();
  private readonly rejected = new RejectedSuggestions(storage('local'), 'verbatim.rejected');
  private readonly toolbar: Toolbar;
  private readonly documentList: DocumentList;
  private readonly addDocumentsControl: AddDocuments;
  private readonly docs: DocumentController;
  private readonly forms: FormController;
  private readonly checks: CheckRunner;
  private readonly review: ReviewController;
  private readonly suggestions: SuggestionController;
  private readonly disk: DiskWatch;
  private readonly findBar: FindBar;
  private readonly search: ProjectSearch;
  private readonly router: ViewRouter;
  private readonly sideTabs: Tabs;
  private readonly flagDisplay: FlagDisplay;
  private readonly commands: AnnotationCommands;
  private selection: { document: string; span: { start: number; end: number } } | null = null;
  private exportPanel!: ExportPanel;
  /** The find-in-document matches, as text spans. */
  private matches: { start: number; end: number }[] = [];
  /** Whether find searches the cross-reference target view (Ctrl+F was pressed in it), not the open document. */
  private findInTarget = false;

  constructor(readonly api: VerbatimApi) {
    this.actions = new AnnotationActions(api, this.index, this.history, {
      done: (message, undoable) => this.notices.show(message, 'info', undoable ? { label: 'Undo', run: () => void this.actions.undo() } : undefined),
      failed: (what, error) => this.report(error, what),
    }, {
      textOf: (d) => (this.docs.open?.record.id === d ? this.docs.open.text : null),
      creator: () => this.project?.settings.creator ?? null,
    });
    this.toolbar = new Toolbar(element('toolbar', HTMLDivElement), {
      onMark: (kind) => this.commands.mark(kind),
      onRefused: (reason) => this.notices.show(reason),
    });
    this.docs = new DocumentController(this, {
      mount: element('document-mount', HTMLDivElement),
      title: element('document-title', HTMLHeadingElement),
      list: element('annotation-list', HTMLUListElement),
      orphanSection: element('orphans', HTMLElement),
      orphanList: element('orphan-list', HTMLUListElement),
      count: element('annotation-count', HTMLSpanElement),
    }, {
      onDidChangeSelection: (span) => this.selectionChanged(span),
      onEdit: (id) => this.commands.edit(id),
      onDelete: (id) => void this.actions.remove(id),
      onContextMenu: (x, y, ids) => this.commands.contextMenu(x, y, ids),
      onSuggestion: (key, anchor) => this.suggestions.offer(key, anchor),
      onReattach: (a) => this.commands.reattach(a),
      onFollow: (a) => this.commands.follow(a),
      onDidOpen: (id) => this.didOpen(id),
    });
    this.forms = new FormController(this, element('annotation-form-host', HTMLDivElement), {
      section: element('target-pane', HTMLElement),
      heading: element('target-heading', HTMLHeadingElement),
      mount: element('target-mount', HTMLDivElement),
    }, {
      selection: () => this.selection,
      discrepancies: () => this.review.discrepancies(),
      // The words a new annotation is for stay marked in the text while focus is in its form.
      onDidToggle: () => this.docs.pane.setPending(this.forms.pendingSpan(this.docs.open?.record.id)),
      onCreated: (a) => {
        this.docs.list.markActive(a.id);
        // The new highlight shows at once (active, in one redraw), and a keyboard user reads on from where they marked.
        if (this.docs.open?.record.id === a.document) this.docs.pane.collapseToEnd(a.id, a.target.selector[0]);
        else this.docs.pane.activate(a.id);
      },
    });
    this.checks = new CheckRunner(this, {
      bar: element('check-progress', HTMLDivElement),
      label: element('check-progress-label', HTMLSpanElement),
      meter: element('check-progress-meter', HTMLProgressElement),
      cancel: element('check-cancel', HTMLButtonElement),
      button: element('check-button', HTMLButtonElement),
    });
    this.router = new ViewRouter(element('view-tabs', HTMLElement), element('workspace', HTMLDivElement), (route) => this.route(route));
    this.review = new ReviewController(this, {
      review: element('review-view', HTMLDivElement),
      reviewMode: element('review-mode', HTMLElement),
      compare: element('compare-view', HTMLElement),
    }, this.checks, {
      show: (d, s, e) => void this.showSpan(d, s, e),
      compare: (cluster, variant) => this.router.go({ view: 'compare', cluster, ...(variant ? { variant } : {}) }),
      openReview: () => this.router.go({ view: 'review' }),
      onFlags: (flags) => {
        this.docs.setFlags(flags);
        this.flagDisplay.set(flags);
      },
      onOpenCount: (open) => this.router.setReviewCount(open),
    });
    this.commands = new AnnotationCommands(this, this.docs, this.forms, this.review, this.menu, {
      show: (d, st, e) => this.showSpan(d, st, e),
      openReview: () => this.router.go({ view: 'review' }),
      openFind: () => this.openFind(),
      hasSelection: () => this.selection !== null,
    });
    this.checks.onDidFail((message) => {
      if (!this.review.lastReport) this.review.view.showEmpty(`The check failed: ${message}`);
    });
    const annotationsTab = element('annotations-tab', HTMLElement);
    const suggestionsTab = element('suggestions-tab', HTMLElement);
    this.sideTabs = new Tabs(element('side-tabs', HTMLDivElement), [
      { id: 'annotations', label: 'Annotations', panel: annotationsTab },
      { id: 'suggestions', label: 'Suggestions', panel: suggestionsTab },
    ], 'Side panel');
    this.suggestions = new SuggestionController(this, suggestionsTab, this.docs, this.forms, this.menu, this.rejected, (n) => this.sideTabs.setLabel('suggestions', `Suggestions (${n})`));
    const filters = new AnnotationFilters(element('annotation-filters', HTMLDivElement), (f) => this.docs.list.setFilter(f));
    this.index.onDidChange((change) => {
      // Tags in use, for the filter: read again only when a change can have brought or taken one.
      const tagged = change.type === 'reset' || change.upserted.some((u) => u.after.annotation.tags.length > 0 || (u.before?.annotation.tags.length ?? 0) > 0) || change.removed.some((a) => a.annotation.tags.length > 0);
      if (tagged) filters.setTags(this.index.all().flatMap((a) => a.annotation.tags));
    });
    this.index.onDidChange((change) => {
      // Quotes are the check's witnesses: a new, changed or removed quote may change the clusters.
      const touchesQuotes = change.type === 'reset' || change.upserted.some((u) => u.after.annotation.kind === 'quote') || change.removed.some((a) => a.annotation.kind === 'quote');
      if (touchesQuotes && this.review.lastReport) this.checks.schedule();
    });
    this.documentList = new DocumentList(element('document-list', HTMLUListElement), (id) => this.router.go({ view: 'document', document: id }));
    this.flagDisplay = new FlagDisplay(this, {
      button: element('flag-button', HTMLButtonElement),
      sidebar: element('sidebar-flags', HTMLParagraphElement),
      documentList: this.documentList,
    }, (d, s, e) => this.showSpan(d, s, e));
    this.addDocumentsControl = new AddDocuments(
      element('add-documents-button', HTMLButtonElement),
      element('add-documents-input', HTMLInputElement),
      element('documents-sidebar', HTMLElement),
      element('add-refusals', HTMLElement),
      { onFiles: (files) => void intake.add(files) },
    );
    const intake = new DocumentIntake(this, this.addDocumentsControl, {
      reloadDocuments: () => this.reloadDocuments(),
      open: (d) => this.router.go({ view: 'document', document: d.id }),
      reloadAnnotations: async () => this.index.replaceAll(unwrap(await this.api.listAnnotations({}))),
      changed: () => this.checks.schedule(),
    });
    this.disk = new DiskWatch(this, element('disk-change', HTMLDivElement), {
      shown: () => (this.docs.open ? { id: this.docs.open.record.id, sha256: this.docs.open.record.sha256 } : null),
      reload: () => this.reloadOpenDocument(),
      onOtherChanged: () => void this.reloadDocuments().then(() => this.checks.schedule()),
    });
    this.findBar = new FindBar(element('find-bar', HTMLDivElement), {
      onQuery: (query) => this.find(query),
      onStep: (i) => this.findScope()?.pane.setMatches(this.matches, i),
      onClose: () => {
        this.matches = [];
        const pane = this.findScope()?.pane ?? this.docs.pane;
        pane.setMatches([], -1);
        pane.focus();
      },
    });
    this.search = new ProjectSearch(element('project-search', HTMLElement), {
      search: async (request) => unwrap(await this.api.findInProject(request)),
      onOpen: (m, query) => void this.showSpan(m.document, m.start, m.end).then(() => this.openFind(query)),
      titleOf: (id) => this.titleOf(id),
    });
    element('search-button', HTMLButtonElement).addEventListener('click', () => this.search.open());
    new SettingsController(this, element('settings-panel', HTMLElement), element('settings-button', HTMLButtonElement), {
      onStored: (settings) => {
        if (this.project) this.project = { ...this.project, settings };
        this.forms.invalidate();
      },
      onThreshold: () => this.review.refreshFlags(),
      onMatching: () => {
        void this.checks.run();
        if (this.docs.open) void this.suggestions.load(this.docs.open.record.id);
      },
    });
    document.querySelector<HTMLAnchorElement>('.skip-link')?.addEventListener('click', (event) => {
      // Not the browser's jump to #document-mount: that lands on the scroll box and changes the address.
      event.preventDefault();
      void this.skipToText();
    });
    element('undo-button', HTMLButtonElement).addEventListener('click', () => void this.actions.undo());
    element('redo-button', HTMLButtonElement).addEventListener('click', () => void this.actions.redo());
    this.history.onDidChange(() => this.updateUndoButtons());
    this.updateUndoButtons();
    installShortcuts(element('document-mount', HTMLDivElement), {
      undo: () => void this.actions.undo(),
      redo: () => void this.actions.redo(),
      findInDocument: () => this.openFind(),
      findInProject: () => this.search.open(),
      inDocumentView: () => this.router.current.view === 'document',
    });
    // File ▸ Export… (and the header's Export… button): editions and machine-readable exports.
    const exportPanel = new ExportPanel(element('check-button', HTMLButtonElement).parentElement!, {
      exportEdition: (input) => this.api.exportEdition(input),
      currentDocument: () => (this.docs.open ? { id: this.docs.open.record.id, title: this.docs.open.record.title || this.docs.open.record.path } : null),
      isDesktop: isElectron(),
      onDidExport: (message, tone) => this.notices.show(message, tone),
    });
    this.exportPanel = exportPanel;
    onAppEvent((event) => {
      if (event.type === 'open-export') return exportPanel.open();
      const reload = event.type === 'documents-changed' ? this.reloadDocuments() : this.start();
      void reload.catch((e: unknown) => this.report(e, 'Could not reload the project'));
    });
  }

  // Workspace

  info(): ProjectInfo | null {
    return this.project;
  }

  documents(): readonly DocumentRecord[] {
    return this.records;
  }

  titleOf(id: string): string {
    const d = this.records.find((x) => x.id === id);
    return d ? d.title || d.path : id;
  }

  report(error: unknown, what: string): void {
    const message = error instanceof Error ? error.message : String(error);
    this.notices.show(`${what}: ${message}`, 'error');
  }

  /**
   * Loads the project: its name and warnings, its documents and annotations, then the view named in the
   * address (the first document by default), then a check in the background so flags show. Rejects with
   * {@link RequestFailed} when the project itself cannot be read, e.g. a refused token.
   */
  async start(): Promise<void> {
    performance.mark('verbatim:open:start');
    // Everything the first view needs at once: the project, and in one answer the documents, the one the
    // address names (else the first) with its text, and the annotations.
    const named = routeOf(window.location.hash);
    const wanted = named.view === 'document' ? named.document : undefined;
    const view = this.api.firstView(wanted ? { document: wanted } : {}).then(unwrap);
    const annotations = view.then((v) => this.index.replaceAll(v.annotations));
    this.docs.prepare(annotations, view.then((v) => (v.open ? { content: v.open, layout: v.layout ?? undefined } : null)));
    const [info, records] = await Promise.all([this.api.projectInfo({}).then(unwrap), view.then((v) => v.documents)]);
    this.project = info;
    this.records = records;
    this.history.useKey(`verbatim.history:${info.path}`);
    this.rejected.useKey(`verbatim.rejected:${info.path}`);
    element('project-name', HTMLParagraphElement).textContent = info.name;
    this.flagDisplay.updateTitle();
    renderProjectWarnings(element('project-warnings', HTMLDivElement), info.readOnly, info.warnings);
    this.toolbar.setReadOnly(info.readOnly);
    this.addDocumentsControl.setReadOnly(info.readOnly);
    this.documentList.render(records, null);
    const first = this.router.start(records[0]?.id ?? null);
    await Promise.all([annotations, first]);
    afterPaint(() => performance.mark(MARKS.interactive));
    if (records.length === 0) this.docs.redraw();
    this.disk.start();
    void this.checks.run();
  }

  private async route(route: Route): Promise<void> {
    this.menu.close(false);
    if (route.view !== 'document') this.review.shown();
    if (route.view === 'document') {
      const id = route.document ?? this.docs.open?.record.id ?? this.records[0]?.id;
      if (id) await this.docs.openDocument(id);
    } else if (route.view === 'compare') {
      if (route.cluster) this.review.showCluster(route.cluster, route.variant);
    }
  }

  private didOpen(id: string): void {
    this.documentList.markCurrent(id);
    this.router.documentShown(id);
    const open = this.docs.open;
    if (open) this.disk.seen(id, open.record.sha256);
    this.findBar.refresh();
    void this.suggestions.load(id);
  }

  /** Opens `document` in the document view and shows `start..end` there. */
  private async showSpan(document: string, start: number, end: number): Promise<void> {
    this.router.go({ view: 'document', document }, false);
    await this.docs.showSpan(document, { start, end });
  }

  private selectionChanged(span: { start: number; end: number } | null): void {
    const open = this.docs.open;
    this.selection = span && open ? { document: open.record.id, span } : null;
    this.toolbar.setHasSelection(span !== null);
    this.docs.list.setHasSelection(span !== null);
  }

  private find(query: string): number {
    const scope = this.findScope();
    const map = scope?.pane.offsetMap;
    this.matches = scope && map && query.trim() ? findShown(scope.text, map, query) : [];
    scope?.pane.setMatches(this.matches, this.matches.length ? 0 : -1);
    return this.matches.length;
  }

  /** Opens find on the view that has focus: the cross-reference target when focus is in it, else the document. */
  private openFind(query?: string): void {
    const inTarget = this.forms.targetView(true) !== null;
    if (inTarget !== this.findInTarget) this.findScope()?.pane.setMatches([], -1);
    this.findInTarget = inTarget;
    this.findBar.open(query, inTarget ? 'the target document' : 'the document');
  }

  /** The view find searches and its text (the document when the target view has closed meanwhile). */
  private findScope(): { pane: DocumentPane; text: string } | null {
    const target = this.findInTarget ? this.forms.targetView(false) : null;
    if (target) return target;
    return this.docs.open ? { pane: this.docs.pane, text: this.docs.open.text } : null;
  }

  /**
   * The skip link: into the text itself (ProseMirror's editable element, where the caret and the
   * annotation keys work), not only its scroll box, from whichever view it is pressed in.
   */
  private async skipToText(): Promise<void> {
    const id = this.docs.open?.record.id ?? this.records[0]?.id;
    if (this.router.current.view !== 'document') this.router.go({ view: 'document', ...(id ? { document: id } : {}) });
    if (id) await this.docs.openDocument(id);
    this.docs.pane.focus();
  }

  private updateUndoButtons(): void {
    const undo = this.history.nextUndo();
    const redo = this.history.nextRedo();
    const u = element('undo-button', HTMLButtonElement);
    const r = element('redo-button', HTMLButtonElement);
    u.disabled = undo === null;
    r.disabled = redo === null;
    u.title = undo ? `Undo ${undo.label} (Ctrl+Z)` : 'Nothing to undo';
    r.title = redo ? `Redo ${redo.label} (Shift+Ctrl+Z)` : 'Nothing to redo';
  }


  private async reloadOpenDocument(): Promise<void> {
    const open = this.docs.open;
    if (!open) return;
    const scroll = this.docs.pane.scrollTop;
    this.forms.invalidate(open.record.id);
    if (!(await this.docs.openDocument(open.record.id, true))) return;
    this.docs.pane.scrollTop = scroll;
    await this.reloadDocuments();
    const mine = this.index.inDocument(open.record.id);
    const orphans = mine.filter((a) => !a.anchor).length;
    this.notices.show(`Reloaded. ${plural(mine.length - orphans, 'annotation')} placed${orphans ? `, ${orphans} orphaned (listed under Orphaned)` : ''}.`);
    this.checks.schedule();
  }

  /** Lists the documents again, keeping the open one marked. */
  private async reloadDocuments(): Promise<void> {
    this.records = unwrap(await this.api.listDocuments({}));
    this.documentList.render(this.records, this.docs.open?.record.id ?? null);
    this.flagDisplay.refresh();
    this.review.redraw();
  }


}

export { RequestFailed };
