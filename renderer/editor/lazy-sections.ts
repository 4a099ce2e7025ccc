import type { Node as PmNode } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView, type NodeView, type NodeViewConstructor } from 'prosemirror-view';

/**
 * Sections (a long document's runs of 40 blocks, see document-to-doc.ts) drawn with the first paint:
 * the first screen and the next, at the top of the document where it opens.
 */
export const FIRST_SECTIONS = 2;

interface LazyState {
  /** Indices (among the document's top-level children) of the sections drawn. */
  drawn: ReadonlySet<number>;
  /** A node decoration on each drawn section: what tells its node view to draw it (see below). */
  set: DecorationSet;
}

const key = new PluginKey<LazyState>('lazy-sections');

/** The spec that marks a drawn section's decoration. */
const DRAWN = { drawnSection: true };

function sectionIndices(doc: PmNode): number[] {
  const out: number[] = [];
  doc.forEach((child, _offset, i) => {
    if (child.type.name === 'section') out.push(i);
  });
  return out;
}

function decorate(doc: PmNode, drawn: ReadonlySet<number>): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((child, offset, i) => {
    if (drawn.has(i)) decorations.push(Decoration.node(offset, offset + child.nodeSize, { 'data-drawn': '' }, DRAWN));
  });
  return DecorationSet.create(doc, decorations);
}

function apply(tr: Transaction, value: LazyState): LazyState {
  const meta = tr.getMeta(key) as { draw: readonly number[] } | undefined;
  if (!meta) return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
  const fresh = meta.draw.filter((i) => !value.drawn.has(i));
  if (fresh.length === 0) return value;
  const drawn = new Set([...value.drawn, ...fresh]);
  return { drawn, set: decorate(tr.doc, drawn) };
}

/**
 * An undrawn section: an empty box of the size CSS gives a section off screen (`contain-intrinsic-size`),
 * which ProseMirror treats as a leaf. It stays until its section is marked drawn; ProseMirror then asks
 * it to update with the new decoration, it refuses, and the section is built the ordinary way (`toDOM`).
 */
function placeholder(node: PmNode, onShown: (dom: HTMLElement) => void, onGone: (dom: HTMLElement) => void): NodeView {
  const dom = document.createElement('div');
  dom.className = 'doc-section doc-section-pending';
  onShown(dom);
  return {
    dom,
    update: (next, outer) => next.type === node.type && !outer.some((d) => (d.spec as Partial<typeof DRAWN>).drawnSection === true),
    ignoreMutation: () => true,
    destroy: () => onGone(dom),
  };
}

/**
 * Draws a long document's sections as they are needed: the first ones with the first paint, the ones
 * that come near the viewport as soon as they do, every other in idle slices after it (see
 * {@link drawRest}). Nothing of the document changes (positions, offsets, the selection, annotations and
 * find matches as decorations are all exact from the start); only building the DOM of text not yet in
 * sight is put off, so a long document is readable and selectable after one screen's work.
 * A document without sections is drawn at once, as before.
 */
export function lazySections(first = FIRST_SECTIONS): Plugin<LazyState> {
  // Placeholders near the viewport are drawn as soon as they come near it (a scroll, a jump by the browser).
  let observer: IntersectionObserver | null = null;
  const watched = new Map<HTMLElement, EditorView>();
  const near = (entries: IntersectionObserverEntry[]): void => {
    const byView = new Map<EditorView, number[]>();
    for (const e of entries) {
      const view = watched.get(e.target as HTMLElement);
      if (!e.isIntersecting || !view) continue;
      const index = childIndexOf(view, e.target);
      if (index < 0) continue;
      byView.set(view, [...(byView.get(view) ?? []), index]);
    }
    for (const [view, indices] of byView) drawSections(view, indices);
  };
  const sectionView: NodeViewConstructor = (node, view, _getPos, outer) => {
    // Drawn: null makes ProseMirror build it from the schema's toDOM, as any other node.
    if (outer.some((d) => (d.spec as Partial<typeof DRAWN>).drawnSection === true)) return null as unknown as NodeView;
    return placeholder(
      node,
      (dom) => {
        if (typeof IntersectionObserver !== 'function') return;
        observer ??= new IntersectionObserver(near, { root: view.dom.parentElement, rootMargin: '100% 0px' });
        watched.set(dom, view);
        observer.observe(dom);
      },
      (dom) => {
        watched.delete(dom);
        observer?.unobserve(dom);
      },
    );
  };
  return new Plugin<LazyState>({
    key,
    state: {
      init: (_config, state) => {
        const all = sectionIndices(state.doc);
        const drawn = new Set(all.slice(0, first));
        return { drawn, set: decorate(state.doc, drawn) };
      },
      apply: (tr, value) => apply(tr, value),
    },
    props: {
      decorations: (state) => key.getState(state)?.set ?? DecorationSet.empty,
      nodeViews: { section: sectionView },
    },
    view: () => ({ destroy: () => observer?.disconnect() }),
  });
}

/** The index among the document's top-level children of the one drawn as `dom`, or -1. */
function childIndexOf(view: EditorView, dom: Element): number {
  let found = -1;
  view.state.doc.forEach((_child, offset, i) => {
    if (found < 0 && view.nodeDOM(offset) === dom) found = i;
  });
  return found;
}

/** The indices of the sections of `state` not drawn yet, in document order. */
export function undrawnSections(state: EditorState): number[] {
  const lazy = key.getState(state);
  if (!lazy) return [];
  return sectionIndices(state.doc).filter((i) => !lazy.drawn.has(i));
}

/** Draws the sections `indices` (top-level child indices) now, in one redraw. */
export function drawSections(view: EditorView, indices: readonly number[]): void {
  const lazy = key.getState(view.state);
  if (!lazy || indices.every((i) => lazy.drawn.has(i))) return;
  view.dispatch(view.state.tr.setMeta(key, { draw: indices }));
}

/** Draws the sections that hold any of positions `from..to`, so that range can be measured and shown. */
export function drawRange(view: EditorView, from: number, to: number): void {
  const { doc } = view.state;
  const size = doc.content.size;
  if (size === 0) return;
  const a = doc.resolve(Math.min(Math.max(0, from), size)).index(0);
  const b = doc.resolve(Math.min(Math.max(0, to), size)).index(0);
  const indices: number[] = [];
  for (let i = Math.min(a, b); i <= Math.max(a, b) && i < doc.childCount; i++) indices.push(i);
  drawSections(view, indices);
}

/** Sections drawn per idle slice: about 10 ms of building each on this corpus, so input is not held up. */
const SLICE_SECTIONS = 4;

/**
 * Draws the sections of `view` not drawn yet, {@link SLICE_SECTIONS} at a time, each slice in an idle
 * period (or a task, where the browser has no `requestIdleCallback`). Returns a function that stops it
 * (a new document shown).
 */
export function drawRest(view: EditorView): () => void {
  let stopped = false;
  let handle: number | ReturnType<typeof setTimeout> = 0;
  const idle = typeof requestIdleCallback === 'function';
  const next = (): void => {
    if (stopped) return;
    handle = idle ? requestIdleCallback(slice, { timeout: 250 }) : setTimeout(slice, 16);
  };
  const slice = (): void => {
    if (stopped || view.isDestroyed) return;
    const rest = undrawnSections(view.state);
    if (rest.length === 0) return;
    drawSections(view, rest.slice(0, SLICE_SECTIONS));
    next();
  };
  // From the frame after the first paint: the first screen is never held up by the rest.
  requestAnimationFrame(next);
  return () => {
    stopped = true;
    if (idle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
  };
}
