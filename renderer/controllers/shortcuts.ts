/** What the window's own shortcuts do. */
export interface ShortcutActions {
  undo(): void;
  redo(): void;
  findInDocument(): void;
  findInProject(): void;
  /** Whether the document view is showing (Ctrl+F is the browser's elsewhere). */
  inDocumentView(): boolean;
}

/** Whether a key event is meant for a text field (its own undo, its own find). */
function inField(event: KeyboardEvent): boolean {
  const t = event.target;
  return t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement;
}

/**
 * The window's shortcuts: Ctrl/Cmd+Z undo and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redo of annotation actions
 * (a text field keeps its own undo), Ctrl/Cmd+F find in the document, Shift+Ctrl/Cmd+F find in the
 * project. The Edit menu of Electron undoes through the focused editable, which the document's text hears
 * as `historyUndo` input: that is an undo here too. (The mark shortcuts, Alt+1..4, are the toolbar's.)
 */
export function installShortcuts(documentText: HTMLElement, actions: ShortcutActions): void {
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !inField(event)) {
      event.preventDefault();
      if (event.shiftKey) actions.redo();
      else actions.undo();
    } else if (key === 'y' && !event.shiftKey && !inField(event)) {
      event.preventDefault();
      actions.redo();
    } else if (key === 'f' && event.shiftKey) {
      event.preventDefault();
      actions.findInProject();
    } else if (key === 'f' && actions.inDocumentView()) {
      event.preventDefault();
      actions.findInDocument();
    }
  });
  documentText.addEventListener('beforeinput', (event) => {
    if (event.inputType === 'historyUndo') actions.undo();
    else if (event.inputType === 'historyRedo') actions.redo();
  }, true);
}
