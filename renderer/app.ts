import type { AnchoredAnnotation, ProjectInfo, VerbatimApi } from '../shared/api';
import type { AnnotationKind, DocumentRecord, ProjectSettings } from '../shared/model';
import { isElectron, onAppEvent } from './api/client';
import { AnnotationActions, RequestFailed, unwrap } from './controllers/annotation-actions';
import { CheckRunner } from './controllers/check-runner';
import { DiskWatch } from './controllers/disk-watch';
import { afterPaint, DocumentController, MARKS } from './controllers/document-controller';
import { FormController } from './controllers/form-controller';
import { ReviewController } from './controllers/review-controller';
import { SuggestionController } from './controllers/suggestion-controller';
import { routeOf, ViewRouter, type Route } from './controllers/view-router';
import type { Workspace } from './controllers/workspace';
import { presentationOf } from './kinds';
import { AnnotationIndex } from './model/annotation-index';
import { UndoHistory } from './model/history';
import { RejectedSuggestions } from './model/rejected-suggestions';
import type { FlagView } from './model/review-state';
import { AddDocuments, describeAnnotationImports, DocumentList, ExportPanel, importFiles, Notices, renderProjectWarnings, Toolbar } from './panels';
import { AnnotationFilters } from './panels/annotation-filters';
import { ContextMenu, type MenuItem } from './panels/context-menu';
import { FindBar } from './panels/find-bar';
import { ProjectSearch } from './panels/project-search';
import { SettingsPanel, type SettingsChange } from './panels/settings-panel';
import { Tabs } from './panels/tabs';
import { findShown } from './editor/shown-search';
import { KINDS } from './kinds';

/** `2, 'document'` → `"2 documents"`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Refusals shown in the status area itself; the rest are in the list under the Documents heading. */
const NOTICE_REFUSALS = 5;

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new TypeError(`index.html lacks #${id}`);
  return el;
}

function storage(kind: 'session' | 'local'): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}

/** Whether a key event is meant for a text field (its own undo, its own find). */
function inField(event: KeyboardEvent): boolean {
  const t = event.target;
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
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
  private adding = false;
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
  private flags: ReadonlyMap<string, FlagView> = new Map();
  private flagCursor = -1;
  private selection: { document: string; span: { start: number; end: number } } | null = null;
  private exportPanel!: ExportPanel;
  /** The find-in-document matches, as text spans. */
  private matches: { start: number; end: number }[] = [];

  constructor(readonly api: VerbatimApi) {
    this.actions = new AnnotationActions(api, this.index, this.history, {
      done: (message, undoable) => this.notices.show(message, 'info', undoable ? { label: 'Undo', run: () => void this.actions.undo() } : undefined),
      failed: (what, error) => this.report(error, what),
    });
    this.toolbar = new Toolbar(element('toolbar', HTMLDivElement), {
      onMark: (kind) => this.mark(kind),
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
      onEdit: (id) => this.edit(id),
      onDelete: (id) => void this.actions.remove(id),
      onContextMenu: (x, y, ids) => this.contextMenu(x, y, ids),
      onSuggestion: (key, anchor) => this.suggestions.offer(key, anchor),
      onReattach: (a) => this.reattach(a),
      onFollow: (a) => this.follow(a),
      onDidOpen: (id) => this.didOpen(id),
    });
    this.forms = new FormController(this, element('annotation-form-host', HTMLDivElement), {
      section: element('target-pane', HTMLElement),
      heading: element('target-heading', HTMLHeadingElement),
      mount: element('target-mount', HTMLDivElement),
    }, {
      selection: () => this.selection,
      discrepancies: () => this.review.discrepancies(),
      onDidToggle: () => {},
      onCreated: (a) => {
        this.docs.list.markActive(a.id);
        this.docs.pane.activate(a.id);
        // The new highlight shows at once, and a keyboard user reads on from where they marked.
        if (this.docs.open?.record.id === a.document) this.docs.pane.collapseToEnd();
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
      onFlags: (flags) => this.setFlags(flags),
      onOpenCount: (open) => this.router.setReviewCount(open),
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
    this.addDocumentsControl = new AddDocuments(
      element('add-documents-button', HTMLButtonElement),
      element('add-documents-input', HTMLInputElement),
      element('documents-sidebar', HTMLElement),
      element('add-refusals', HTMLElement),
      { onFiles: (files) => void this.addDocuments(files) },
    );
    this.disk = new DiskWatch(this, element('disk-change', HTMLDivElement), {
      shown: () => (this.docs.open ? { id: this.docs.open.record.id, sha256: this.docs.open.record.sha256 } : null),
      reload: () => this.reloadOpenDocument(),
      onOtherChanged: () => void this.reloadDocuments().then(() => this.checks.schedule()),
    });
    this.findBar = new FindBar(element('find-bar', HTMLDivElement), {
      onQuery: (query) => this.find(query),
      onStep: (i) => this.docs.pane.setMatches(this.matches, i),
      onClose: () => {
        this.matches = [];
        this.docs.pane.setMatches([], -1);
        this.docs.pane.focus();
      },
    });
    this.search = new ProjectSearch(element('project-search', HTMLElement), {
      search: async (query) => unwrap(await this.api.findInProject({ query })),
      onOpen: (m, query) => void this.showSpan(m.document, m.start, m.end).then(() => this.findBar.open(query)),
      titleOf: (id) => this.titleOf(id),
    });
    element('search-button', HTMLButtonElement).addEventListener('click', () => this.search.open());
    const settings = new SettingsPanel(element('settings-panel', HTMLElement), { save: (change) => this.saveSettings(change) });
    element('settings-button', HTMLButtonElement).addEventListener('click', () => {
      if (settings.isOpen) return settings.close();
      const project = this.project;
      if (project) {
        void this.api.lexicon({}).then(unwrap).then(
          (view) => settings.open(project.settings, project.readOnly, view),
          (error: unknown) => this.report(error, 'Could not read the lexicon'),
        );
      }
    });
    element('undo-button', HTMLButtonElement).addEventListener('click', () => void this.actions.undo());
    element('redo-button', HTMLButtonElement).addEventListener('click', () => void this.actions.redo());
    element('flag-button', HTMLButtonElement).addEventListener('click', () => void this.nextFlag());
    this.history.onDidChange(() => this.updateUndoButtons());
    this.updateUndoButtons();
    document.addEventListener('keydown', (event) => this.onKey(event));
    // The Edit menu of Electron undoes through the focused editable: the text view hears it as input.
    element('document-mount', HTMLDivElement).addEventListener('beforeinput', (event) => {
      if (event.inputType === 'historyUndo') void this.actions.undo();
      else if (event.inputType === 'historyRedo') void this.actions.redo();
    }, true);
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
    // Everything the first view needs is asked for at once: the annotations, and the document the address
    // names, alongside the project and its list of documents.
    const annotations = this.api.listAnnotations({}).then(unwrap).then((list) => this.index.replaceAll(list));
    const named = routeOf(window.location.hash);
    this.docs.prepare(annotations, named.view === 'document' ? (named.document ?? null) : null);
    const [info, records] = await Promise.all([this.api.projectInfo({}).then(unwrap), this.api.listDocuments({}).then(unwrap)]);
    this.project = info;
    this.records = records;
    this.history.useKey(`verbatim.history:${info.path}`);
    this.rejected.useKey(`verbatim.rejected:${info.path}`);
    element('project-name', HTMLParagraphElement).textContent = info.name;
    this.updateTitle();
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

  /** Marks the current selection as `kind`: opens the form for its body; nothing is stored before Save. */
  private mark(kind: AnnotationKind): void {
    const span = this.docs.pane.selectedSpan();
    const open = this.docs.open;
    if (!span || !open) return;
    this.forms.create(kind, open.record.id, span, open.text.slice(span.start, span.end));
  }

  private edit(id: string): void {
    const a = this.index.get(id);
    if (a) this.forms.edit(a.annotation);
  }

  private reattach(a: AnchoredAnnotation): void {
    const span = this.docs.pane.selectedSpan();
    if (!span) {
      this.notices.show('Select the text the annotation belongs to first, then press Re-attach.');
      return;
    }
    void this.actions.reattach(a.annotation.id, span.start, span.end);
  }

  /** Follows a cross-reference to its target, or a review note to its discrepancy in review mode. */
  private follow(a: AnchoredAnnotation): void {
    const { annotation } = a;
    if (annotation.kind === 'crossref' && annotation.body.to) {
      const to = annotation.body.to;
      if ('document' in to) void this.showSpan(to.document, to.start, to.end);
      else {
        const target = this.index.get(to.annotation);
        if (target?.anchor) void this.showSpan(target.annotation.document, target.anchor.start, target.anchor.end);
        else this.notices.show('The annotation this cross-reference points to is gone or orphaned.');
      }
    } else if (annotation.kind === 'note' && annotation.body.discrepancy) {
      if (!this.review.lastReport) {
        this.notices.show('Run “Check quotes” first: the discrepancy comes from the check.');
        return;
      }
      this.router.go({ view: 'review' });
      this.review.startReview([annotation.body.discrepancy]);
    }
  }

  private contextMenu(x: number, y: number, ids: readonly string[]): void {
    const items: MenuItem[] = [];
    const canMark = this.selection !== null && !this.project?.readOnly;
    if (canMark) for (const k of KINDS) items.push({ label: k.action, shortcut: k.shortcut, run: () => this.mark(k.kind) });
    for (const id of ids.slice(0, 2)) {
      const a = this.index.get(id);
      if (!a) continue;
      const what = presentationOf(a.annotation.kind).label.toLowerCase();
      items.push({ label: `Edit ${what}…`, run: () => this.edit(id) });
      if (a.annotation.kind === 'crossref' || (a.annotation.kind === 'note' && a.annotation.body.discrepancy)) {
        items.push({ label: a.annotation.kind === 'crossref' ? 'Go to the target' : 'Show the discrepancy', run: () => this.follow(a) });
      }
      items.push({ label: `Delete ${what}`, shortcut: 'Delete', run: () => void this.actions.remove(id) });
    }
    items.push({ label: 'Find in document…', shortcut: 'Control+F', run: () => this.findBar.open() });
    this.menu.open(x, y, items, 'Annotation');
  }

  private find(query: string): number {
    const open = this.docs.open;
    const map = this.docs.pane.offsetMap;
    this.matches = open && map && query.trim() ? findShown(open.text, map, query) : [];
    this.docs.pane.setMatches(this.matches, this.matches.length ? 0 : -1);
    return this.matches.length;
  }

  private setFlags(flags: ReadonlyMap<string, FlagView>): void {
    this.flags = flags;
    this.docs.setFlags(flags);
    const open = [...flags.values()].filter((f) => f.open);
    const perDocument = new Map<string, number>();
    for (const f of open) perDocument.set(f.document, (perDocument.get(f.document) ?? 0) + 1);
    this.documentList.setFlagCounts(perDocument);
    const button = element('flag-button', HTMLButtonElement);
    const sidebar = element('sidebar-flags', HTMLParagraphElement);
    button.hidden = open.length === 0;
    const icon = Object.assign(document.createElement('span'), { textContent: '⚑ ' });
    icon.setAttribute('aria-hidden', 'true');
    // At 800 px only "⚑ 2" shows; the words stay in the button's name.
    const words = Object.assign(document.createElement('span'), { className: 'wide-only', textContent: ` open ${open.length === 1 ? 'flag' : 'flags'}` });
    button.replaceChildren(icon, String(open.length), words);
    button.title = 'Go to the next flagged claim';
    sidebar.hidden = flags.size === 0;
    sidebar.textContent = `${plural(open.length, 'open flag')} of ${flags.size} flagged ${flags.size === 1 ? 'claim' : 'claims'}.`;
    this.updateTitle();
  }

  /**
   * Stores new settings. A new threshold changes which claims are flagged (recomputed at once); new
   * outlets change quote detection (a check and the suggestions follow).
   */
  private async saveSettings(change: SettingsChange): Promise<boolean> {
    try {
      const stored = unwrap(await this.api.updateSettings(change.settings));
      if (change.lexicon) unwrap(await this.api.setLexicon({ entries: change.lexicon }));
      const before = this.project?.settings;
      if (this.project) this.project = { ...this.project, settings: stored };
      this.forms.invalidate();
      if (before?.threshold !== stored.threshold) this.review.refreshFlags();
      // Outlets and spellings change what detection and matching find: check and suggest again.
      const matching = (s: ProjectSettings | undefined) => JSON.stringify([s?.gazetteer, s?.builtinLexicon, s?.transliteration]);
      if (change.lexicon || matching(before) !== matching(stored)) {
        void this.checks.run();
        if (this.docs.open) void this.suggestions.load(this.docs.open.record.id);
      }
      this.notices.show('Settings saved.');
      return true;
    } catch (error) {
      this.report(error, 'Could not save the settings');
      return false;
    }
  }

  /** Shows the next open flag's claim (in document order), cycling. */
  private async nextFlag(): Promise<void> {
    const open = [...this.flags.values()].filter((f) => f.open);
    if (open.length === 0) return;
    const order = new Map(this.records.map((d, i) => [d.id, i]));
    open.sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || (this.index.get(a.claim)?.anchor?.start ?? 0) - (this.index.get(b.claim)?.anchor?.start ?? 0));
    this.flagCursor = (this.flagCursor + 1) % open.length;
    const flag = open[this.flagCursor]!;
    const claim = this.index.get(flag.claim);
    if (claim?.anchor) await this.showSpan(flag.document, claim.anchor.start, claim.anchor.end);
  }

  private updateTitle(): void {
    const open = [...this.flags.values()].filter((f) => f.open).length;
    const name = this.project?.name ?? 'Verbatim';
    document.title = `${name} — Verbatim${open > 0 ? ` (${plural(open, 'open flag')})` : ''}`;
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

  private onKey(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !inField(event)) {
      event.preventDefault();
      void (event.shiftKey ? this.actions.redo() : this.actions.undo());
    } else if (key === 'y' && !event.shiftKey && !inField(event)) {
      event.preventDefault();
      void this.actions.redo();
    } else if (key === 'f' && event.shiftKey) {
      event.preventDefault();
      this.search.open();
    } else if (key === 'f' && this.router.current.view === 'document') {
      event.preventDefault();
      this.findBar.open();
    }
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
    this.documentList.setFlagCounts(new Map());
    this.setFlags(this.flags);
    this.review.redraw();
  }

  /**
   * Adds `files` to the project, one request per file (the same path for the picker and a drop; documents
   * through `addDocuments`, W3C Web Annotation files through `importAnnotations`),
   * then lists the documents again, opens the first one added and says what happened: how many were added
   * and, for each file refused (here for its size, or by the service), its name and the reason.
   */
  private async addDocuments(files: readonly File[]): Promise<void> {
    if (this.adding || files.length === 0) return;
    this.adding = true;
    this.addDocumentsControl.setBusy(true);
    this.addDocumentsControl.clearRefused();
    this.notices.show(`Adding ${plural(files.length, 'document')}…`, 'progress');
    try {
      const { added, refused: allRefused, annotations } = await importFiles(this.api, files, (done, total, name) => {
        // Files go one by one so a long extraction (a large PDF) shows how far the batch is.
        if (done > 0) this.notices.show(`Adding ${done + 1} of ${total}: ${name}…`, 'progress');
      }, unwrap);
      if (added.length > 0) await this.reloadDocuments();
      this.addDocumentsControl.showRefused(allRefused);
      const lines = [...(annotations.length === 0 || added.length > 0 ? [this.addSummary(added.length, allRefused)] : []), ...describeAnnotationImports(annotations)];
      this.notices.show(lines.join('\n'), added.length > 0 || annotations.length > 0 ? 'info' : 'error');
      const first = added[0];
      if (first) this.router.go({ view: 'document', document: first.id });
      else if (annotations.length > 0) this.index.replaceAll(unwrap(await this.api.listAnnotations({})));
      if (added.length > 0 || annotations.length > 0) this.checks.schedule();
    } catch (error) {
      if (error instanceof RequestFailed && error.code === 'read-only') this.addDocumentsControl.setReadOnly(true);
      this.report(error, 'Could not add the documents');
    } finally {
      this.adding = false;
      this.addDocumentsControl.setBusy(false);
    }
  }

  /** "Added 2 documents." and, line by line, the first few refused files with their reasons. */
  private addSummary(added: number, refused: readonly { name: string; reason: string }[]): string {
    const lines = [added > 0 ? `Added ${plural(added, 'document')}.` : 'No documents were added.'];
    if (refused.length > 0) lines.push(`${refused.length === 1 ? 'This file was' : 'These files were'} not added:`);
    for (const r of refused.slice(0, NOTICE_REFUSALS)) lines.push(`${r.name}: ${r.reason}`);
    if (refused.length > NOTICE_REFUSALS) lines.push(`and ${refused.length - NOTICE_REFUSALS} more, listed under Documents.`);
    return lines.join('\n');
  }
}

export { RequestFailed };
