import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** A quote suggestion placed in the editor: its key (for the window to act on) and its range. */
export interface PlacedSuggestion {
  key: string;
  from: number;
  to: number;
  /** Tooltip: what was detected (cue, attribution). */
  label: string;
}

/** Key of the suggestion-marks plugin. */
export const suggestionMarksKey = new PluginKey<DecorationSet>('suggestion-marks');

/**
 * The engine's quote suggestions drawn as unobtrusive marks (a dotted outline, class `suggestion`,
 * `data-suggestion`), decorations like the highlights, replaced as a whole through {@link placeSuggestions}.
 * Clicking one is the window's business (see DocumentPane's `onSuggestion`).
 */
export function suggestionMarks(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: suggestionMarksKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const placed = tr.getMeta(suggestionMarksKey) as readonly PlacedSuggestion[] | undefined;
        if (placed === undefined) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        const size = tr.doc.content.size;
        return DecorationSet.create(
          tr.doc,
          placed
            .filter((s) => s.from < s.to && s.to <= size)
            .map((s) => Decoration.inline(s.from, s.to, { nodeName: 'span', class: 'suggestion', 'data-suggestion': s.key, title: s.label }, { key: s.key })),
        );
      },
    },
    props: { decorations: (state) => suggestionMarksKey.getState(state) ?? DecorationSet.empty },
  });
}

/** Replaces the suggestions drawn. */
export function placeSuggestions(tr: Transaction, placed: readonly PlacedSuggestion[]): Transaction {
  return tr.setMeta(suggestionMarksKey, placed);
}
