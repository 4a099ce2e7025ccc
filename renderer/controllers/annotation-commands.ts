import type { AnchoredAnnotation } from '../../shared/api';
import type { AnnotationKind } from '../../shared/model';
import { KINDS, presentationOf } from '../kinds';
import type { ContextMenu, MenuItem } from '../panels/context-menu';
import type { DocumentController } from './document-controller';
import type { FormController } from './form-controller';
import type { ReviewController } from './review-controller';
import type { Workspace } from './workspace';

/** What the commands need from the window besides the controllers. */
export interface CommandHooks {
  /** Opens `document` in the document view and shows `start..end` there. */
  show(document: string, start: number, end: number): Promise<void>;
  /** Switches to the review view. */
  openReview(): void;
  openFind(): void;
  /** Whether text is selected in the open document. */
  hasSelection(): boolean;
}

/**
 * The commands on annotations the toolbar, the keyboard, the list and the context menu share: mark the
 * selection (the form opens; nothing is stored before Save), edit, re-attach an orphan to the selection,
 * follow a cross-reference or a review note, and the context menu that offers what fits.
 */
export class AnnotationCommands {
  constructor(
    private readonly ws: Workspace,
    private readonly docs: DocumentController,
    private readonly forms: FormController,
    private readonly review: ReviewController,
    private readonly menu: ContextMenu,
    private readonly hooks: CommandHooks,
  ) {}

  /** Marks the current selection as `kind`: opens the form for its body. */
  mark(kind: AnnotationKind): void {
    const span = this.docs.pane.selectedSpan();
    const open = this.docs.open;
    if (!span || !open) return;
    this.forms.create(kind, open.record.id, span, open.text.slice(span.start, span.end));
  }

  edit(id: string): void {
    const a = this.ws.index.get(id);
    if (a) this.forms.edit(a.annotation);
  }

  /** Puts an orphan onto the selected text. */
  reattach(a: AnchoredAnnotation): void {
    const span = this.docs.pane.selectedSpan();
    if (!span) {
      this.ws.notices.show('Select the text the annotation belongs to first, then press Re-attach.');
      return;
    }
    void this.ws.actions.reattach(a.annotation.id, span.start, span.end);
  }

  /** Follows a cross-reference to its target, or a review note to its discrepancy in review mode. */
  follow(a: AnchoredAnnotation): void {
    const { annotation } = a;
    if (annotation.kind === 'crossref' && annotation.body.to) {
      const to = annotation.body.to;
      if ('document' in to) {
        void this.hooks.show(to.document, to.start, to.end);
        return;
      }
      const target = this.ws.index.get(to.annotation);
      if (target?.anchor) void this.hooks.show(target.annotation.document, target.anchor.start, target.anchor.end);
      else this.ws.notices.show('The annotation this cross-reference points to is gone or orphaned.');
    } else if (annotation.kind === 'note' && annotation.body.discrepancy) {
      if (!this.review.lastReport) {
        this.ws.notices.show('Run “Check quotes” first: the discrepancy comes from the check.');
        return;
      }
      this.hooks.openReview();
      this.review.reviewDiscrepancy(annotation.body.discrepancy);
    }
  }

  /** The context menu at `x, y` for the annotations `ids` there (innermost first). */
  contextMenu(x: number, y: number, ids: readonly string[]): void {
    const items: MenuItem[] = [];
    if (this.hooks.hasSelection() && !this.ws.info()?.readOnly) {
      for (const k of KINDS) items.push({ label: k.action, shortcut: k.shortcut, run: () => this.mark(k.kind) });
    }
    for (const id of ids.slice(0, 2)) {
      const a = this.ws.index.get(id);
      if (!a) continue;
      const what = presentationOf(a.annotation.kind).label.toLowerCase();
      items.push({ label: `Edit ${what}…`, run: () => this.edit(id) });
      if (a.annotation.kind === 'crossref' || (a.annotation.kind === 'note' && a.annotation.body.discrepancy)) {
        items.push({ label: a.annotation.kind === 'crossref' ? 'Go to the target' : 'Show the discrepancy', run: () => this.follow(a) });
      }
      items.push({ label: `Delete ${what}`, shortcut: 'Delete', run: () => void this.ws.actions.remove(id) });
    }
    items.push({ label: 'Find in document…', shortcut: 'Control+F', run: () => this.hooks.openFind() });
    this.menu.open(x, y, items, 'Annotation');
  }
}
