import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { AnnotationKind, Severity } from '../../shared/model';
import {
  activateAnnotation, annotationDecorations, annotationsAt, placeAnnotations, placedAnnotation, removeAnnotations,
  upsertAnnotations, type PlacedAnnotation,
} from './annotation-decorations';
import { annotationKeys, type AnnotationGestures } from './annotation-keys';
import type { LayoutBlock } from '../../shared/text';
import { documentToDoc } from './document-to-doc';
import { findHighlights, showMatches } from './find-highlights';
import { hoverCard } from './hover-card';
import { drawRange, drawRest, lazySections } from './lazy-sections';
import type { OffsetMap, PmRange, TextSpan } from './offset-map';
import { pendingSelection, showPending } from './pending-selection';
import { readOnlyText } from './read-only';
import { placeSuggestions, suggestionMarks } from './suggestion-marks';

/** An annotation to draw: its id and kind, where it sits in the text (`null`: orphaned), and its flag. */
export interface SpanAnnotation {
  id: string;
  kind: AnnotationKind;
  span: TextSpan | null;
  flag?: Severity | null;
  flagOpen?: boolean;
}

/** A suggestion to draw: its key, its span and its tooltip. */
export interface SpanSuggestion {
  key: string;
  span: TextSpan;
  label: string;
}

/** Callbacks of a {@link DocumentPane}. */
export interface DocumentPaneEvents extends Partial<AnnotationGestures> {
  /** The selection changed; `span` is its exact text span, or `null` when nothing is selected. */
  onDidChangeSelection(span: TextSpan | null): void;
  /** The hover card's content for annotations `ids`; without it there is no card. */
  describe?(ids: readonly string[]): HTMLElement | null;
}

const NO_GESTURES: AnnotationGestures = { onEdit: () => {}, onDelete: () => {}, onContextMenu: () => {}, onSuggestion: () => {} };

/**
 * A document view: one ProseMirror view that shows a document's text (its Markdown rendered) with its
 * annotations, suggestions and find matches, and reports the selection as exact text offsets. It owns
 * the {@link OffsetMap} of the open document; nothing outside converts between offsets and positions.
 */
export class DocumentPane {
  private view: EditorView | null = null;
  private map: OffsetMap | null = null;
  private text = '';
  /** Stops drawing the sections of the document shown in idle slices (see lazy-sections.ts). */
  private stopDrawing: () => void = () => {};

  constructor(
    private readonly mount: HTMLElement,
    private readonly events: DocumentPaneEvents,
  ) {}

  /** The offset map of the document shown, or null. */
  get offsetMap(): OffsetMap | null {
    return this.map;
  }

  /** The text shown, as given to {@link show}. */
  get shownText(): string {
    return this.text;
  }

  /**
   * Shows `text` (replacing any open document) with `annotations` drawn and no selection; `layout`, when
   * given, is its `markdownLayout`, already computed.
   */
  show(text: string, label: string, annotations: readonly SpanAnnotation[] = [], layout?: readonly LayoutBlock[]): void {
    const { doc, map } = documentToDoc(text, layout);
    performance.mark('verbatim:open:doc-built');
    this.map = map;
    this.text = text;
    const initial = this.placedOf(annotations);
    const gestures: AnnotationGestures = { ...NO_GESTURES, ...pick(this.events) };
    const describe = this.events.describe?.bind(this.events);
    const plugins = [
      readOnlyText(),
      lazySections(),
      annotationDecorations(initial),
      suggestionMarks(),
      findHighlights(),
      pendingSelection(),
      annotationKeys(gestures),
      ...(describe ? [hoverCard({ describe, container: this.mount })] : []),
    ];
    const state = EditorState.create({ doc, plugins });
    performance.mark('verbatim:open:state-built');
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
      // Back to the top before the new text is drawn: the old text is laid out already, so this costs
      // nothing, whereas setting it after the swap forces a layout of the whole new document at once.
      this.mount.scrollTop = 0;
      this.view.setProps({ attributes });
      this.view.updateState(state);
    } else {
      // Likewise before the view exists: on an empty mount it is free.
      this.mount.scrollTop = 0;
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
    this.stopDrawing();
    this.stopDrawing = drawRest(this.view);
    this.events.onDidChangeSelection(null);
  }

  /** Removes the open document, e.g. when it failed to load. */
  clear(): void {
    this.stopDrawing();
    this.view?.destroy();
    this.view = null;
    this.map = null;
    this.text = '';
    this.events.onDidChangeSelection(null);
  }

  /** The exact text span of the current selection, or `null` when it is empty or no document is open. */
  selectedSpan(): TextSpan | null {
    if (!this.view || !this.map) return null;
    const { from, to, empty } = this.view.state.selection;
    return empty ? null : this.map.toSpan({ from, to }, this.text);
  }

  /** The text offset of the caret (the selection's head), or null. */
  caretOffset(): number | null {
    if (!this.view || !this.map) return null;
    return this.map.toOffset(this.view.state.selection.head);
  }

  /** Draws `annotations`, replacing what was drawn; orphaned and wholly hidden ones are skipped. */
  place(annotations: readonly SpanAnnotation[]): void {
    this.dispatchPlaced(annotations, placeAnnotations);
  }

  /** Adds or redraws `annotations` only (an orphaned one stops being drawn). */
  upsert(annotations: readonly SpanAnnotation[]): void {
    const gone = annotations.filter((a) => !a.span).map((a) => a.id);
    if (gone.length > 0) this.remove(gone);
    this.dispatchPlaced(annotations.filter((a) => a.span), upsertAnnotations);
  }

  /** Stops drawing the annotations `ids`. */
  remove(ids: readonly string[]): void {
    if (this.view) this.view.dispatch(removeAnnotations(this.view.state.tr, ids));
  }

  /** Draws the quote suggestions, replacing the previous ones. */
  setSuggestions(suggestions: readonly SpanSuggestion[]): void {
    const { view, map } = this;
    if (!view || !map) return;
    const placed = suggestions.flatMap((s) => {
      const range = map.toRange(s.span);
      return range ? [{ key: s.key, label: s.label, ...range }] : [];
    });
    view.dispatch(placeSuggestions(view.state.tr, placed));
  }

  /** Draws find matches (text spans), `current` as the current one, and reveals that one. */
  setMatches(spans: readonly TextSpan[], current: number): void {
    const { view, map } = this;
    if (!view || !map) return;
    const ranges = spans.map((s) => map.toRange(s)).map((r) => r ?? { from: 0, to: 0 });
    const shown = ranges[current];
    if (shown) drawRange(view, shown.from, shown.to);
    view.dispatch(showMatches(view.state.tr, ranges, current));
    const range = ranges[current];
    if (range && range.to > range.from) this.scrollToRange(range);
  }

  /** The ids of the annotations under the caret, innermost first. */
  annotationsAtCaret(): string[] {
    return this.view ? annotationsAt(this.view.state, this.view.state.selection.head) : [];
  }

  /** Whether annotation `id` is drawn (placed and not wholly hidden). */
  isDrawn(id: string): boolean {
    return this.view ? placedAnnotation(this.view.state, id) !== undefined : false;
  }

  /** Marks annotation `id` as the active one without moving the selection. */
  activate(id: string | null): void {
    if (this.view) this.view.dispatch(activateAnnotation(this.view.state.tr, id));
  }

  /**
   * Selects `span`, marks annotation `id` as active, scrolls it to the middle of the view and moves focus
   * into the text so the selection shows. Returns false when the span cannot be shown.
   */
  reveal(span: TextSpan, id: string | null, focus = true): boolean {
    const { view, map } = this;
    const range = view && map ? map.toRange(span) : null;
    if (!view || !range) return false;
    // A jump far down: that part of the text is drawn at once, before the selection and the scroll.
    drawRange(view, range.from, range.to);
    const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to));
    view.dispatch(activateAnnotation(tr, id));
    // ProseMirror focuses without scrolling; the range is scrolled to the middle just below.
    if (focus) view.focus();
    this.scrollToRange(range);
    return true;
  }

  /**
   * Collapses the selection to its end and puts focus in the text, so a new highlight shows at once and a
   * keyboard user continues reading from where they marked. `active`, when given, is marked as the
   * active annotation in the same transaction (one redraw instead of two). With `only`, the selection is
   * collapsed only while it is still that span (the user may have selected other text meanwhile, which is
   * then kept and only `active` is marked).
   */
  collapseToEnd(active?: string | null, only?: TextSpan): void {
    const view = this.view;
    if (!view) return;
    if (only) {
      const now = this.selectedSpan();
      if (!now || now.start !== only.start || now.end !== only.end) {
        if (active !== undefined) this.activate(active);
        return;
      }
    }
    const { to } = view.state.selection;
    const tr = view.state.tr.setSelection(TextSelection.create(view.state.doc, to));
    view.dispatch(active === undefined ? tr : activateAnnotation(tr, active));
    view.focus();
  }

  /**
   * Marks `span` as the text a form is open on (`null`: clears it), and scrolls it into view when it is
   * not, so the words being annotated stay in sight while focus is in the form.
   */
  setPending(span: TextSpan | null): void {
    const { view, map } = this;
    if (!view) return;
    const range = span && map ? map.toRange(span) : null;
    if (range) drawRange(view, range.from, range.to);
    view.dispatch(showPending(view.state.tr, range));
    if (!range || range.to > view.state.doc.content.size) return;
    const box = this.mount.getBoundingClientRect();
    const start = view.coordsAtPos(range.from, 1);
    if (start.top < box.top || start.bottom > box.bottom) this.scrollToRange(range);
  }

  /** Moves keyboard focus into the text (keeping the selection). */
  focus(): void {
    this.view?.focus();
  }

  /** The mount's scroll position, to keep it across a redraw. */
  get scrollTop(): number {
    return this.mount.scrollTop;
  }

  set scrollTop(value: number) {
    this.mount.scrollTop = value;
  }

  private dispatchPlaced(annotations: readonly SpanAnnotation[], how: typeof placeAnnotations): void {
    const { view } = this;
    if (!view) return;
    view.dispatch(how(view.state.tr, this.placedOf(annotations)));
  }

  private placedOf(annotations: readonly SpanAnnotation[]): PlacedAnnotation[] {
    const { map } = this;
    if (!map) return [];
    const placed: PlacedAnnotation[] = [];
    for (const a of annotations) {
      const range = a.span ? map.toRange(a.span) : null;
      if (range) placed.push({ id: a.id, kind: a.kind, ...range, flag: a.flag ?? null, flagOpen: a.flagOpen ?? true });
    }
    return placed;
  }

  /**
   * Scrolls the mount so `range` sits in the middle of it. Done by measuring rather than with
   * `scrollIntoView`, which leaves a range just at the edge (or under the status bar) and does nothing
   * useful when the document was replaced in the same task.
   */
  private scrollToRange(range: PmRange, attempts = 3): void {
    const view = this.view;
    if (!view || range.to > view.state.doc.content.size) return;
    drawRange(view, range.from, range.to);
    const box = this.mount.getBoundingClientRect();
    const start = view.coordsAtPos(range.from, 1);
    const end = view.coordsAtPos(range.to, -1);
    const middle = (start.top + Math.min(end.bottom, start.top + box.height * 0.6)) / 2;
    const off = middle - (box.top + box.height / 2);
    if (Math.abs(off) < 2) return;
    this.mount.scrollTop += off;
    // Blocks off screen are laid out only once shown (content-visibility), so text above may take its
    // real height in the next frames: measure again until the range stays put.
    const state = view.state;
    if (attempts > 1) requestAnimationFrame(() => {
      if (this.view === view && view.state.doc === state.doc) this.scrollToRange(range, attempts - 1);
    });
  }
}

function pick(events: DocumentPaneEvents): Partial<AnnotationGestures> {
  const out: Partial<AnnotationGestures> = {};
  if (events.onEdit) out.onEdit = events.onEdit.bind(events);
  if (events.onDelete) out.onDelete = events.onDelete.bind(events);
  if (events.onContextMenu) out.onContextMenu = events.onContextMenu.bind(events);
  if (events.onSuggestion) out.onSuggestion = events.onSuggestion.bind(events);
  return out;
}
