import { z } from 'zod';
import { Annotation } from '../../shared/model';

/**
 * One step of undoing or redoing: put an annotation back exactly as it was (same id), delete one, or set
 * one's body and tags to given values.
 */
export const HistoryOp = z.discriminatedUnion('type', [
  z.object({ type: z.literal('restore'), annotation: Annotation }),
  z.object({ type: z.literal('delete'), id: z.string().min(1) }),
  z.object({ type: z.literal('update'), id: z.string().min(1), body: z.record(z.string(), z.unknown()), tags: z.array(z.string()) }),
]);
export type HistoryOp = z.infer<typeof HistoryOp>;

/** One user action as undo and redo see it: a label for messages ("Delete claim") and the steps each way. */
export const HistoryEntry = z.object({
  label: z.string(),
  undo: z.array(HistoryOp).min(1),
  redo: z.array(HistoryOp).min(1),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

const Stacks = z.object({ undo: z.array(HistoryEntry), redo: z.array(HistoryEntry) });

/** The part of the Web Storage API the history uses (sessionStorage in the window, a map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** How many actions can be undone; older ones are forgotten. */
export const HISTORY_LIMIT = 100;

/**
 * The undo and redo stacks of annotation actions, kept in `storage` under `key` (the window's
 * sessionStorage, keyed by project) so they survive a reload of the view. What the storage holds is
 * validated when read: anything that fails the schema starts an empty history instead of breaking undo.
 * The history only records; running the steps is the caller's (see `AnnotationActions`).
 */
export class UndoHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: KeyValueStorage | null,
    private key: string | null,
    private readonly limit = HISTORY_LIMIT,
  ) {
    this.load();
  }

  /** Keeps the history under `key` from now on (the project is known), loading what is stored there. */
  useKey(key: string): void {
    if (key === this.key) return;
    this.key = key;
    this.undoStack = [];
    this.redoStack = [];
    this.load();
    for (const listener of this.listeners) listener();
  }

  /** Records a new action; it can be undone, and anything undone before can no longer be redone. */
  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.splice(0, this.undoStack.length - this.limit);
    this.redoStack = [];
    this.changed();
  }

  /** The action an undo would revert, or null. */
  nextUndo(): HistoryEntry | null {
    return this.undoStack[this.undoStack.length - 1] ?? null;
  }

  /** The action a redo would repeat, or null. */
  nextRedo(): HistoryEntry | null {
    return this.redoStack[this.redoStack.length - 1] ?? null;
  }

  /**
   * Moves the last action from the undo stack to the redo stack (after its undo steps ran) or, with
   * `succeeded: false`, drops it: steps that failed once (the annotation changed meanwhile) would fail again.
   */
  settleUndo(succeeded: boolean): void {
    const entry = this.undoStack.pop();
    if (entry && succeeded) this.redoStack.push(entry);
    this.changed();
  }

  /** Moves the last undone action back to the undo stack (after its redo steps ran), or drops it. */
  settleRedo(succeeded: boolean): void {
    const entry = this.redoStack.pop();
    if (entry && succeeded) this.undoStack.push(entry);
    this.changed();
  }

  /** Subscribes to any change of the stacks (to enable or disable Undo and Redo); returns the unsubscribe. */
  onDidChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.save();
    for (const listener of this.listeners) listener();
  }

  private load(): void {
    if (this.key === null) return;
    let raw: string | null;
    try {
      raw = this.storage?.getItem(this.key) ?? null;
    } catch {
      // Storage refused by policy: the history lives only as long as the page.
      return;
    }
    if (raw === null) return;
    let parsed: ReturnType<typeof Stacks.safeParse>;
    try {
      parsed = Stacks.safeParse(JSON.parse(raw));
    } catch {
      return;
    }
    if (!parsed.success) return;
    this.undoStack = parsed.data.undo.slice(-this.limit);
    this.redoStack = parsed.data.redo.slice(-this.limit);
  }

  private save(): void {
    if (!this.storage || this.key === null) return;
    const stacks = { undo: this.undoStack, redo: this.redoStack };
    // A very large history may not fit the storage quota; keep dropping the oldest action until it does.
    for (;;) {
      try {
        this.storage.setItem(this.key, JSON.stringify(stacks));
        return;
      } catch {
        if (stacks.undo.length === 0 && stacks.redo.length === 0) return;
        if (stacks.undo.length >= stacks.redo.length) stacks.undo.shift();
        else stacks.redo.shift();
      }
    }
  }
}
