/**
 * `replace` ops: tokens of A standing where other tokens of B stand. A region is judged as a whole first
 * (an editor's bracketed substitution, a date or figure only written differently, the same words in
 * another order, a word split or joined), then token by token when both sides have as many tokens, else
 * as one block.
 */
import type { AlignOp, Difference, Token, WitnessView } from '../types';
import { LABEL, twoSided } from './explain';
import { enclosingBrackets } from './elisions';
import { isFunctionWord } from './function-words';
import { isProperName, isTransliterationVariant } from './names';
import { figuresOf, isFigureOrMonth, isNumeral, numeralSpan, sameBag } from './numbers';
import { classifyTokenPair, figuresDiffer } from './pair';
import type { PairVerdict } from './pair';
import { difference, spanAt, spanOfRange, tokensOf } from './spans';
import type { Span } from './spans';
import { couldBeOneWord, groupDigits, letterKey } from './split-words';

interface Region {
  view: WitnessView;
  /** Index of the region's first token in the document's tokens. */
  from: number;
  tokens: readonly Token[];
  span: Span;
}

function regionOf(view: WitnessView, range: AlignOp['a']): Region {
  return { view, from: range.from, tokens: tokensOf(view, range), span: spanOfRange(view, range) };
}

const norms = (r: Region): string[] => r.tokens.map((t) => t.norm);
const contentNorms = (r: Region): string[] => r.tokens.filter((t) => !isFunctionWord(t.norm)).map((t) => t.norm);
const wordsBesideFigures = (r: Region): string[] =>
  r.tokens.filter((t) => !isFigureOrMonth(t) && !isFunctionWord(t.norm)).map((t) => t.norm);

/** A region one side wrote entirely inside square brackets: an editor's marked substitution (minor). */
function editorial(ra: Region, rb: Region): Difference | null {
  const ba = enclosingBrackets(ra.view.document.text, ra.span.start, ra.span.end);
  const bb = enclosingBrackets(rb.view.document.text, rb.span.start, rb.span.end);
  if (ba?.shape !== 'square' && bb?.shape !== 'square') return null;
  const a = ba?.shape === 'square' ? spanAt(ra.view, ba.start, ba.end) : ra.span;
  const b = bb?.shape === 'square' ? spanAt(rb.view, bb.start, bb.end) : rb.span;
  return difference('insertion', 'minor', twoSided(LABEL.editorial, a.text, b.text), a, b);
}

/** The same figures and months, the other words equal too: a date or number only written differently. */
function sameFigures(ra: Region, rb: Region): Difference | null {
  const fa = figuresOf(ra.view.document.text, ra.tokens);
  const fb = figuresOf(rb.view.document.text, rb.tokens);
  if (fa.values.length + fa.months.length === 0 && fb.values.length + fb.months.length === 0) return null;
  if (!sameBag(fa.values, fb.values) || !sameBag(fa.months, fb.months)) return null;
  if (!sameBag(wordsBesideFigures(ra), wordsBesideFigures(rb))) return null;
  const label = fa.months.length > 0 ? LABEL.dateForm : LABEL.numberForm;
  return difference('typography', 'info', twoSided(label, ra.span.text, rb.span.text), ra.span, rb.span);
}

/**
 * A word split by a space or a line-end hyphen, or joined, on one side (`f ellow` / `fellow`, `an y` / `a ny`),
 * possibly with OCR damage too: the same letters, only cut differently. The figures must be the same.
 */
function splitOrJoined(ra: Region, rb: Region): Difference | null {
  // One token a side is a pair of words for `classifyTokenPair` (`don’t` / `don't` is typography).
  if (ra.tokens.length === 1 && rb.tokens.length === 1) return null;
  if (!couldBeOneWord(ra.view, ra.from, ra.from + ra.tokens.length) || !couldBeOneWord(rb.view, rb.from, rb.from + rb.tokens.length)) return null;
  const ja = ra.span.text;
  const jb = rb.span.text;
  // Spaces, line breaks and hyphens between the pieces are layout; only the letters tell a split from OCR.
  const bare = (s: string): string => s.toLowerCase().replace(/[\s\u00AD\-‐‑]/gu, '');
  if (groupDigits(ra.view, ra.from, ra.from + ra.tokens.length) !== groupDigits(rb.view, rb.from, rb.from + rb.tokens.length)) return null;
  const label = bare(ja) === bare(jb) ? LABEL.split : letterKey(ja) === letterKey(jb) ? LABEL.ocr : null;
  if (label === null) return null;
  return difference('ocr', 'info', twoSided(label, ra.span.text, rb.span.text), ra.span, rb.span);
}

/** The figures of a region as written (`1,500`, `three`), for an explanation; the region text if none. */
function figureText(r: Region): string {
  const text = r.view.document.text;
  const parts: string[] = [];
  let lastEnd = -1;
  for (const t of r.tokens) {
    if (!isFigureOrMonth(t)) continue;
    const s = isNumeral(t) ? numeralSpan(text, t.start, t.end) : { start: t.start, end: t.end };
    if (s.end !== lastEnd) parts.push(text.slice(s.start, s.end));
    lastEnd = s.end;
  }
  return parts.length > 0 ? parts.join(' ') : r.span.text;
}

/** True when every token of a region is a proper name (a multi-word name replaced by another). */
function allNames(r: Region): boolean {
  const p = r.view.passage.tokens;
  return r.tokens.every((_, i) => isProperName(r.view.document.text, r.view.tokens, r.from + i, p.from, p.to));
}

/** A region with different token counts on each side, judged as one block. */
function blockDifference(ra: Region, rb: Region): Difference {
  const fa = figuresOf(ra.view.document.text, ra.tokens);
  const fb = figuresOf(rb.view.document.text, rb.tokens);
  if (figuresDiffer(fa, fb, ra.tokens, rb.tokens)) return difference('number', 'critical', twoSided(LABEL.figure, figureText(ra), figureText(rb)), ra.span, rb.span);
  const text = (kind: string): string => twoSided(kind, ra.span.text, rb.span.text);
  if (sameBag(contentNorms(ra), contentNorms(rb))) return difference('function', 'minor', text(LABEL.functionWord), ra.span, rb.span);
  if (allNames(ra) && allNames(rb)) {
    const same = isTransliterationVariant(ra.span.text, rb.span.text, ra.view.transliteration);
    return same
      ? difference('spelling', 'minor', text(LABEL.spelling), ra.span, rb.span)
      : difference('name', 'major', text(LABEL.name), ra.span, rb.span);
  }
  return difference('wording', 'major', text(LABEL.wording), ra.span, rb.span);
}

/** Token-by-token verdicts, adjacent ones of one kind and label merged into a single difference. */
function pairwise(ra: Region, rb: Region): Difference[] {
  const merged: PairVerdict[] = [];
  for (let i = 0; i < ra.tokens.length; i++) {
    const x = ra.tokens[i];
    const y = rb.tokens[i];
    if (x === undefined || y === undefined) continue;
    const v = classifyTokenPair({ view: ra.view, index: ra.from + i, token: x }, { view: rb.view, index: rb.from + i, token: y });
    const last = merged[merged.length - 1];
    if (last !== undefined && last.kind === v.kind && last.label === v.label) {
      last.a = { start: last.a.start, end: Math.max(last.a.end, v.a.end) };
      last.b = { start: last.b.start, end: Math.max(last.b.end, v.b.end) };
    } else merged.push({ ...v });
  }
  return merged.map((v) => {
    const a = spanAt(ra.view, v.a.start, v.a.end);
    const b = spanAt(rb.view, v.b.start, v.b.end);
    return difference(v.kind, v.severity, twoSided(v.label, a.text, b.text), a, b);
  });
}

/**
 * The differences of one `replace` op (both ranges non-empty). Whole-region checks come first: square
 * brackets on one side → `insertion` minor; same figures and months with only their form changed →
 * `typography` info; the same words reordered → `wording` minor; a word split or joined → `ocr` info.
 * Then equal-length regions are judged token by token ({@link classifyTokenPair}); others as one block:
 * figures differ → `number` critical; only function words differ → `function` minor; names → `name` or
 * `spelling`; else `wording` major.
 */
export function replaceDifferences(a: WitnessView, b: WitnessView, op: AlignOp): Difference[] {
  const ra = regionOf(a, op.a);
  const rb = regionOf(b, op.b);
  const whole = editorial(ra, rb) ?? sameFigures(ra, rb) ?? splitOrJoined(ra, rb);
  if (whole !== null) return [whole];
  if (ra.tokens.length > 1 && sameBag(norms(ra), norms(rb))) {
    return [difference('wording', 'minor', twoSided(LABEL.reorder, ra.span.text, rb.span.text), ra.span, rb.span)];
  }
  if (ra.tokens.length === rb.tokens.length) return pairwise(ra, rb);
  return [blockDifference(ra, rb)];
}
