/**
 * Stage 5, analyse: every difference inside an aligned witness pair gets a kind and a severity
 * (DESIGN.md, "Analyse"). This file walks the aligner's ops and hands each to its classifier; the rules
 * themselves live beside it, one concern per file.
 */
import type { AlignOp, Difference, WitnessView } from '../types';
import { equalDifferences } from './equal';
import { LABEL, labelOf, quotedTwoSided, twoSided } from './explain';
import { gapDifference } from './gaps';
import { edgeQualifier } from './figure-qualifiers';
import { gapByParagraphs } from './gap-paragraphs';
import { replaceDifferences } from './replace';
import { spanAt } from './spans';
import { joinSplitWords } from './split-words';
import { findTranspositions } from './transpositions';
import { isReportedSpeech } from './gap-context';

/** Delete and insert ops at most this long (tokens) that touch are read as one replacement. */
const MAX_MERGED_GAP = 4;

type Shape = 'equal' | 'replace' | 'gap' | 'none';

/** What an op really is, judged by its ranges (robust to an aligner labelling a gap as `replace`). */
function shapeOf(op: AlignOp): Shape {
  const na = op.a.to - op.a.from;
  const nb = op.b.to - op.b.from;
  if (na <= 0 && nb <= 0) return 'none';
  if (na <= 0 || nb <= 0) return 'gap';
  return op.op === 'equal' ? 'equal' : 'replace';
}

const size = (op: AlignOp): number => op.a.to - op.a.from + (op.b.to - op.b.from);

/**
 * Joins a short `delete` and a short `insert` that touch (either order) into one `replace`: some aligners
 * emit a substitution as the pair, and it should read `wording differs`, not an omission plus an addition.
 */
export function mergeGapPairs(ops: readonly AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    const joinable =
      prev !== undefined && shapeOf(prev) === 'gap' && shapeOf(op) === 'gap' &&
      size(prev) <= MAX_MERGED_GAP && size(op) <= MAX_MERGED_GAP &&
      (prev.a.to > prev.a.from) !== (op.a.to > op.a.from) &&
      prev.a.to === op.a.from && prev.b.to === op.b.from;
    if (joinable) {
      out[out.length - 1] = { op: 'replace', a: { from: prev.a.from, to: op.a.to }, b: { from: prev.b.from, to: op.b.to } };
    } else out.push(op);
  }
  return out;
}

/** Index of the first and last op that is not a gap; gaps outside them are a shorter excerpt, not a loss. */
function interior(ops: readonly AlignOp[]): { first: number; last: number } {
  let first = ops.findIndex((o) => shapeOf(o) === 'equal' || shapeOf(o) === 'replace');
  let last = -1;
  for (let i = ops.length - 1; i >= 0; i--) {
    const s = shapeOf(ops[i] as AlignOp);
    if (s === 'equal' || s === 'replace') {
      last = i;
      break;
    }
  }
  if (first < 0) first = ops.length;
  return { first, last };
}

const byPosition = (x: Difference, y: Difference): number =>
  x.a.start - y.a.start || x.b.start - y.b.start || x.a.end - y.a.end || x.b.end - y.b.end;

const sameDifference = (x: Difference, y: Difference): boolean =>
  x.kind === y.kind && x.a.start === y.a.start && x.a.end === y.a.end && x.b.start === y.b.start && x.b.end === y.b.end;

/** True when only spaces and punctuation lie between `[from, to)` of a text (no word between two spans). */
function nothingBetween(text: string, from: number, to: number): boolean {
  return to >= from && !/[\p{L}\p{N}]/u.test(text.slice(from, to));
}

/**
 * Merges neighbouring info-level differences of one kind and label (`HE SPIRALLING` / `He spiralling` is
 * one case difference, not two), so noise stays readable. Differences above info are never merged or
 * dropped here. `diffs` must be sorted by position.
 */
export function mergeInfo(a: WitnessView, b: WitnessView, diffs: readonly Difference[]): Difference[] {
  const out: Difference[] = [];
  for (const d of diffs) {
    const prev = out[out.length - 1];
    const label = labelOf(d.explanation);
    const joinable =
      prev !== undefined && prev.severity === 'info' && d.severity === 'info' && prev.kind === d.kind &&
      labelOf(prev.explanation) === label && label !== LABEL.punctuation &&
      nothingBetween(a.document.text, prev.a.end, d.a.start) && nothingBetween(b.document.text, prev.b.end, d.b.start);
    if (!joinable) {
      out.push(d);
      continue;
    }
    const sa = spanAt(a, prev.a.start, Math.max(prev.a.end, d.a.end));
    const sb = spanAt(b, prev.b.start, Math.max(prev.b.end, d.b.end));
    const explanation = label === LABEL.punctuation ? quotedTwoSided(label, sa.text, sb.text) : twoSided(label, sa.text, sb.text);
    out[out.length - 1] = { ...prev, explanation, a: sa, b: sb };
  }
  return out;
}

/**
 * A difference in the quoting text's own words (outside its quotation marks) is a paraphrase, not a
 * misquotation: only quoted words can be misquoted. It stays visible as a minor difference; a changed
 * figure stays what it is, because a figure is a claim whoever words it.
 */
function reportedSpeech(d: Difference): Difference {
  if (d.kind === 'number' || (d.severity !== 'major' && d.severity !== 'critical')) return d;
  return { ...d, severity: 'minor', explanation: `${LABEL.paraphrase} (${d.explanation})` };
}

/** The differences one op carries; none for an op with two empty ranges. */
function opDifferences(a: WitnessView, b: WitnessView, op: AlignOp): Difference[] {
  switch (shapeOf(op)) {
    case 'equal':
      return equalDifferences(a, b, op);
    case 'replace':
      return replaceDifferences(a, b, op).map((d) => (isReportedSpeech(a, b, d.a, d.b) ? reportedSpeech(d) : d));
    case 'gap':
      return gapByParagraphs(a, b, op).flatMap((piece) => gapDifference(a, b, piece) ?? []);
    case 'none':
      return [];
  }
}

/**
 * Classifies every difference between witnesses `a` and `b` given the aligner's `ops` over their aligned
 * region (token ranges into each document's tokens). Returns differences sorted by position in A, then B,
 * with character spans into each document: a side that lacks words has a zero-width span at the gap.
 *
 * - `equal` ops with different original text → `ocr` / `typography` (info) or a lexicon `spelling`
 *   variant (minor); punctuation between equal words → `typography` (info). Noise never reaches major.
 * - `replace` ops → `number` (critical), `name` / `wording` (major), `spelling` / `function` / reordered
 *   words (minor), or `ocr` / `typography` (info); see `replaceDifferences`.
 * - `delete` / `insert` ops → `omission` / `insertion` / `function`, one per paragraph unit (see
 *   `gapByParagraphs`); see `gapDifference`. Gaps before the
 *   first or after the last non-gap op are ignored: a quote that starts later or ends earlier is a
 *   shorter excerpt, not an omission.
 *
 * Identical passages (all ops equal, texts equal) yield no difference. Throws a RangeError when a replace,
 * delete or insert op names a token range outside the documents' token arrays (an aligner bug).
 */
export function analysePair(a: WitnessView, b: WitnessView, ops: readonly AlignOp[]): Difference[] {
  // Gap pairs merge again after splits are carved out: what is left beside a split may be a substitution.
  const moved = findTranspositions(a, b, ops);
  const merged = mergeGapPairs(joinSplitWords(a, b, mergeGapPairs(moved.ops)));
  const { first, last } = interior(merged);
  const found: Difference[] = [...moved.moves];
  merged.forEach((op, i) => {
    if (shapeOf(op) === 'gap' && (i < first || i > last)) return;
    found.push(...opDifferences(a, b, op));
  });
  // What changed inside a sentence that moved (the words at its two places, aligned with each other).
  for (const op of mergeGapPairs(moved.inner)) found.push(...opDifferences(a, b, op));
  // A figure's qualifier just before both passages start (`More than 300 …` / `300 …`).
  const qualifier = merged[0]?.op === 'equal' ? edgeQualifier(a, b) : null;
  if (qualifier) found.push(qualifier);
  found.sort(byPosition);
  const unique = found.filter((d, i) => i === 0 || !sameDifference(d, found[i - 1] as Difference));
  return mergeInfo(a, b, unique);
}
