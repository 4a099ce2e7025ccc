import type { ClusterKind, Severity, Witness } from '../../shared/model';
import { hiddenMask, shownText } from '../../shared/text';
import { attributionText } from '../model/describe';

/** What each cluster kind is called in the window. */
export const CLUSTER_KIND_LABELS: Readonly<Record<ClusterKind, string>> = {
  press: 'Press quote',
  quote: 'Quoted material',
  repeat: 'Repeated wording',
};

/** A severity as a labelled badge (`.severity .severity-<s>`): the word is shown, not only the colour. */
export function severityBadge(severity: Severity): HTMLElement {
  return Object.assign(document.createElement('span'), { className: `severity severity-${severity}`, textContent: severity });
}

/** A discrepancy kind as a badge. */
export function kindBadge(kind: string): HTMLElement {
  return Object.assign(document.createElement('span'), { className: `difference-kind difference-${kind}`, textContent: kind });
}

/** Per-text caches of the hidden-syntax mask, so a fragment is stripped of Markdown only once. */
const masks = new WeakMap<Witness, Uint8Array>();

/** What a witness shows from `start` to `end` (document offsets), without Markdown syntax. */
export function witnessText(w: Witness, start: number, end: number): string {
  let mask = masks.get(w);
  if (!mask) {
    mask = hiddenMask(w.text);
    masks.set(w, mask);
  }
  const from = Math.max(0, start - w.start);
  const to = Math.min(w.text.length, end - w.start);
  return from >= to ? '' : shownText(w.text, mask, from, to);
}

/** Characters of context either side of a reading in review mode. */
const CONTEXT = 90;

/**
 * A reading in its witness's words: some context before, the reading itself in a `<mark>` (or a marker
 * for words the witness lacks), some context after.
 */
export function readingInContext(w: Witness, start: number, end: number): HTMLElement {
  const p = document.createElement('p');
  p.className = 'reading-context';
  const before = witnessText(w, Math.max(w.start, start - CONTEXT), start);
  const after = witnessText(w, end, Math.min(w.end, end + CONTEXT));
  const mark = document.createElement('mark');
  mark.className = 'reading';
  const reading = witnessText(w, start, end);
  if (reading === '') {
    mark.classList.add('reading-missing');
    mark.textContent = '(lacks these words)';
  } else {
    mark.textContent = reading;
  }
  p.append(`${start - CONTEXT > w.start ? '…' : ''}${before}`, mark, `${after}${end + CONTEXT < w.end ? '…' : ''}`);
  return p;
}

/** A witness named for people: its document's title and, when it has one, its attribution. */
export function witnessLabel(w: Witness, titleOf: (document: string) => string): string {
  const source = attributionText(w.attribution);
  return source ? `${titleOf(w.document)} (${source})` : titleOf(w.document);
}

/** `2, 'discrepancy', 'discrepancies'` → `"2 discrepancies"`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
