import type { Annotation, AnnotationKind, Attribution } from '../../../shared/model';
import { presentationOf } from '../../kinds';
import { preview } from '../../model/describe';
import type { BodyEditor, FormContext } from './body-editor';
import { claimFields } from './claim-fields';
import { crossrefFields } from './crossref-fields';
import { button, focusInvalid, setInvalid, textField } from './form-fields';
import { noteFields } from './note-fields';
import { quoteFields } from './quote-fields';

/** What the form is for: a new annotation over a span, or an existing one. */
export type FormRequest =
  | {
      mode: 'create';
      kind: AnnotationKind;
      document: string;
      start: number;
      end: number;
      exact: string;
      /** Prefilled attribution (an accepted suggestion's). */
      attribution?: Attribution;
    }
  | { mode: 'edit'; annotation: Annotation; exact: string; targetText?: string };

/** What the form hands back on Save. */
export interface FormResult {
  body: Record<string, unknown>;
  tags: string[];
}

/** Callbacks of the {@link AnnotationForm}. */
export interface AnnotationFormEvents {
  /** Save was pressed with a valid body; resolves with what was stored (the form then closes), or null. */
  onSave(request: FormRequest, result: FormResult): Promise<Annotation | null>;
  /** The form was closed (saved or not) and no kept draft comes back. */
  onClose(): void;
  /** A kept draft is shown again (the form opened over it was closed). */
  onResume(request: FormRequest): void;
  /** Delete was pressed on an existing annotation. */
  onDelete(annotation: Annotation): void;
}

function editorFor(request: FormRequest, ctx: FormContext): BodyEditor {
  if (request.mode === 'create') {
    const where = { document: request.document, start: request.start, end: request.end };
    switch (request.kind) {
      case 'quote':
        return quoteFields({ attribution: request.attribution ?? {}, translated: false }, ctx);
      case 'claim':
        return claimFields({ text: request.exact.replace(/\s+/g, ' ').trim(), cites: [] }, ctx);
      case 'crossref':
        return crossrefFields({ relation: null, to: null, note: '', document: request.document }, ctx);
      case 'note':
        return noteFields({ status: 'open', text: '' }, where, ctx);
    }
  }
  const a = request.annotation;
  const where = { document: a.document, start: a.target.selector[0].start, end: a.target.selector[0].end };
  switch (a.kind) {
    case 'quote':
      return quoteFields(a.body, ctx);
    case 'claim':
      return claimFields(a.body, ctx);
    case 'crossref':
      return crossrefFields({ relation: a.body.relation, to: a.body.to ?? null, note: a.body.note, document: a.document, ...(request.targetText !== undefined ? { targetText: request.targetText } : {}) }, ctx);
    case 'note':
      return noteFields(a.body, where, ctx);
  }
}

/**
 * The annotation form (`[data-testid=annotation-form]`, a `form` region named after what it does): a new
 * annotation's body before it is created, or an existing one's for editing, with the kind's fields (see
 * the body editors), tags, Save (also Ctrl+Enter), Cancel (also Escape) and, when editing, Delete. A field
 * that is wrong is named in an alert and gets focus; nothing is stored until the body is valid.
 *
 * Opening a form while one is open keeps the open one's draft, as typed (an untouched form is simply
 * replaced): it comes back when the new form is saved or cancelled (write a claim, mark the quote it cites, back to the claim), so no typed work is lost.
 */
export class AnnotationForm {
  private request: FormRequest | null = null;
  private editor: BodyEditor | null = null;
  private returnFocus: HTMLElement | null = null;
  private formElement: HTMLFormElement | null = null;
  /** Whether anything was typed or chosen in the open form (an untouched form is replaced, not kept). */
  private touched = false;
  /** Drafts kept under the open form, the most recent last. */
  private readonly kept: KeptDraft[] = [];

  constructor(
    private readonly host: HTMLElement,
    private readonly ctx: FormContext,
    private readonly events: AnnotationFormEvents,
  ) {
    host.hidden = true;
  }

  /** Whether a form is open. */
  get isOpen(): boolean {
    return this.request !== null;
  }

  /** The request of the open form, or null. */
  get current(): FormRequest | null {
    return this.request;
  }

  /** Opens the form for `request` over any open one (whose draft is kept), and focuses its first field. */
  open(request: FormRequest): void {
    this.keepDraft();
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.request = request;
    const kind = request.mode === 'create' ? request.kind : request.annotation.kind;
    const label = kindLabel(request);
    const form = document.createElement('form');
    form.className = `annotation-form annotation-form-${kind}`;
    form.dataset['testid'] = 'annotation-form';
    form.noValidate = true;
    const heading = document.createElement('h2');
    heading.className = 'form-heading';
    heading.id = 'annotation-form-heading';
    heading.textContent = request.mode === 'create' ? `New ${label.toLowerCase()}` : `Edit ${label.toLowerCase()}`;
    form.setAttribute('aria-labelledby', heading.id);
    const quoted = document.createElement('blockquote');
    quoted.className = 'form-quoted';
    quoted.textContent = `“${preview(request.exact, 220)}”`;
    this.editor = editorFor(request, this.ctx);
    const existingTags = request.mode === 'edit' ? request.annotation.tags.join(', ') : '';
    const tags = textField('Tags', existingTags, { name: 'tags', hint: 'Separated by commas.' });
    const error = document.createElement('p');
    error.className = 'form-error';
    error.setAttribute('role', 'alert');
    const actions = document.createElement('div');
    actions.className = 'form-actions';
    const save = document.createElement('button');
    save.type = 'submit';
    save.className = 'primary-button';
    save.textContent = request.mode === 'create' ? `Save ${label.toLowerCase()}` : 'Save changes';
    save.setAttribute('aria-keyshortcuts', 'Control+Enter');
    actions.append(save, button('Cancel', () => this.close(), 'secondary-button'));
    if (request.mode === 'edit') {
      const annotation = request.annotation;
      actions.append(button('Delete', () => {
        this.close(false);
        this.events.onDelete(annotation);
      }, 'danger-button'));
    }
    const keptNote = document.createElement('p');
    keptNote.className = 'form-hint form-kept';
    const under = this.kept[this.kept.length - 1];
    if (under) keptNote.textContent = `Your ${under.label} draft is kept: it comes back when this form is saved or cancelled.`;
    form.append(heading, keptNote, quoted, this.editor.element, tags.row, error, actions);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(tags.control, error, save);
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.close();
      }
    });
    this.formElement = form;
    this.touched = false;
    const touch = (): void => {
      this.touched = true;
    };
    form.addEventListener('input', touch);
    form.addEventListener('change', touch);
    this.host.replaceChildren(form);
    this.host.hidden = false;
    this.editor.focus();
  }

  /**
   * Closes the form; `restore` gives focus back to where it was. A kept draft, if any, shows again, told
   * what this form `saved`.
   */
  close(restore = true, saved: Annotation | null = null): void {
    if (!this.request) return;
    const returnFocus = this.returnFocus;
    this.teardown();
    const draft = this.kept.pop();
    if (draft) {
      this.resume(draft, saved);
      return;
    }
    this.events.onClose();
    if (restore && returnFocus?.isConnected) returnFocus.focus();
    this.returnFocus = null;
  }

  /** Takes the open form out of the page without losing what was typed in it. */
  private keepDraft(): void {
    const { request, editor, formElement } = this;
    if (!request || !editor || !formElement) return;
    if (!this.touched) {
      this.teardown();
      return;
    }
    editor.suspend?.();
    const focused = formElement.contains(document.activeElement) && document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.kept.push({ request, editor, form: formElement, returnFocus: this.returnFocus, focused, label: kindLabel(request).toLowerCase() });
    this.request = null;
    this.editor = null;
    this.formElement = null;
    this.host.replaceChildren();
  }

  private resume(draft: KeptDraft, saved: Annotation | null): void {
    this.request = draft.request;
    this.editor = draft.editor;
    this.formElement = draft.form;
    this.returnFocus = draft.returnFocus;
    this.touched = true;
    this.host.replaceChildren(draft.form);
    this.host.hidden = false;
    draft.editor.resume?.(saved);
    this.events.onResume(draft.request);
    if (draft.focused?.isConnected) draft.focused.focus();
    else draft.editor.focus();
  }

  private teardown(): void {
    this.editor?.destroy?.();
    this.editor = null;
    this.request = null;
    this.formElement = null;
    this.host.replaceChildren();
    this.host.hidden = true;
  }

  private async submit(tagsInput: HTMLInputElement, error: HTMLElement, save: HTMLButtonElement): Promise<void> {
    const request = this.request;
    const editor = this.editor;
    if (!request || !editor || save.disabled) return;
    for (const el of this.host.querySelectorAll('[aria-invalid]')) setInvalid(el as HTMLElement, null);
    const read = editor.read();
    if ('error' in read) {
      // Written next to the field it is about; the form-wide line only when that field has no row of its own.
      setInvalid(read.control, read.error);
      error.textContent = read.control.closest('.form-row') ? '' : read.error;
      focusInvalid(read.control);
      return;
    }
    error.textContent = '';
    const tags = [...new Set(tagsInput.value.split(',').map((t) => t.trim()).filter(Boolean))];
    save.disabled = true;
    try {
      const stored = await this.events.onSave(request, { body: read.body, tags });
      if (stored && this.request === request) this.close(true, stored);
    } finally {
      save.disabled = false;
    }
  }
}

/** A form put aside, as it was, while another is open over it. */
interface KeptDraft {
  request: FormRequest;
  editor: BodyEditor;
  form: HTMLFormElement;
  returnFocus: HTMLElement | null;
  /** The field that had focus, to give it back. */
  focused: HTMLElement | null;
  /** The kind's name, lower case ("claim"). */
  label: string;
}

function kindLabel(request: FormRequest): string {
  return presentationOf(request.mode === 'create' ? request.kind : request.annotation.kind).label;
}
