import { Plugin } from 'prosemirror-state';

/**
 * Keeps the document text exactly as the source file: every transaction that would change it is dropped.
 *
 * The view stays `contenteditable` on purpose, so keyboard users get a caret and can select with
 * Shift+arrows (a non-editable view offers no keyboard selection at all). Input events are cancelled
 * before the browser touches the DOM; `filterTransaction` is the backstop for anything that slips through
 * (IME composition, drag and drop), after which ProseMirror redraws the DOM from the unchanged state.
 */
export function readOnlyText(): Plugin {
  return new Plugin({
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
      handlePaste: () => true,
      handleDrop: () => true,
    },
  });
}
