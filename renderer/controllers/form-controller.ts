import { describeIssues } from '../../shared/api';
import { NewAnnotation, type Annotation, type AnnotationKind, type Attribution, type Discrepancy } from '../../shared/model';
import { DocumentPane, type TextSpan } from '../editor';
import { AnnotationForm, type FormRequest, type FormResult } from '../panels/forms/annotation-form';
import type { CitableQuote, FormContext, NoteableDiscrepancy, PickedTarget } from '../panels/forms/body-editor';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** What the form controller needs from the rest of the window. */
export interface FormHooks {
  /** The open document's id and its selection, if any. */
  selection(): { document: string; span: TextSpan } | null;
  /** The last check's discrepancies (empty before a check). */
  discrepancies(): readonly Discrepancy[];
  /** The form opened or closed (the toolbar and the layout react). */
  onDidToggle(open: boolean): void;
  /** An annotation was created from the form (the list marks it, the selection collapses). */
  onCreated(annotation: Annotation): void;
}

/** The elements of the cross-reference target view. */
export interface TargetElements {
  section: HTMLElement;
  heading: HTMLElement;
  mount: HTMLElement;
}

/**
 * The annotation form and everything it needs: creating an annotation with its body (the form first,
 * then one `createAnnotation`), editing one (`updateAnnotation`), the completion lists, the quotes a claim
 * can cite, the discrepancies a note can be about, and the second document view where a cross-reference's
 * target is selected, beside the open document.
 */
export class FormController implements FormContext {
  readonly form: AnnotationForm;
  private readonly target: DocumentPane;
  private targetDoc: string | null = null;
  private onPick: (target: PickedTarget | null) => void = () => {};
  private outletList: Promise<readonly string[]> | null = null;
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly ws: Workspace,
    host: HTMLElement,
    private readonly targetEl: TargetElements,
    private readonly hooks: FormHooks,
  ) {
    this.form = new AnnotationForm(host, this, {
      onSave: (request, result) => this.save(request, result),
      onClose: () => {
        this.showTargetPane(null, () => {});
        hooks.onDidToggle(false);
      },
      onDelete: (a) => void ws.actions.remove(a.id),
      onResume: () => hooks.onDidToggle(true),
    });
    this.target = new DocumentPane(targetEl.mount, {
      onDidChangeSelection: (span) => {
        const doc = this.targetDoc;
        const text = doc ? this.texts.get(doc) : undefined;
        if (doc && span && text !== undefined) this.onPick({ document: doc, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
      },
    });
    targetEl.section.hidden = true;
  }

  /** Opens the form for a new `kind` annotation over `span` of `document`. */
  create(kind: AnnotationKind, document: string, span: TextSpan, exact: string, attribution?: Attribution): void {
    this.form.open({ mode: 'create', kind, document, start: span.start, end: span.end, exact, ...(attribution ? { attribution } : {}) });
    this.hooks.onDidToggle(true);
  }

  /** The span of `document` a form for a new annotation is open on, or null (no form, or an edit). */
  pendingSpan(document: string | undefined): TextSpan | null {
    const request = this.form.current;
    return request?.mode === 'create' && request.document === document ? { start: request.start, end: request.end } : null;
  }

  /** Opens the form on an existing annotation. */
  edit(annotation: Annotation): void {
    const to = annotation.kind === 'crossref' ? annotation.body.to : undefined;
    const targetText = to && 'document' in to ? this.texts.get(to.document)?.slice(to.start, to.end) : undefined;
    this.form.open({ mode: 'edit', annotation, exact: annotation.target.selector[1].exact, ...(targetText !== undefined ? { targetText } : {}) });
    this.hooks.onDidToggle(true);
    // The target's text is read for the form's description when it was not known yet.
    if (to && 'document' in to && targetText === undefined) void this.textOf(to.document).then(() => undefined);
  }

  /**
   * The target view and the text it shows while it is open, or null; with `focused`, only when focus is
   * in it (so Ctrl+F there searches the target, not the open document).
   */
  targetView(focused: boolean): { pane: DocumentPane; text: string } | null {
    const { section } = this.targetEl;
    if (section.hidden || this.targetDoc === null) return null;
    if (focused && !section.contains(document.activeElement)) return null;
    return { pane: this.target, text: this.target.shownText };
  }

  /** Forgets cached texts (a document changed on disk) and completions (a quote was saved). */
  invalidate(document?: string): void {
    if (document) this.texts.delete(document);
    else this.texts.clear();
    this.outletList = null;
  }

  // FormContext

  outlets(): Promise<readonly string[]> {
    this.outletList ??= this.ws.api.listOutlets({}).then(unwrap).catch(() => []);
    return this.outletList;
  }

  quotes(): readonly CitableQuote[] {
    return this.ws.index.all().flatMap(({ annotation: a }) =>
      a.kind === 'quote' ? [{ id: a.id, document: a.document, exact: a.target.selector[1].exact, attribution: a.body.attribution }] : [],
    );
  }

  documents() {
    return this.ws.documents();
  }

  titleOf(document: string): string {
    return this.ws.titleOf(document);
  }

  quotesInSelection(): { ids: string[] } | { error: string } {
    const selection = this.hooks.selection();
    if (!selection) return { error: 'Select the quoted text in a document first (open it from the list of documents).' };
    const { document, span } = selection;
    const ids = this.ws.index
      .inDocument(document)
      .filter(({ annotation: a, anchor }) => a.kind === 'quote' && anchor && anchor.start < span.end && span.start < anchor.end)
      .map((a) => a.annotation.id);
    return ids.length > 0 ? { ids } : { error: 'No quote annotation lies in the selection: mark the quoted text as a quote first.' };
  }

  discrepanciesAt(document: string, start: number, end: number): readonly NoteableDiscrepancy[] {
    const touches = (side: Discrepancy['a']): boolean => side.document === document && side.start <= end && start <= side.end;
    return this.hooks
      .discrepancies()
      .filter((d) => touches(d.a) || touches(d.b))
      .slice(0, 100)
      .map((d) => ({ id: d.id, label: `${d.kind}, ${d.severity}: ${d.explanation}` }));
  }

  showTargetPane(document: string | null, onPick: (target: PickedTarget | null) => void, initial?: PickedTarget | null): void {
    this.onPick = onPick;
    if (document === null) {
      this.targetEl.section.hidden = true;
      this.targetDoc = null;
      return;
    }
    this.targetEl.section.hidden = false;
    void this.textOf(document).then((text) => {
      if (text === null || this.onPick !== onPick) return;
      this.targetDoc = document;
      const title = this.ws.titleOf(document);
      this.targetEl.heading.textContent = `Target: ${title}`;
      this.target.show(text, `Target document: ${title}`);
      if (initial && initial.document === document) this.target.reveal({ start: initial.start, end: initial.end }, null, false);
    });
  }

  private async textOf(document: string): Promise<string | null> {
    const known = this.texts.get(document);
    if (known !== undefined) return known;
    try {
      const { text } = unwrap(await this.ws.api.readDocument({ id: document }));
      this.texts.set(document, text);
      return text;
    } catch (error) {
      this.ws.report(error, 'Could not open the target document');
      return null;
    }
  }

  private async save(request: FormRequest, result: FormResult): Promise<Annotation | null> {
    if (request.mode === 'create') {
      // Checked here with the contract's own schema, so what is sent is typed, and a body the form got
      // wrong is explained before any request.
      const input = NewAnnotation.safeParse({ kind: request.kind, document: request.document, start: request.start, end: request.end, body: result.body, tags: result.tags });
      if (!input.success) {
        this.ws.notices.show(`The ${request.kind} cannot be saved: ${describeIssues(input.error)}`, 'error');
        return null;
      }
      const created = await this.ws.actions.create(input.data);
      if (created?.kind === 'quote') this.outletList = null;
      if (created) this.hooks.onCreated(created);
      return created;
    }
    const updated = await this.ws.actions.update(request.annotation.id, { body: result.body, tags: result.tags });
    if (updated?.kind === 'quote') this.outletList = null;
    return updated;
  }
}
