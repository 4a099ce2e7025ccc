import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { PmRange } from './offset-map';

interface FindState {
  matches: readonly PmRange[];
  current: number;
  set: DecorationSet;
}

/** Key of the find-highlights plugin. */
export const findHighlightsKey = new PluginKey<FindState>('find-highlights');

/**
 * The matches of find-in-document, drawn as decorations (`find-match`, the current one also
 * `find-current`), replaced through {@link showMatches}.
 */
export function findHighlights(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findHighlightsKey,
    state: {
      init: () => ({ matches: [], current: -1, set: DecorationSet.empty }),
      apply: (tr, value) => {
        const meta = tr.getMeta(findHighlightsKey) as { matches: readonly PmRange[]; current: number } | undefined;
        if (!meta) return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
        const size = tr.doc.content.size;
        const decorations = meta.matches
          .filter((m) => m.from < m.to && m.to <= size)
          .map((m, i) => Decoration.inline(m.from, m.to, { class: i === meta.current ? 'find-match find-current' : 'find-match' }));
        return { matches: meta.matches, current: meta.current, set: DecorationSet.create(tr.doc, decorations) };
      },
    },
    props: { decorations: (state) => findHighlightsKey.getState(state)?.set ?? DecorationSet.empty },
  });
}

/** Draws `matches`, the one at `current` as the current match (-1: none). */
export function showMatches(tr: Transaction, matches: readonly PmRange[], current: number): Transaction {
  return tr.setMeta(findHighlightsKey, { matches, current });
}
