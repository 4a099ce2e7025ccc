import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationsAt } from './annotation-decorations';

/** What the user asked of the annotations under the caret or the pointer. */
export interface AnnotationGestures {
  /** Edit annotation `id` (double-click on its highlight, or Enter with the caret in it). */
  onEdit(id: string): void;
  /** Delete annotation `id` (Delete or Backspace with the caret in it and nothing selected). */
  onDelete(id: string): void;
  /**
   * Open the context menu at viewport point `x, y` for the annotations `ids` there (innermost first) and
   * whether text is selected (right click, the Menu key or Shift+F10).
   */
  onContextMenu(x: number, y: number, ids: readonly string[]): void;
  /** A quote suggestion mark was clicked or chosen with Enter (`key` from its `data-suggestion`). */
  onSuggestion(key: string, anchor: Element): void;
}

function caretIds(view: EditorView): string[] {
  const { selection } = view.state;
  return selection.empty ? annotationsAt(view.state, selection.from) : [];
}

function suggestionAt(view: EditorView): Element | null {
  const { node } = view.domAtPos(view.state.selection.from);
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest('[data-suggestion]') ?? null;
}

/**
 * The document's gestures for annotations: double-click edits, Enter edits, Delete deletes, the context
 * menu (mouse, Menu key, Shift+F10) offers what fits; clicking a suggestion mark offers accept, edit or
 * reject. The text itself is read-only, so none of these keys has another meaning here.
 */
export function annotationKeys(gestures: AnnotationGestures): Plugin {
  return new Plugin({
    props: {
      handleKeyDown(view, event) {
        const menuKey = event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);
        if (menuKey) {
          const c = view.coordsAtPos(view.state.selection.head);
          const ids = annotationsAt(view.state, view.state.selection.head);
          gestures.onContextMenu(c.left, c.bottom, ids);
          return true;
        }
        if (event.ctrlKey || event.metaKey || event.altKey) return false;
        if (event.key === 'Enter') {
          const suggestion = suggestionAt(view);
          if (suggestion) {
            gestures.onSuggestion(suggestion.getAttribute('data-suggestion') ?? '', suggestion);
            return true;
          }
          const [id] = caretIds(view);
          if (id) gestures.onEdit(id);
          return true;
        }
        if (event.key === 'Delete' || event.key === 'Backspace') {
          const [id] = caretIds(view);
          if (id) gestures.onDelete(id);
          return true;
        }
        return false;
      },
      handleDoubleClick(view, pos, event) {
        const target = event.target instanceof Element ? event.target.closest('[data-annotation-id]') : null;
        const id = target?.getAttribute('data-annotation-id') ?? annotationsAt(view.state, pos)[0];
        if (!id) return false;
        event.preventDefault();
        gestures.onEdit(id);
        return true;
      },
      handleClick(_view, _pos, event) {
        const target = event.target instanceof Element ? event.target.closest('[data-suggestion]') : null;
        if (!target || event.detail > 1) return false;
        gestures.onSuggestion(target.getAttribute('data-suggestion') ?? '', target);
        return false;
      },
      handleDOMEvents: {
        contextmenu(view, event) {
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          const ids = at ? annotationsAt(view.state, at.pos) : [];
          event.preventDefault();
          gestures.onContextMenu(event.clientX, event.clientY, ids);
          return true;
        },
      },
    },
  });
}
