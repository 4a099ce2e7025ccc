import type { Witness } from '../../shared/model';
import { preview } from '../model/describe';
import { groupPairs, itemReadings, type ReviewItem, type WitnessReading } from '../model/review-items';
import type { ReviewNote } from '../model/review-state';
import { kindBadge, readingInContext, severityBadge, witnessLabel, witnessText } from './review-format';
import { pairList, witnessName } from './review-pairs';

/** What a review card needs besides its item. */
export interface ReviewCardContext {
  notes: ReadonlyMap<string, ReviewNote>;
  titleOf(document: string): string;
  onShow(document: string, start: number, end: number): void;
  onCompare(cluster: string, variant: string): void;
}

/** Kinds whose readings are about the passage as a whole (its attribution), not words inside it. */
const WHOLE_PASSAGE = new Set(['attribution']);

/** `A`, `B`, ... : the name of a reading, so witnesses that read alike are seen to. */
function letter(reading: number): string {
  return reading < 26 ? String.fromCharCode(65 + reading) : String(reading + 1);
}

/** What a witness reads here, shown for the head line: the words without Markdown, or a marker. */
function shownReading(w: Witness | undefined, r: WitnessReading, whole: boolean): string {
  if (whole || !w) return r.text;
  return witnessText(w, r.start, r.end).replace(/\s+/g, ' ').trim();
}

/**
 * The card of one review item (a variant row): a head line with its kind, severity and its readings,
 * one box per witness with its reading in context (named A, B, ... so witnesses reading alike are seen
 * to) and a link to its place, the witnesses whose excerpt does not reach the place, and which pairs of
 * witnesses differ and why, with their review status.
 */
export function reviewCard(item: ReviewItem, ctx: ReviewCardContext): Node[] {
  const { cluster } = item;
  const whole = WHOLE_PASSAGE.has(item.kind);
  const readings = itemReadings(item);
  const witnessOf = (id: string): Witness | undefined => cluster.witnesses.find((w) => w.id === id);
  const distinct: string[] = [];
  for (const r of readings) {
    const text = shownReading(witnessOf(r.witness), r, whole);
    const label = text === '' ? '(lacks the words)' : `“${preview(text, 60)}”`;
    if (!distinct.includes(label)) distinct.push(label);
  }
  const head = Object.assign(document.createElement('p'), { className: 'review-head' });
  head.append(kindBadge(item.kind), ' ', severityBadge(item.severity), ` ${distinct.join(' / ')}`);
  const sides = Object.assign(document.createElement('div'), { className: 'review-sides' });
  for (const r of readings) sides.append(readingBox(witnessOf(r.witness), r, whole, ctx));
  const parts: Node[] = [head, sides];
  const outside = item.variant?.outside ?? [];
  if (outside.length > 0) {
    parts.push(Object.assign(document.createElement('p'), {
      className: 'review-outside',
      textContent: `Not reached by the excerpt of ${outside.map((w) => witnessName(cluster, w, ctx.titleOf)).join(', ')}.`,
    }));
  }
  const pairsHeading = Object.assign(document.createElement('h4'), { className: 'review-pairs-heading', textContent: item.discrepancies.length === 1 ? 'The pair that differs' : `The ${item.discrepancies.length} pairs that differ` });
  parts.push(pairsHeading, pairList(groupPairs(item), cluster, ctx.notes, ctx.titleOf));
  const compare = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: 'Compare all witnesses' });
  compare.addEventListener('click', () => ctx.onCompare(cluster.id, item.id));
  parts.push(compare);
  return parts;
}

function readingBox(w: Witness | undefined, r: WitnessReading, whole: boolean, ctx: ReviewCardContext): HTMLElement {
  const box = Object.assign(document.createElement('section'), { className: 'review-side-box' });
  box.dataset['witness'] = r.witness;
  const title = Object.assign(document.createElement('h4'), { textContent: w ? witnessLabel(w, ctx.titleOf) : r.witness });
  const tag = Object.assign(document.createElement('span'), { className: `reading-letter reading-${r.reading % 4}`, textContent: `reading ${letter(r.reading)}` });
  title.prepend(tag, ' ');
  let body: HTMLElement;
  if (whole || !w) {
    body = Object.assign(document.createElement('p'), { className: 'reading-context' });
    const mark = Object.assign(document.createElement('mark'), { className: 'reading', textContent: r.text || '(none)' });
    const of = w ? ` — credited for “${preview(witnessText(w, w.start, Math.min(w.end, w.start + 120)), 70)}”` : '';
    body.append(mark, of);
  } else {
    body = readingInContext(w, r.start, r.end);
  }
  box.append(title, body);
  if (w) {
    const show = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: 'Show in document' });
    // An attribution is shown where it stands in the text, when the engine read it there.
    const span = whole ? (w.attributionSpan ?? { start: w.start, end: w.end }) : { start: r.start, end: r.end };
    show.addEventListener('click', () => ctx.onShow(w.document, span.start, span.end));
    box.append(show);
  }
  return box;
}
