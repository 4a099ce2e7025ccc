import type { Discrepancy } from '../../shared/model';
import { itemStatus, type ReviewItem } from './review-items';
import type { ReviewNote, ReviewStatus } from './review-state';

/**
 * A verdict to store on every discrepancy of a review item: a new status (and the note's text), or, with
 * `status` left out, the note's text alone, each discrepancy keeping the status it has.
 */
export interface VerdictChange {
  status?: ReviewStatus;
  text: string;
}

/** A new `note` annotation to make for one discrepancy that has none yet. */
export interface NoteToCreate {
  discrepancy: string;
  document: string;
  start: number;
  end: number;
  status: ReviewStatus;
  text: string;
}

/** What storing a verdict writes: notes to update (by annotation id), notes to create, and what to say. */
export interface VerdictPlan {
  updates: { id: string; discrepancy: string; body: { status: ReviewStatus; text: string } }[];
  creates: NoteToCreate[];
  /** Discrepancies that have no words to attach a new note to (neither side, nor a known witness). */
  unplaceable: string[];
  /** The message shown once the plan is stored. */
  message: string;
}

/**
 * Where a new note on `d` is attached: its first side that has words (a note needs a non-empty span),
 * else the whole passage of its first witness, or null when the cluster does not know that witness.
 */
export function noteSpan(d: Discrepancy, item: Pick<ReviewItem, 'cluster'>): { document: string; start: number; end: number } | null {
  for (const side of [d.a, d.b]) if (side.end > side.start) return { document: side.document, start: side.start, end: side.end };
  const w = item.cluster.witnesses.find((x) => x.id === d.a.witness || x.id === d.b.witness);
  return w && w.end > w.start ? { document: w.document, start: w.start, end: w.end } : null;
}

/** What the window says after a verdict: a status change in words, or, for a note alone, that it was saved and what the status stays. */
export function verdictMessage(change: VerdictChange, statusAfter: ReviewStatus): string {
  if (change.status === undefined) return `Note saved; the difference stays ${statusAfter}.`;
  return `Difference ${change.status === 'open' ? 'reopened' : change.status}.`;
}

/**
 * How to store `change` on `item`: the note that already speaks for a discrepancy is updated (when it is
 * still in the project: `exists`), otherwise a new note is made. A note alone keeps each discrepancy's
 * status and makes no new note where there is no text to keep. A note that would not change is left alone.
 */
export function planVerdict(item: ReviewItem, change: VerdictChange, notes: ReadonlyMap<string, ReviewNote>, exists: (annotation: string) => boolean): VerdictPlan {
  const plan: VerdictPlan = { updates: [], creates: [], unplaceable: [], message: '' };
  const after = new Map(notes);
  for (const d of item.discrepancies) {
    const existing = notes.get(d.id);
    if (existing && exists(existing.id)) {
      const body = { status: change.status ?? existing.status, text: change.text };
      if (body.status !== existing.status || body.text !== existing.text) plan.updates.push({ id: existing.id, discrepancy: d.id, body });
      after.set(d.id, { ...existing, ...body });
      continue;
    }
    if (change.status === undefined && change.text === '') continue;
    const span = noteSpan(d, item);
    if (!span) {
      plan.unplaceable.push(d.id);
      continue;
    }
    const status = change.status ?? 'open';
    plan.creates.push({ discrepancy: d.id, ...span, status, text: change.text });
    after.set(d.id, { id: '', status, text: change.text, modified: '' });
  }
  plan.message = verdictMessage(change, itemStatus(item, after));
  return plan;
}
