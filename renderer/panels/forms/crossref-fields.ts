import { CROSSREF_RELATIONS, type Annotation } from '../../../shared/model';
import { preview, RELATION_LABELS } from '../../model/describe';
import type { BodyEditor, FormContext, PickedTarget } from './body-editor';
import { selectField, textArea } from './form-fields';

/** Where a cross-reference points: a span of a document, or another annotation. */
type CrossrefTo = NonNullable<Extract<Annotation, { kind: 'crossref' }>['body']['to']>;

/** How a cross-reference form starts: its relation, its target if it has one, its note. */
export interface CrossrefStart {
  relation: (typeof CROSSREF_RELATIONS)[number] | null;
  to: CrossrefTo | null;
  note: string;
  /** The document the cross-reference is made in (the default place for its target). */
  document: string;
  /** The target's text when `to` is a span whose text the window knows. */
  targetText?: string;
}

/**
 * A cross-reference's body: its relation, its target span and a note. The target is picked by selecting
 * text in a second view of any document, shown beside the open one while the form is open.
 */
export function crossrefFields(start: CrossrefStart, ctx: FormContext): BodyEditor {
  const element = document.createElement('div');
  element.className = 'form-group';
  const relation = selectField(
    'Relation',
    [['', 'Choose a relation…'], ...CROSSREF_RELATIONS.map((r) => [r, RELATION_LABELS[r] ?? r] as const)],
    start.relation ?? '',
    'relation',
  );
  const initialDoc = start.to && 'document' in start.to ? start.to.document : start.document;
  const targetDoc = selectField(
    'Target document',
    ctx.documents().map((d) => [d.id, d.title || d.path] as const),
    initialDoc,
    'target-document',
  );
  const chosen = document.createElement('p');
  chosen.className = 'picked-target';
  chosen.dataset['testid'] = 'picked-target';
  chosen.setAttribute('aria-live', 'polite');
  let target: PickedTarget | null =
    start.to && 'document' in start.to ? { ...start.to, text: start.targetText ?? '' } : null;
  const describeTarget = (): void => {
    chosen.textContent = target
      ? `Target: ${ctx.titleOf(target.document)} — “${preview(target.text, 120)}”`
      : start.to && 'annotation' in start.to
        ? 'Target: another annotation. Select text on the right to point at a passage instead.'
        : 'Target: none yet. Select the target text in the document shown on the right.';
  };
  const pick = (picked: PickedTarget | null): void => {
    if (picked) target = picked;
    describeTarget();
  };
  const show = (): void => ctx.showTargetPane(targetDoc.control.value, pick, target);
  targetDoc.control.addEventListener('change', show);
  const note = textArea('Note', start.note, { name: 'crossref-note', rows: 2 });
  element.append(relation.row, targetDoc.row, chosen, note.row);
  describeTarget();
  // Opened once the form is in the page, so the target view sits beside the document.
  queueMicrotask(show);
  return {
    element,
    focus: () => relation.control.focus(),
    destroy: () => ctx.showTargetPane(null, () => {}),
    suspend: () => ctx.showTargetPane(null, () => {}),
    resume: show,
    read() {
      const r = relation.control.value;
      if (!(CROSSREF_RELATIONS as readonly string[]).includes(r)) return { error: 'Choose how the two passages relate.', control: relation.control };
      // A cross-reference to another annotation (made outside this form) keeps its target unless a span is picked.
      if (!target && start.to && 'annotation' in start.to) return { body: { relation: r, to: start.to, note: note.control.value.trim() } };
      if (!target) return { error: 'Select the target text in the document on the right.', control: targetDoc.control };
      return { body: { relation: r, to: { document: target.document, start: target.start, end: target.end }, note: note.control.value.trim() } };
    },
  };
}
