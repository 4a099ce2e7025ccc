/**
 * What the built-in sample project holds: its documents and its annotations, each annotation given by the
 * exact passage it marks rather than by offsets, so that editing a document and running
 * `npx tsx main/sample/generate.ts` recomputes every selector. See README.md beside this file.
 */
import type { Attribution } from '../../shared/model';

/** When the sample's records say they were made (fixed, so regenerating gives the same bytes). */
export const SAMPLE_TIME = '2019-05-21T09:00:00.000Z';
/** Who the sample's annotations are credited to. */
export const SAMPLE_CREATOR = 'sample';

/** The sample's documents in the order the project lists them. */
export const SAMPLE_DOCUMENTS = [
  { id: 'courier-clipping', path: 'courier-clipping.txt' },
  { id: 'relief-committee-report', path: 'relief-committee-report.md' },
  { id: 'regional-digest', path: 'regional-digest.txt' },
  { id: 'council-briefing', path: 'council-briefing.md' },
] as const;

export type SampleDocumentId = (typeof SAMPLE_DOCUMENTS)[number]['id'];

/**
 * A passage of a sample document: its exact text, or `[first, last]` for the span from the start of `first`
 * to the end of the next `last` (long passages). Each string must occur exactly once in the document.
 */
export interface Passage {
  document: SampleDocumentId;
  exact: string | readonly [first: string, last: string];
}

/** One annotation of the sample, by passage. */
export type SampleAnnotation = Passage & { id: string; tags?: string[] } & (
    | { kind: 'quote'; attribution: Attribution }
    | { kind: 'claim'; text: string; cites: string[] }
    | { kind: 'crossref'; relation: 'same-quote' | 'same-event' | 'supports' | 'contradicts' | 'see-also'; to: Passage; note: string }
    | { kind: 'note'; status: 'open' | 'confirmed' | 'dismissed' | 'resolved'; text: string }
  );

const COURIER: Attribution = {
  outlet: 'The Harbour Courier',
  author: 'Ines Marlow',
  date: '2019-05-12',
  headline: 'Dam release floods lower valley',
};

const COURIER_BODY_START = 'More than 340 homes in the lower Arden valley';
const COURIER_BODY_END = 'why residents of Averne had received no direct warning.';

/** The sample's annotations. */
export const SAMPLE_ANNOTATIONS: readonly SampleAnnotation[] = [
  {
    id: 'quote-courier-article',
    kind: 'quote',
    document: 'courier-clipping',
    exact: [COURIER_BODY_START, COURIER_BODY_END],
    attribution: { ...COURIER, page: '3' },
  },
  {
    id: 'quote-relief-homes',
    kind: 'quote',
    document: 'relief-committee-report',
    exact: 'More than 430 homes in the lower Arden valley were abandoned on Saturday night after engineers opened the spillway of the Kessel reservoir, sending a wall of brown water through the villages of Millbrook and Averne.',
    attribution: COURIER,
  },
  {
    id: 'quote-relief-engineer',
    kind: 'quote',
    document: 'relief-committee-report',
    exact: '“We had no choice – the dam was at its limit […],” said engineer Tomas Brandt, who oversaw the release from the control house above the gorge. He said the warning sirens [in Millbrook] had sounded for forty minutes before the gates were opened.',
    attribution: COURIER,
  },
  {
    id: 'quote-digest',
    kind: 'quote',
    document: 'regional-digest',
    exact: ['"We had no choice - the dam was at its limit', 'we ran up the hill," she said.'],
    attribution: { outlet: 'The Harbour Courier', date: '2019-05-12' },
  },
  {
    id: 'quote-briefing',
    kind: 'quote',
    document: 'council-briefing',
    exact: ['Mirela Kovač, who runs the bakery', 'why residents of Averne had received no direct warning.'],
    attribution: { outlet: 'The Valley Post', date: '2019-05-14' },
  },
  {
    id: 'claim-relief-housing',
    kind: 'claim',
    document: 'relief-committee-report',
    exact: 'On the Courier’s figures, more than 430 households in Millbrook and Averne will need temporary housing until the end of the summer',
    text: 'More than 430 households need temporary housing.',
    cites: ['quote-relief-homes'],
  },
  {
    id: 'claim-briefing-warning',
    kind: 'claim',
    document: 'council-briefing',
    exact: 'Residents of Averne were given no direct warning before the gates were opened',
    text: 'Averne received no direct warning before the release.',
    cites: ['quote-briefing'],
  },
  {
    id: 'crossref-digest-bakery',
    kind: 'crossref',
    document: 'regional-digest',
    exact: 'Mirela Kovac, who runs the bakery on Averne\'s main square',
    relation: 'same-quote',
    to: { document: 'courier-clipping', exact: 'Mirela Kovač, who runs the bakery on Averne’s main square' },
    note: 'The digest drops the diacritic: the clipping spells her name Kovač.',
  },
  {
    id: 'note-relief-figure',
    kind: 'note',
    document: 'relief-committee-report',
    exact: 'More than 430 homes',
    status: 'open',
    text: 'The archived Courier clipping reads “more than 340 homes”. Check which figure the committee’s housing budget used.',
  },
];

/** Spelling equivalences the sample's lexicon declares. */
export const SAMPLE_LEXICON = [{ variants: ['Kovač', 'Kovac'], note: 'the digest types her name without the diacritic' }];
