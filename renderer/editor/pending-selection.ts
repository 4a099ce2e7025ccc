import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { PmRange } from './offset-map';

/** Key of the pending-selection plugin. */
export const pendingSelectionKey = new PluginKey<DecorationSet>('pending-selection');

/**
 * The text an annotation form was opened on, drawn as a decoration (`pending-selection`) for as long as
 * the form is open. The browser stops painting the selection once focus moves into the form's fields, so
 * without it the words being annotated would disappear from the page while their form is filled in.
 * Set and cleared through {@link showPending}.
 */
export function pendingSelection(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: pendingSelectionKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const meta = tr.getMeta(pendingSelectionKey) as { range: PmRange | null } | undefined;
        if (!meta) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        const { range } = meta;
        if (!range || range.from >= range.to || range.to > tr.doc.content.size) return DecorationSet.empty;
        return DecorationSet.create(tr.doc, [Decoration.inline(range.from, range.to, { class: 'pending-selection' })]);
      },
    },
    props: { decorations: (state) => pendingSelectionKey.getState(state) ?? DecorationSet.empty },
  });
}

/** Draws `range` as the pending selection (`null`: none). */
export function showPending(tr: Transaction, range: PmRange | null): Transaction {
  return tr.setMeta(pendingSelectionKey, { range });
}
