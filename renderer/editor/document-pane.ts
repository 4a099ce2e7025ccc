import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { AnnotationKind } from '../../shared/model';
import { activateAnnotation, annotationDecorations, placeAnnotations, type PlacedAnnotation } from './annotation-decorations';
import { documentToDoc } from './document-to-doc';
import type { OffsetMap, TextSpan } from './offset-map';
import { readOnlyText } from './read-only';
import type { SegmentOptions } from './text-blocks';

/** An annotation to draw: its id and kind and where it sits in the text (`null`: orphaned, not drawn). */
export interface SpanAnnotation {
  id: string;
  kind: AnnotationKind;
  span: TextSpan | null;
}

/** Callbacks of a {@link DocumentPane}. */
export interface DocumentPaneEvents {
  /** The selection changed; `span` is its exact text span, or `null` when nothing is selected. */
  onDidChangeSelection(span: TextSpan | null): void;
}

/**
 * The document view: one ProseMirror view that shows a document's text and its annotations, and reports
 * the selection as exact text offsets. It owns the {@link OffsetMap} of the open document; nothing
 * outside converts between offsets and positions.
 */
export class DocumentPane {
  private view: EditorView | null = null;
  private map: OffsetMap | null = null;

  constructor(
    private readonly mount: HTMLElement,
    private readonly events: DocumentPaneEvents,
  ) {}

  /** Shows `text` (replacing any open document) with no annotations and no selection. */
  show(text: string, label: string, options: SegmentOptions = {}): void {
    const { doc, map } = documentToDoc(text, options);
    this.map = map;
    const state = EditorState.create({ doc, plugins: [readOnlyText(), annotationDecorations()] });
    const attributes = {
      class: 'document-text',
      'data-testid': 'document-text',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-readonly': 'true',
      'aria-label': label,
      spellcheck: 'false',
      // Already a Tab stop (contenteditable); said explicitly so checkers that do not count contenteditable
      // (axe's scrollable-region-focusable) see that the scrolling pane of a long document has keyboard access.
      tabindex: '0',
    };
    if (this.view) {
      this.view.setProps({ attributes });
      this.view.updateState(state);
    } else {
      this.view = new EditorView(this.mount, {
        state,
        attributes,
        dispatchTransaction: (tr) => {
          const view = this.view;
          if (!view) return;
          const selectionBefore = view.state.selection;
          view.updateState(view.state.apply(tr));
          if (!view.state.selection.eq(selectionBefore)) this.events.onDidChangeSelection(this.selectedSpan());
        },
      });
    }
    this.mount.scrollTop = 0;
    this.events.onDidChangeSelection(null);
  }

  /** Removes the open document, e.g. when it failed to load. */
  clear(): void {
    this.view?.destroy();
    this.view = null;
    this.map = null;
    this.events.onDidChangeSelection(null);
  }

  /** The exact text span of the current selection, or `null` when it is empty or no document is open. */
  selectedSpan(): TextSpan | null {
    if (!this.view || !this.map) return null;
    const { from, to, empty } = this.view.state.selection;
    return empty ? null : this.map.toSpan({ from, to });
  }

  /** Draws `annotations`, replacing what was drawn; orphaned and wholly hidden ones are skipped. */
  place(annotations: readonly SpanAnnotation[]): void {
    const { view, map } = this;
    if (!view || !map) return;
    const placed: PlacedAnnotation[] = [];
    for (const a of annotations) {
      const range = a.span ? map.toRange(a.span) : null;
      if (range) placed.push({ id: a.id, kind: a.kind, ...range });
    }
    view.dispatch(placeAnnotations(view.state.tr, placed));
  }

  /**
   * Selects `span`, marks annotation `id` as active, scrolls it to the middle of the view and moves focus
   * into the text so the selection shows. Returns false when the span cannot be shown.
   */
  reveal(span: TextSpan, id: string | null): boolean {
    const { view, map } = this;
    const range = view && map ? map.toRange(span) : null;
    if (!view || !range) return false;
    const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to));
    view.dispatch(activateAnnotation(tr, id).scrollIntoView());
    view.focus();
    const target = id ? view.dom.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`) : null;
    target?.scrollIntoView({ block: 'center' });
    return true;
  }

  /**
   * Collapses the selection to its end and puts focus in the text, so a new highlight shows at once and a
   * keyboard user continues reading from where they marked.
   */
  collapseToEnd(): void {
    const view = this.view;
    if (!view) return;
    const { to } = view.state.selection;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
    view.focus();
  }

  /** Moves keyboard focus into the text (keeping the selection). */
  focus(): void {
    this.view?.focus();
  }
}
