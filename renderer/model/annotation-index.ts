import type { AnchoredAnnotation } from '../../shared/api';
import type { Annotation } from '../../shared/model';

/** One annotation that was added or changed: what it was (`null` when new) and what it is now. */
export interface AnnotationUpsert {
  before: AnchoredAnnotation | null;
  after: AnchoredAnnotation;
}

/**
 * What changed in an {@link AnnotationIndex}: everything (`reset`, after a load), or the annotations added,
 * changed and removed, so a view updates only those.
 */
export type AnnotationChange =
  | { type: 'reset' }
  | { type: 'change'; upserted: readonly AnnotationUpsert[]; removed: readonly AnchoredAnnotation[] };

/**
 * The project's annotations as the window knows them, each with where it sits in its document's current
 * text. Filled once from `listAnnotations` and then kept up to date from the answers of the requests the
 * window makes itself, so a change costs no second round trip; listeners hear exactly what changed.
 */
export class AnnotationIndex {
  private readonly byId = new Map<string, AnchoredAnnotation>();
  private readonly byDocument = new Map<string, Set<string>>();
  private readonly listeners = new Set<(change: AnnotationChange) => void>();

  /** Replaces everything (a fresh `listAnnotations`); listeners hear `reset`. */
  replaceAll(list: readonly AnchoredAnnotation[]): void {
    this.byId.clear();
    this.byDocument.clear();
    for (const a of list) this.put(a);
    this.emit({ type: 'reset' });
  }

  /** Replaces the annotations of one document (after it was read again); listeners hear what changed. */
  replaceDocument(document: string, list: readonly AnchoredAnnotation[]): void {
    const removed = [...(this.byDocument.get(document) ?? [])].flatMap((id) => {
      const a = this.byId.get(id);
      return a && !list.some((x) => x.annotation.id === id) ? [a] : [];
    });
    for (const a of removed) this.drop(a.annotation.id);
    this.upsert(list, removed);
  }

  /** Adds or replaces `list` (and removes `removed`, already dropped) in one change. */
  upsert(list: readonly AnchoredAnnotation[], removed: readonly AnchoredAnnotation[] = []): void {
    const upserted = list.map((after) => {
      const before = this.byId.get(after.annotation.id) ?? null;
      this.put(after);
      return { before, after };
    });
    if (upserted.length > 0 || removed.length > 0) this.emit({ type: 'change', upserted, removed });
  }

  /** Replaces the stored annotation of an entry, keeping where it sits (an edit of its body or tags). */
  update(annotations: readonly Annotation[]): void {
    this.upsert(
      annotations.map((annotation) => ({ annotation, anchor: this.byId.get(annotation.id)?.anchor ?? null })),
    );
  }

  /**
   * Removes `removeIds` and adds or replaces `list`, as one change (one redraw): a provisional annotation
   * swapped for the stored one, a delete with the claims it touched, or the rollback of either.
   */
  apply(list: readonly AnchoredAnnotation[], removeIds: readonly string[]): void {
    const removed = removeIds.flatMap((id) => {
      const a = this.byId.get(id);
      if (!a) return [];
      this.drop(id);
      return [a];
    });
    this.upsert(list, removed);
  }

  /** Removes the annotations `ids` (unknown ids are ignored). */
  remove(ids: readonly string[]): void {
    const removed = ids.flatMap((id) => {
      const a = this.byId.get(id);
      if (!a) return [];
      this.drop(id);
      return [a];
    });
    if (removed.length > 0) this.emit({ type: 'change', upserted: [], removed });
  }

  get(id: string): AnchoredAnnotation | undefined {
    return this.byId.get(id);
  }

  /** Every annotation, in no particular order. */
  all(): AnchoredAnnotation[] {
    return [...this.byId.values()];
  }

  /** The annotations of one document. */
  inDocument(document: string): AnchoredAnnotation[] {
    return [...(this.byDocument.get(document) ?? [])].flatMap((id) => {
      const a = this.byId.get(id);
      return a ? [a] : [];
    });
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onDidChange(listener: (change: AnnotationChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private put(a: AnchoredAnnotation): void {
    const previous = this.byId.get(a.annotation.id);
    if (previous && previous.annotation.document !== a.annotation.document) this.byDocument.get(previous.annotation.document)?.delete(a.annotation.id);
    this.byId.set(a.annotation.id, a);
    let set = this.byDocument.get(a.annotation.document);
    if (!set) {
      set = new Set();
      this.byDocument.set(a.annotation.document, set);
    }
    set.add(a.annotation.id);
  }

  private drop(id: string): void {
    const a = this.byId.get(id);
    if (!a) return;
    this.byId.delete(id);
    this.byDocument.get(a.annotation.document)?.delete(id);
  }

  private emit(change: AnnotationChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
