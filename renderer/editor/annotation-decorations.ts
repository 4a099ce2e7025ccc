import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { AnnotationKind, Severity } from '../../shared/model';
import { presentationOf } from '../kinds';

/** An annotation placed in the editor: its id, kind and ProseMirror range, and its flag if it has one. */
export interface PlacedAnnotation {
  id: string;
  kind: AnnotationKind;
  from: number;
  to: number;
  /** A flagged claim's most severe discrepancy; `null` or absent when not flagged. */
  flag?: Severity | null;
  /** Whether the flag is still open (some discrepancy unreviewed). */
  flagOpen?: boolean;
}

interface DecorationState {
  placed: ReadonlyMap<string, PlacedAnnotation>;
  /** The annotation the user last chose; drawn with an extra class. */
  active: string | null;
  set: DecorationSet;
}

type Meta =
  | { type: 'place'; placed: readonly PlacedAnnotation[] }
  | { type: 'upsert'; placed: readonly PlacedAnnotation[] }
  | { type: 'remove'; ids: readonly string[] }
  | { type: 'activate'; id: string | null };

/** Key of the annotation-decorations plugin, for reading its state. */
export const annotationDecorationsKey = new PluginKey<DecorationState>('annotation-decorations');

function titleOf(p: PlacedAnnotation): string {
  const kind = presentationOf(p.kind).label;
  return p.flag ? `${kind} — flagged: ${p.flag} discrepancy${p.flagOpen === false ? ' (reviewed)' : ''}` : kind;
}

/** The icon before a highlight: an empty element whose glyph is CSS content, so no text is added. */
function icon(p: PlacedAnnotation): () => HTMLElement {
  return () => {
    const el = document.createElement('span');
    el.className = `annotation-icon kind-icon-${p.kind}${p.flag ? ` flag-icon flag-${p.flag}` : ''}`;
    el.setAttribute('aria-hidden', 'true');
    return el;
  };
}

/**
 * The decorations of one annotation: its highlight, and a widget just before it carrying the kind's icon
 * (and a flag's): a label that is not colour. The widget holds no text node, so what the document shows
 * and selects stays exactly the source text, and the highlight stays one element.
 */
function decorationsOf(p: PlacedAnnotation, active: string | null): Decoration[] {
  const flagged = p.flag ? ` annotation-flagged flag-${p.flag}${p.flagOpen === false ? ' flag-reviewed' : ''}` : '';
  const spec = { id: p.id };
  return [
    Decoration.inline(
      p.from,
      p.to,
      {
        // Its own element per annotation: without `nodeName`, ProseMirror merges overlapping inline
        // decorations into one span and all but one `data-annotation-id` would be lost.
        nodeName: 'span',
        class: `annotation annotation-${p.kind}${p.id === active ? ' annotation-active' : ''}${flagged}`,
        'data-annotation-id': p.id,
        'data-kind': p.kind,
        ...(p.flag ? { 'data-flag': p.flag } : {}),
        title: titleOf(p),
      },
      spec,
    ),
    Decoration.widget(p.from, icon(p), { ...spec, side: -1, ignoreSelection: true, key: `icon-${p.kind}-${p.flag ?? ''}` }),
  ];
}

function valid(state: EditorState, p: PlacedAnnotation): boolean {
  return p.from < p.to && p.to <= state.doc.content.size;
}

/** Removes the decorations of `ids` from `set`, looking only where each was placed. */
function without(set: DecorationSet, placed: ReadonlyMap<string, PlacedAnnotation>, ids: Iterable<string>): DecorationSet {
  let next = set;
  for (const id of ids) {
    const p = placed.get(id);
    if (!p) continue;
    next = next.remove(next.find(p.from, p.to, (spec: { id?: string }) => spec.id === id));
  }
  return next;
}

function apply(tr: Transaction, value: DecorationState, state: EditorState): DecorationState {
  const meta = tr.getMeta(annotationDecorationsKey) as Meta | undefined;
  if (!meta) return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
  if (meta.type === 'place') {
    const placed = new Map(meta.placed.filter((p) => valid(state, p)).map((p) => [p.id, p]));
    const set = DecorationSet.create(state.doc, [...placed.values()].flatMap((p) => decorationsOf(p, value.active)));
    return { placed, active: value.active, set };
  }
  const placed = new Map(value.placed);
  if (meta.type === 'upsert') {
    let set = without(value.set, placed, meta.placed.map((p) => p.id));
    const added: Decoration[] = [];
    for (const p of meta.placed) {
      placed.delete(p.id);
      if (!valid(state, p)) continue;
      placed.set(p.id, p);
      added.push(...decorationsOf(p, value.active));
    }
    set = set.add(state.doc, added);
    return { placed, active: value.active, set };
  }
  if (meta.type === 'remove') {
    const set = without(value.set, placed, meta.ids);
    for (const id of meta.ids) placed.delete(id);
    return { placed, active: value.active === null || placed.has(value.active) ? value.active : null, set };
  }
  // activate: redraw only the previously and the newly active annotation.
  const changed = [value.active, meta.id].filter((id): id is string => id !== null && placed.has(id));
  let set = without(value.set, placed, changed);
  set = set.add(state.doc, changed.flatMap((id) => decorationsOf(placed.get(id)!, meta.id)));
  return { placed, active: meta.id, set };
}

/**
 * Highlights annotations (`initial` from the start) as inline decorations held in plugin state (never as marks: the document stays
 * the source text). The set is mapped through every transaction and changed only through transaction
 * metadata: {@link placeAnnotations} draws a whole document's, {@link upsertAnnotations} and
 * {@link removeAnnotations} change only the annotations named, so an edit costs in proportion to what it
 * changed. Each highlight is a span with the classes `annotation annotation-<kind>`, `data-annotation-id`,
 * `data-kind`, a `title` naming the kind (and the flag of a flagged claim, also in `data-flag`).
 */
export function annotationDecorations(initial: readonly PlacedAnnotation[] = []): Plugin<DecorationState> {
  return new Plugin<DecorationState>({
    key: annotationDecorationsKey,
    state: {
      // Drawn with the document's first render, so opening a document costs one render, not two.
      init: (_config, state) => {
        const placed = new Map(initial.filter((p) => valid(state, p)).map((p) => [p.id, p]));
        return { placed, active: null, set: DecorationSet.create(state.doc, [...placed.values()].flatMap((p) => decorationsOf(p, null))) };
      },
      apply: (tr, value, _old, state) => apply(tr, value, state),
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

/** Adds or redraws the annotations `placed`, leaving every other one as it is. */
export function upsertAnnotations(tr: Transaction, placed: readonly PlacedAnnotation[]): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'upsert', placed } satisfies Meta);
}

/** Stops drawing the annotations `ids`. */
export function removeAnnotations(tr: Transaction, ids: readonly string[]): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'remove', ids } satisfies Meta);
}

/** Marks one annotation as the active one (or none with `null`). */
export function activateAnnotation(tr: Transaction, id: string | null): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'activate', id } satisfies Meta);
}

/** The ids of the annotations drawn over position `pos` (innermost, i.e. shortest, first). */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const plugin = annotationDecorationsKey.getState(state);
  if (!plugin) return [];
  const hits = [...plugin.placed.values()].filter((p) => p.from <= pos && pos <= p.to);
  return hits.sort((a, b) => a.to - a.from - (b.to - b.from)).map((p) => p.id);
}

/** Where annotation `id` is drawn, or undefined. */
export function placedAnnotation(state: EditorState, id: string): PlacedAnnotation | undefined {
  return annotationDecorationsKey.getState(state)?.placed.get(id);
}
