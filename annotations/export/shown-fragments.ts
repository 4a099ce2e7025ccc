/**
 * Witnesses and readings of the apparatus as a reader of the edition sees them: without the Markdown
 * syntax the text around them hides (`>` of a block quote, `**`, a link's address), read with the hidden
 * mask of the whole document so a fragment that starts inside `**bold**` is judged in its context.
 */
import type { Reading, Witness } from '../../shared/model';
import { hiddenMask, shownRange } from '../../shared/text';
import type { EditionIndex } from './edition-model';

/** A witness's shown text, and where a document offset inside the witness lands in it. */
export interface ShownWitness {
  readonly text: string;
  /** Index in `text` of document offset `offset`, clamped to the witness. */
  at(offset: number): number;
}

/** The same white space rule the engine applies to reading texts. */
const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * The shown text of witness `w`: from its document's layout when the document is in the edition and still
 * reads as the report says, otherwise from the witness text alone.
 */
export function shownWitness(index: EditionIndex, w: Witness): ShownWitness {
  const doc = index.input.documents.find((d) => d.record.id === w.document);
  const laid = doc && doc.text.slice(w.start, w.end) === w.text ? index.layoutOf(w.document) : undefined;
  const clamp = (offset: number): number => Math.min(w.end, Math.max(w.start, offset));
  if (doc && laid) {
    const range = shownRange(doc.text, laid.hidden, w.start, w.end);
    return { text: range.text, at: (offset) => range.at(clamp(offset)) };
  }
  const range = shownRange(w.text, hiddenMask(w.text), 0, w.text.length);
  return { text: range.text, at: (offset) => range.at(clamp(offset) - w.start) };
}

/**
 * A reading's words without Markdown syntax: the shown form of its first witness's characters when those
 * are the reading (white space aside), in a document of the edition. Any other reading (one made of an
 * attribution's fields, or of a document outside the edition) is shown as the report gives it, as is a
 * reading made of nothing but syntax, since then the syntax is the difference.
 */
export function shownReading(index: EditionIndex, r: Reading): string {
  for (const rw of r.witnesses) {
    if (rw.end <= rw.start) continue;
    const document = index.witnessById.get(rw.witness)?.witness.document;
    const doc = document === undefined ? undefined : index.input.documents.find((d) => d.record.id === document);
    if (!doc || collapse(doc.text.slice(rw.start, rw.end)) !== collapse(r.text)) continue;
    const shown = collapse(shownRange(doc.text, index.layoutOf(doc.record.id)!.hidden, rw.start, rw.end).text);
    return shown || r.text;
  }
  return r.text;
}
