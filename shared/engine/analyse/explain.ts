/**
 * Readable explanations. Every explanation is `label: detail`, the label naming what differs in plain
 * words (`figure differs`, `different name`, `words missing without an ellipsis`) and the detail showing
 * the original text of both sides, so a reviewer understands a discrepancy without opening either document.
 */
import type { Difference } from '../types';

/** Longest piece of quoted text shown in an explanation; longer text keeps its ends around an ellipsis. */
export const MAX_SHOWN = 80;

/** Collapses whitespace (line breaks included) and shortens `s` to {@link MAX_SHOWN} characters. */
export function shown(s: string): string {
  const flat = s.replace(/\s+/gu, ' ').trim();
  if (flat.length <= MAX_SHOWN) return flat;
  const half = Math.floor((MAX_SHOWN - 1) / 2);
  return `${flat.slice(0, half)}…${flat.slice(flat.length - half)}`;
}

/** `label: a / b` with both sides shown; used for every two-sided difference. */
export function twoSided(label: string, a: string, b: string): string {
  return `${label}: ${shown(a)} / ${shown(b)}`;
}

/** `label: "text"` for a difference only one side has words for (omission, insertion). */
export function oneSided(label: string, text: string): string {
  return `${label}: "${shown(text)}"`;
}

/** `label: a / b` for punctuation, `(none)` standing for an empty side so a missing mark stays visible. */
export function quotedTwoSided(label: string, a: string, b: string): string {
  const side = (s: string): string => (s.trim() === '' ? '(none)' : shown(s));
  return `${label}: ${side(a)} / ${side(b)}`;
}

/** The label part of an explanation (before the first `: `), which tells two differences of one kind apart. */
export function labelOf(explanation: string): string {
  const i = explanation.indexOf(': ');
  return i < 0 ? explanation : explanation.slice(0, i);
}

/** Labels of the explanations analysis writes, so tests and the UI can rely on the same words. */
export const LABEL = {
  figure: 'figure differs',
  figureMissing: 'figure missing',
  numberForm: 'number written differently',
  listNumber: 'list item numbered differently',
  dateForm: 'date written differently',
  name: 'different name',
  spelling: 'spelling variant',
  wording: 'wording differs',
  reorder: 'word order differs',
  functionWord: 'function word differs',
  functionMissing: 'function word missing',
  strayNumber: 'stray number (line, page or note number)',
  omissionSilent: 'words missing without an ellipsis',
  insertionSilent: 'words added without brackets',
  omissionMarked: 'words missing at a marked elision',
  omissionAtBreak: 'words missing where the text breaks off (damaged scan or column layout)',
  fragment: 'word cut off at a break in the text',
  insertionBracketed: 'words added in square brackets',
  insertion: 'words added in brackets',
  editorial: 'words replaced in square brackets',
  ocr: 'OCR damage',
  confusable: 'look-alike letters',
  split: 'word split or joined',
  hyphenation: 'line-end hyphenation',
  case: 'case differs',
  typography: 'typography differs',
  punctuation: 'punctuation differs',
  translation: 'two renderings of one original',
  moved: 'words moved',
  narrative: 'words outside the quotation marks',
  paraphrase: 'reported speech differs',
  shortName: 'short form of a name',
  headingCut: 'heading cut off',
  number: 'singular or plural',
  tense: 'present or past tense',
  typo: 'one letter added, dropped or changed in a long word',
  qualifier: 'figure qualified differently',
} as const;

/**
 * A multi-line dump of differences for debugging (CONVENTIONS: intermediate results inspectable): one line
 * per difference with severity, kind, both character spans and the explanation.
 */
export function differenceSummary(diffs: readonly Difference[]): string {
  return diffs
    .map((d) => `${d.severity.padEnd(8)} ${d.kind.padEnd(11)} A[${d.a.start},${d.a.end}) B[${d.b.start},${d.b.end})  ${d.explanation}`)
    .join('\n');
}
