import type { AnchoredAnnotation, ApiInput, Result, VerbatimApi } from '../../shared/api';
import type { Annotation } from '../../shared/model';
import { presentationOf } from '../kinds';
import type { AnnotationIndex } from '../model/annotation-index';
import type { HistoryEntry, HistoryOp, UndoHistory } from '../model/history';
import { patchedAnnotation, provisionalAnnotation, ProvisionalIds } from '../model/provisional';

/** A request that failed, with the service's own message; `code` says what kind of failure. */
export class RequestFailed extends Error {
  override readonly name = 'RequestFailed';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The value of a successful Result; throws {@link RequestFailed} otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new RequestFailed(result.error.code, result.error.message);
}

/** How actions tell the user what happened. */
export interface ActionFeedback {
  done(message: string, undoable: boolean): void;
  failed(what: string, error: unknown): void;
}

type NewInput = ApiInput<'createAnnotation'>;

/** What an optimistic change needs to know of the window: a document's text, if open, and the creator. */
export interface EditContext {
  /** The current text of `document`, when the window holds it (else its changes wait for the store). */
  textOf(document: string): string | null;
  /** The project's creator name, once the project is known. */
  creator(): string | null;
}

/** User Timing mark set when the store's answer to a create, edit or delete has been applied (see the benchmark). */
export const STORED_MARK = 'verbatim:stored';

function label(a: Annotation): string {
  return presentationOf(a.kind).label.toLowerCase();
}

function anchored(annotation: Annotation): AnchoredAnnotation {
  // Just created on the document's current text: the stored position is where it sits.
  const { start, end } = annotation.target.selector[0];
  return { annotation, anchor: { start, end } };
}

/**
 * Every change to annotations the window makes: create (one or a batch), edit, delete, re-attach, and
 * undo/redo of all of them. Each goes through the API once; the answer updates the {@link AnnotationIndex}
 * (so views redraw only what changed) and the {@link UndoHistory} records how to take it back.
 *
 * Create, edit and delete are optimistic: the change goes into the index at once (a create as a
 * provisional annotation, see provisional.ts), so the text and the list show it in the next frame; the
 * request then runs in its turn, and its answer reconciles (the stored annotation, with its id and times,
 * replaces the provisional one) or rolls back exactly what was applied, and the user is told why. Only a
 * stored change is recorded for undo, so undo and redo never see a provisional id. An undo of
 * a delete puts the annotation back with its id (`restoreAnnotation`), so claims can cite it again, and
 * gives back the citations the delete had removed from claims.
 */
export class AnnotationActions {
  private busy: Promise<unknown> = Promise.resolve();
  private readonly provisional = new ProvisionalIds();

  constructor(
    private readonly api: VerbatimApi,
    private readonly index: AnnotationIndex,
    private readonly history: UndoHistory,
    private readonly feedback: ActionFeedback,
    private readonly context: EditContext,
  ) {}

  /**
   * Creates one annotation, shown at once as a provisional one; resolves with the stored annotation, or
   * null when the service refused (the provisional one is taken away and the user is told why).
   */
  create(input: NewInput, message?: string): Promise<Annotation | null> {
    const text = this.context.textOf(input.document);
    const creator = this.context.creator();
    const shown = text !== null && creator !== null ? provisionalAnnotation(this.provisional.next(), input, text, creator, new Date()) : null;
    if (shown) this.index.upsert([anchored(shown)]);
    return this.serial(async () => {
      try {
        const created = unwrap(await this.api.createAnnotation(input));
        if (shown) {
          this.provisional.settle(shown.id, created);
          // Deleted meanwhile (that delete is queued behind this): it stays out of the index.
          if (this.index.get(shown.id)) this.index.apply([anchored(created)], [shown.id]);
        } else {
          this.index.upsert([anchored(created)]);
        }
        performance.mark(STORED_MARK);
        this.history.record({ label: `add ${label(created)}`, undo: [{ type: 'delete', id: created.id }], redo: [{ type: 'restore', annotation: created }] });
        this.feedback.done(message ?? `${presentationOf(created.kind).label} added.`, true);
        return created;
      } catch (error) {
        if (shown) {
          this.provisional.settle(shown.id, null);
          this.index.remove([shown.id]);
        }
        this.feedback.failed(`Could not add the ${presentationOf(input.kind).label.toLowerCase()}`, error);
        return null;
      }
    });
  }

  /** Creates several annotations in one request, all or none, undone as one action. */
  createMany(inputs: readonly NewInput[], what: string): Promise<Annotation[]> {
    return this.serial(async () => {
      if (inputs.length === 0) return [];
      try {
        const created = unwrap(await this.api.createAnnotations({ annotations: [...inputs] }));
        this.index.upsert(created.map(anchored));
        this.history.record({
          label: what,
          undo: created.map((a) => ({ type: 'delete', id: a.id })),
          redo: created.map((a) => ({ type: 'restore', annotation: a })),
        });
        this.feedback.done(`${what}: ${created.length} added.`, true);
        return created;
      } catch (error) {
        this.feedback.failed(`Could not ${what.toLowerCase()}`, error);
        return [];
      }
    });
  }

  /**
   * Creates `creates` (in one request) and changes the bodies of `updates`, as one action: one message,
   * one undo step. Resolves true when all of it was stored; when a part fails, what was stored stays
   * recorded (so undo can take it back) and the user is told.
   */
  batch(creates: readonly NewInput[], updates: readonly { id: string; body: Record<string, unknown> }[], what: string, message: string): Promise<boolean> {
    return this.serial(async () => {
      const undo: HistoryOp[] = [];
      const redo: HistoryOp[] = [];
      try {
        if (creates.length > 0) {
          const created = unwrap(await this.api.createAnnotations({ annotations: [...creates] }));
          this.index.upsert(created.map(anchored));
          for (const a of created) {
            undo.push({ type: 'delete', id: a.id });
            redo.push({ type: 'restore', annotation: a });
          }
        }
        for (const { id, body } of updates) {
          const before = this.index.get(id)?.annotation;
          const updated = unwrap(await this.api.updateAnnotation({ id, body }));
          this.index.update([updated]);
          if (before) {
            undo.push({ type: 'update', id, body: { ...before.body }, tags: [...before.tags] });
            redo.push({ type: 'update', id, body: { ...updated.body }, tags: [...updated.tags] });
          }
        }
        this.feedback.done(message, undo.length > 0);
        return true;
      } catch (error) {
        this.feedback.failed(`Could not ${what}`, error);
        return false;
      } finally {
        if (undo.length > 0) this.history.record({ label: what, undo: undo.reverse(), redo });
      }
    });
  }

  /**
   * Changes an annotation's body fields and/or tags, shown at once; resolves with the stored annotation,
   * or null when the service refused (the annotation is put back as it was and the user is told why).
   */
  update(id: string, patch: { body?: Record<string, unknown>; tags?: string[] }, message?: string): Promise<Annotation | null> {
    const shownBefore = this.index.get(id);
    const shown = shownBefore ? patchedAnnotation(shownBefore.annotation, patch, new Date()) : null;
    if (shown) this.index.update([shown]);
    return this.serial(async () => {
      const target = this.provisional.resolve(id);
      // A provisional annotation whose create was refused: it is gone, and so is this change.
      if (target === null) return null;
      const before = target === id ? (shownBefore?.annotation ?? this.index.get(id)?.annotation) : this.index.get(target)?.annotation;
      try {
        const updated = unwrap(await this.api.updateAnnotation({ id: target, ...patch }));
        this.index.update([updated]);
        performance.mark(STORED_MARK);
        if (before) {
          this.history.record({
            label: `edit ${label(updated)}`,
            undo: [{ type: 'update', id, body: { ...before.body }, tags: [...before.tags] }],
            redo: [{ type: 'update', id, body: { ...updated.body }, tags: [...updated.tags] }],
          });
        }
        this.feedback.done(message ?? `${presentationOf(updated.kind).label} saved.`, true);
        return updated;
      } catch (error) {
        // Put back what was shown before this change, unless the annotation is gone meanwhile.
        if (shown && shownBefore && target === id && this.index.get(id)) this.index.update([shownBefore.annotation]);
        this.feedback.failed('Could not save the change', error);
        return null;
      }
    });
  }

  /**
   * Deletes an annotation (a quote also leaves the claims citing it), at once in the window; undo puts
   * everything back. When the service refuses, the annotation and the claims' citations come back exactly
   * as they were, and the user is told why.
   */
  remove(id: string): Promise<boolean> {
    const entry = this.index.get(id);
    if (!entry) return Promise.resolve(false);
    const citingEntries = entry.annotation.kind === 'quote' ? this.citing(id) : [];
    // The store removes a deleted quote from the claims' cites; the window does the same, without a round trip.
    const trimmed = citingEntries.map((c) => ({ ...c, annotation: { ...c.annotation, body: { ...c.annotation.body, cites: c.annotation.body.cites.filter((x) => x !== id) } } }));
    this.index.apply(trimmed, [id]);
    return this.serial(async () => {
      const target = this.provisional.resolve(id);
      // A provisional annotation whose create was refused: nothing was stored, nothing to delete.
      if (target === null) return true;
      // What is deleted in the store: this annotation, or the stored one a provisional one became.
      const a = target === id ? entry.annotation : this.provisional.storedOf(id)!;
      const citing = citingEntries.map((c) => c.annotation);
      try {
        unwrap(await this.api.deleteAnnotation({ id: target }));
        performance.mark(STORED_MARK);
        this.history.record({
          label: `delete ${label(a)}`,
          undo: [{ type: 'restore', annotation: a }, ...citing.map((c): HistoryOp => ({ type: 'update', id: c.id, body: { cites: [...c.body.cites] }, tags: [...c.tags] }))],
          redo: [{ type: 'delete', id: target }],
        });
        this.feedback.done(`${presentationOf(a.kind).label} deleted.`, true);
        return true;
      } catch (error) {
        // Exactly what was there: the entry with its place, and the claims as they cited it.
        const back = target === id ? entry : { annotation: a, anchor: entry.anchor };
        this.index.apply([back, ...citingEntries.filter((c) => this.index.get(c.annotation.id))], []);
        this.feedback.failed(`Could not delete the ${label(a)}`, error);
        return false;
      }
    });
  }

  /** Puts an annotation (an orphan) onto a new span of its document's current text. */
  reattach(id: string, start: number, end: number): Promise<boolean> {
    return this.serial(async () => {
      const before = this.index.get(id)?.annotation;
      try {
        const moved = unwrap(await this.api.reanchorAnnotation({ id, start, end }));
        this.index.upsert([moved]);
        if (before) {
          this.history.record({
            label: `re-attach ${label(before)}`,
            undo: [{ type: 'delete', id }, { type: 'restore', annotation: before }],
            redo: [{ type: 'delete', id }, { type: 'restore', annotation: moved.annotation }],
          });
        }
        this.feedback.done(`${presentationOf(moved.annotation.kind).label} re-attached.`, true);
        return true;
      } catch (error) {
        this.feedback.failed('Could not re-attach the annotation', error);
        return false;
      }
    });
  }

  /** Undoes the last action, if any; resolves false when there was none or it could not be undone. */
  undo(): Promise<boolean> {
    return this.serial(() => this.replay('undo'));
  }

  /** Redoes the last undone action. */
  redo(): Promise<boolean> {
    return this.serial(() => this.replay('redo'));
  }

  private async replay(direction: 'undo' | 'redo'): Promise<boolean> {
    const entry: HistoryEntry | null = direction === 'undo' ? this.history.nextUndo() : this.history.nextRedo();
    if (!entry) {
      this.feedback.done(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.', false);
      return false;
    }
    const ops = direction === 'undo' ? entry.undo : entry.redo;
    try {
      await this.run(ops);
      if (direction === 'undo') this.history.settleUndo(true);
      else this.history.settleRedo(true);
      this.feedback.done(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${entry.label}.`, false);
      return true;
    } catch (error) {
      if (direction === 'undo') this.history.settleUndo(false);
      else this.history.settleRedo(false);
      this.feedback.failed(`Could not ${direction} “${entry.label}” (it changed since)`, error);
      return false;
    }
  }

  /** Runs history steps in order, updating the index after each. */
  private async run(ops: readonly HistoryOp[]): Promise<void> {
    const deletes = ops.filter((op) => op.type === 'delete');
    // Deleting many (undoing an accepted batch) is done in parallel: the store coalesces the writes.
    if (deletes.length === ops.length && deletes.length > 1) {
      await Promise.all(deletes.map((op) => this.api.deleteAnnotation({ id: op.id }).then(unwrap)));
      this.index.remove(deletes.map((op) => op.id));
      return;
    }
    for (const op of ops) {
      if (op.type === 'delete') {
        unwrap(await this.api.deleteAnnotation({ id: op.id }));
        this.index.remove([op.id]);
      } else if (op.type === 'restore') {
        this.index.upsert([unwrap(await this.api.restoreAnnotation({ annotation: op.annotation }))]);
      } else {
        this.index.update([unwrap(await this.api.updateAnnotation({ id: op.id, body: op.body, tags: op.tags }))]);
      }
    }
  }

  private citing(quote: string): (AnchoredAnnotation & { annotation: Extract<Annotation, { kind: 'claim' }> })[] {
    return this.index.all().flatMap((entry) => {
      const a = entry.annotation;
      return a.kind === 'claim' && a.body.cites.includes(quote) ? [{ ...entry, annotation: a }] : [];
    });
  }

  /** One action at a time, in the order asked: an undo never overtakes the change it undoes. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.busy.then(work);
    this.busy = run.catch(() => undefined);
    return run;
  }
}
