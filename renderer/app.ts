import type { AnchoredAnnotation, DocumentContent, ProjectInfo, Result, VerbatimApi } from '../shared/api';
import type { AnnotationKind, DocumentRecord } from '../shared/model';
import { DocumentPane, type TextSpan } from './editor';
import { presentationOf } from './kinds';
import { isElectron, onAppEvent } from './api/client';
import {
  AddDocuments, AnnotationList, CheckPanel, describeAnnotationImports, DocumentList, ExportPanel, importFiles, Notices,
  renderProjectWarnings, Toolbar,
} from './panels';

/** Thrown inside the app when a request's Result is a failure; carries the service's own message. */
class RequestFailed extends Error {
  override readonly name = 'RequestFailed';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new RequestFailed(result.error.code, result.error.message);
}

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

/** The document id named in the address (`#doc=<id>`), or null. */
function docFromHash(): string | null {
  const match = /(?:^#|&)doc=([^&]+)/.exec(window.location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * The window: wires the API to the panels and the document pane. It holds the little state there is
 * (project, documents, open document, its annotations) and re-reads from the API after every change,
 * so what is shown is what is stored.
 */
export class App {
  private info: ProjectInfo | null = null;
  private documents: DocumentRecord[] = [];
  private open: DocumentContent | null = null;
  private annotations: AnchoredAnnotation[] = [];
  private creating = false;
  private adding = false;
  private readonly notices = new Notices(element('notice', HTMLDivElement));
  private readonly pane: DocumentPane;
  private readonly toolbar: Toolbar;
  private readonly documentList: DocumentList;
  private readonly annotationList: AnnotationList;
  private readonly checkPanel: CheckPanel;
  private readonly addDocumentsControl: AddDocuments;

  constructor(private readonly api: VerbatimApi) {
    this.toolbar = new Toolbar(element('toolbar', HTMLDivElement), {
      onMark: (kind) => void this.mark(kind),
      onRefused: (reason) => this.notices.show(reason),
    });
    this.pane = new DocumentPane(element('document-mount', HTMLDivElement), {
      onDidChangeSelection: (span) => this.toolbar.setHasSelection(span !== null),
    });
    this.documentList = new DocumentList(element('document-list', HTMLUListElement), (id) => void this.openDocument(id));
    this.annotationList = new AnnotationList(element('annotation-list', HTMLUListElement), (a) => this.revealAnnotation(a));
    this.checkPanel = new CheckPanel(element('check-panel', HTMLElement), {
      onShow: (doc, start, end) => void this.showSpan(doc, { start, end }),
    });
    this.addDocumentsControl = new AddDocuments(
      element('add-documents-button', HTMLButtonElement),
      element('add-documents-input', HTMLInputElement),
      element('documents-sidebar', HTMLElement),
      element('add-refusals', HTMLElement),
      { onFiles: (files) => void this.addDocuments(files) },
    );
    element('check-button', HTMLButtonElement).addEventListener('click', () => void this.runCheck());
    const exportPanel = new ExportPanel(element('check-button', HTMLButtonElement).parentElement!, {
      exportEdition: (input) => this.api.exportEdition(input),
      currentDocument: () => (this.open ? { id: this.open.record.id, title: this.open.record.title || this.open.record.path } : null),
      isDesktop: isElectron(),
      onDidExport: (message, tone) => this.notices.show(message, tone),
    });
    // Electron pushes changes made from its menus; browser mode has none to push.
    onAppEvent((event) => {
      if (event.type === 'open-export') return exportPanel.open();
      const reload = event.type === 'documents-changed' ? this.reloadDocuments() : this.start();
      void reload.catch((e: unknown) => this.report(e, 'Could not reload the project'));
    });
    window.addEventListener('hashchange', () => {
      const id = docFromHash();
      if (id && id !== this.open?.record.id) void this.openDocument(id);
    });
  }

  /**
   * Loads the project: its name and warnings, its documents, then the document named in the address (or
   * the first). Rejects with {@link RequestFailed} when the project itself cannot be read, e.g. a refused
   * token, so the caller can show why instead of an empty window.
   */
  async start(): Promise<void> {
    this.info = unwrap(await this.api.projectInfo({}));
    element('project-name', HTMLParagraphElement).textContent = this.info.name;
    document.title = `${this.info.name} — Verbatim`;
    renderProjectWarnings(element('project-warnings', HTMLDivElement), this.info.readOnly, this.info.warnings);
    this.toolbar.setReadOnly(this.info.readOnly);
    this.addDocumentsControl.setReadOnly(this.info.readOnly);
    await this.reloadDocuments();
    const wanted = docFromHash();
    const first = this.documents.find((d) => d.id === wanted) ?? this.documents[0];
    if (first) await this.openDocument(first.id);
    else this.annotationList.render([], 'Add documents to the project to annotate them.');
  }

  /** Lists the documents again, keeping the open one marked. */
  private async reloadDocuments(): Promise<void> {
    this.documents = unwrap(await this.api.listDocuments({}));
    this.documentList.render(this.documents, this.open?.record.id ?? null);
  }

  private titleOf(id: string): string {
    const d = this.documents.find((x) => x.id === id);
    return d ? d.title || d.path : id;
  }

  /** Opens document `id`: its text, then its annotations. Errors go to the status area. */
  async openDocument(id: string): Promise<boolean> {
    if (this.open?.record.id === id) return true;
    try {
      const content = unwrap(await this.api.readDocument({ id }));
      this.open = content;
      this.annotations = [];
      element('document-title', HTMLHeadingElement).textContent = content.record.title || content.record.path;
      // `#` headings are recognized in .txt files too: the corpus has Markdown booklets saved as text.
      this.pane.show(content.text, `Text of ${content.record.title || content.record.path}`);
      this.documentList.markCurrent(id);
      if (docFromHash() !== id) window.history.replaceState(window.history.state, '', `#doc=${encodeURIComponent(id)}`);
      await this.refreshAnnotations();
      return true;
    } catch (error) {
      this.report(error, `Could not open the document`);
      return false;
    }
  }

  /** Re-reads the open document's annotations and redraws highlights and list. */
  private async refreshAnnotations(): Promise<void> {
    const open = this.open;
    if (!open) return;
    const list = unwrap(await this.api.listAnnotations({ document: open.record.id }));
    if (this.open !== open) return; // another document was opened meanwhile
    this.annotations = list;
    this.pane.place(list.map((a) => ({ id: a.annotation.id, kind: a.annotation.kind, span: a.anchor })));
    this.annotationList.render(list, 'No annotations yet. Select text and choose a kind above the document.');
    const count = element('annotation-count', HTMLSpanElement);
    count.textContent = list.length ? `(${list.length})` : '';
  }

  /**
   * Marks the current selection as `kind`. On success the selection collapses so the new highlight shows;
   * on failure it is kept untouched, so the user can try again.
   */
  private async mark(kind: AnnotationKind): Promise<void> {
    const span = this.pane.selectedSpan();
    const open = this.open;
    if (!span || !open || this.creating) return;
    this.creating = true;
    try {
      const created = unwrap(await this.api.createAnnotation({ kind, document: open.record.id, start: span.start, end: span.end }));
      if (this.open === open) this.pane.collapseToEnd();
      await this.refreshAnnotations();
      this.annotationList.markActive(created.id);
      this.notices.show(`${presentationOf(kind).label} added.`);
    } catch (error) {
      this.report(error, `Could not add the ${presentationOf(kind).label.toLowerCase()}`);
    } finally {
      this.creating = false;
    }
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
      if (first) await this.openDocument(first.id);
      else if (annotations.length > 0) await this.refreshAnnotations();
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

  private revealAnnotation(a: AnchoredAnnotation): void {
    if (!a.anchor) {
      this.notices.show('This annotation is orphaned: its text was not found in the current version of the document.');
      return;
    }
    if (!this.pane.reveal(a.anchor, a.annotation.id)) this.notices.show('This annotation covers no visible text.');
  }

  private async showSpan(documentId: string, span: TextSpan): Promise<void> {
    if (!(await this.openDocument(documentId))) return;
    const hit = this.annotations.find((a) => a.anchor && a.anchor.start <= span.start && span.end <= a.anchor.end);
    if (!this.pane.reveal(span, hit?.annotation.id ?? null)) this.notices.show('That passage covers no visible text.');
  }

  private async runCheck(): Promise<void> {
    this.checkPanel.showRunning();
    try {
      const report = unwrap(await this.api.runCheck({}));
      this.checkPanel.show(report, (id) => this.titleOf(id));
      const d = report.discrepancies.length;
      const c = report.clusters.length;
      this.notices.show(`Check finished: ${d} ${d === 1 ? 'discrepancy' : 'discrepancies'} in ${c} quote ${c === 1 ? 'cluster' : 'clusters'}.`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.checkPanel.showError(message);
      this.report(error, 'The quote check failed');
    }
  }

  /** Shows a failure in the status area, with the service's message when there is one. */
  private report(error: unknown, what: string): void {
    const message = error instanceof Error ? error.message : String(error);
    this.notices.show(`${what}: ${message}`, 'error');
  }
}

export { RequestFailed };
