import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { AnnotationKind } from '../../shared/model';
import { presentationOf } from '../kinds';

/** An annotation placed in the editor: its id, kind and ProseMirror range. */
export interface PlacedAnnotation {
  id: string;
  kind: AnnotationKind;
  from: number;
  to: number;
}

interface DecorationState {
  placed: readonly PlacedAnnotation[];
  /** The annotation the user last chose in the list; drawn with an extra class. */
  active: string | null;
  set: DecorationSet;
}

type Meta = { type: 'place'; placed: readonly PlacedAnnotation[] } | { type: 'activate'; id: string | null };

/** Key of the annotation-decorations plugin, for reading its state. */
export const annotationDecorationsKey = new PluginKey<DecorationState>('annotation-decorations');

function build(state: EditorState, placed: readonly PlacedAnnotation[], active: string | null): DecorationSet {
  const size = state.doc.content.size;
  const decorations = placed
    .filter((p) => p.from < p.to && p.to <= size)
    .map((p) =>
      Decoration.inline(
        p.from,
        p.to,
        {
          // Its own element per annotation: without `nodeName`, ProseMirror merges overlapping inline
          // decorations into one span and all but one `data-annotation-id` would be lost.
          nodeName: 'span',
          class: `annotation annotation-${p.kind}${p.id === active ? ' annotation-active' : ''}`,
          'data-annotation-id': p.id,
          'data-kind': p.kind,
          title: presentationOf(p.kind).label,
        },
        { id: p.id },
      ),
    );
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Highlights annotations as inline decorations held in plugin state (never as marks: the document stays
 * the source text). The set is mapped through every transaction and replaced only through transaction
 * metadata, via {@link placeAnnotations} and {@link activateAnnotation}. Each highlight is a span with the
 * classes `annotation annotation-<kind>`, `data-annotation-id`, `data-kind` and a `title` naming the kind.
 */
export function annotationDecorations(): Plugin<DecorationState> {
  return new Plugin<DecorationState>({
    key: annotationDecorationsKey,
    state: {
      init: (_config, state) => ({ placed: [], active: null, set: DecorationSet.create(state.doc, []) }),
      apply: (tr, value, _old, state) => {
        const meta = tr.getMeta(annotationDecorationsKey) as Meta | undefined;
        if (meta?.type === 'place') return { placed: meta.placed, active: value.active, set: build(state, meta.placed, value.active) };
        if (meta?.type === 'activate') return { placed: value.placed, active: meta.id, set: build(state, value.placed, meta.id) };
        return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
      },
    },
    props: {
      decorations: (state) => annotationDecorationsKey.getState(state)?.set ?? DecorationSet.empty,
    },
  });
}

/** Sets the annotations to draw, replacing the previous ones. */
export function placeAnnotations(tr: Transaction, placed: readonly PlacedAnnotation[]): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'place', placed } satisfies Meta);
}

/** Marks one annotation as the active one (or none with `null`). */
export function activateAnnotation(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'activate', id } satisfies Meta);
}
