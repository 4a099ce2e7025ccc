/**
 * One token of A replaced by one token of B: the finest judgement analysis makes. The order of the checks
 * is the order of what a reviewer must not miss: a changed figure before anything else, OCR damage before
 * it can pass for a new word, names before plain wording.
 */
import type { Token, WitnessView } from '../types';
import type { DiscrepancyKind, Severity } from '../../model';
import { LABEL } from './explain';
import { isFunctionWord } from './function-words';
import { isCapitalized, isProperName, isSpellingVariant, isTransliterationVariant } from './names';
import { figuresOf, isNumeral, monthOf, numeralSpan, sameBag } from './numbers';
import type { Figures } from './numbers';
import { hasConfusableLetter, isOcrVariant } from './ocr';
import { compoundSpan } from './spans';

/** A classified token pair: kind, severity, explanation label and the character spans to report. */
export interface PairVerdict {
  kind: DiscrepancyKind;
  severity: Severity;
  label: string;
  a: { start: number; end: number };
  b: { start: number; end: number };
}

/** Where a token sits: the witness and the token's index in the document's tokens. */
export interface TokenAt {
  view: WitnessView;
  index: number;
  token: Token;
}

/**
 * True when two figure readings differ in a way that matters. A lone `one` against nothing is not a
 * figure (`one boy` / `a boy`); any figure in digits, or any other number word, is.
 */
export function figuresDiffer(fa: Figures, fb: Figures): boolean {
  if (sameBag(fa.values, fb.values)) return false;
  const significant = (f: Figures): boolean => f.hasDigits || f.values.some((v) => v !== 1);
  return (fa.values.length > 0 && fb.values.length > 0) || significant(fa) || significant(fb);
}

/** A word with quote, apostrophe and dash styles and width forms folded: `don’t` and `don't` agree. */
function typographyKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[’‘‛`´ʼ]/gu, "'").replace(/[“”„‟«»]/gu, '"').replace(/[‐‑‒–—―]/gu, '-');
}

function tokenSpan(t: Token): { start: number; end: number } {
  return { start: t.start, end: t.end };
}

/** The span of a token, widened to its whole numeral (`1,500`) when it is a split numeral. */
function figureSpan(at: TokenAt): { start: number; end: number } {
  return isNumeral(at.token) ? numeralSpan(at.view.document.text, at.token.start, at.token.end) : tokenSpan(at.token);
}

function verdict(kind: DiscrepancyKind, severity: Severity, label: string, x: TokenAt, y: TokenAt): PairVerdict {
  return { kind, severity, label, a: tokenSpan(x.token), b: tokenSpan(y.token) };
}

/** Figures and months: a number or date differs (critical), or the same one is written differently (info). */
function figureVerdict(x: TokenAt, y: TokenAt): PairVerdict | null {
  const fx = figuresOf(x.view.document.text, [x.token]);
  const fy = figuresOf(y.view.document.text, [y.token]);
  const spans = { a: figureSpan(x), b: figureSpan(y) };
  if (fx.values.length > 0 || fy.values.length > 0) {
    if (sameBag(fx.values, fy.values)) return { kind: 'typography', severity: 'info', label: LABEL.numberForm, ...spans };
    if (figuresDiffer(fx, fy)) return { kind: 'number', severity: 'critical', label: LABEL.figure, ...spans };
    return null;
  }
  const mx = monthOf(x.token.norm);
  const my = monthOf(y.token.norm);
  // Both capitalized: `may` the verb is no month.
  if (mx === null || my === null || !isCapitalized(x.token.text) || !isCapitalized(y.token.text)) return null;
  if (mx === my) return verdict('typography', 'info', LABEL.dateForm, x, y);
  return verdict('number', 'critical', LABEL.figure, x, y);
}

/**
 * A name replaced: another transliteration of it (minor) or another name (major). Two capitalized words
 * that transliterate alike are one name even at a sentence start; a different name needs one of the two to
 * be known as a name (see `isProperName`), or a sentence's first word would pass for one.
 */
function nameVerdict(x: TokenAt, y: TokenAt): PairVerdict | null {
  const { token: tx } = x;
  const { token: ty } = y;
  if (!isCapitalized(tx.text) || !isCapitalized(ty.text)) return null;
  if (isTransliterationVariant(tx.text, ty.text)) return verdict('spelling', 'minor', LABEL.spelling, x, y);
  const pa = x.view.passage.tokens;
  const pb = y.view.passage.tokens;
  const known =
    isProperName(x.view.document.text, x.view.tokens, x.index, pa.from, pa.to) ||
    isProperName(y.view.document.text, y.view.tokens, y.index, pb.from, pb.to);
  return known ? verdict('name', 'major', LABEL.name, x, y) : null;
}

/**
 * Classifies token `x` of A replaced by token `y` of B (their norms differ). Checks, in order: letter case,
 * quote/dash style or width (typography), OCR look-alikes (ocr), figures and months (number / typography), function words
 * (function), proper names (spelling for a transliteration, else name), spelling conventions (spelling);
 * anything else is a change of wording (major). Near-equal common words that no rule explains are
 * wording on purpose: `looted` / `looked` is one letter apart and a different word.
 */
export function classifyTokenPair(x: TokenAt, y: TokenAt): PairVerdict {
  const tx = x.token.text;
  const ty = y.token.text;
  if (tx.toLowerCase() === ty.toLowerCase()) return verdict('typography', 'info', LABEL.case, x, y);
  if (typographyKey(tx) === typographyKey(ty)) return verdict('typography', 'info', LABEL.typography, x, y);
  if (isOcrVariant(tx, ty)) {
    const label = hasConfusableLetter(tx) || hasConfusableLetter(ty) ? LABEL.confusable : LABEL.ocr;
    const a = compoundSpan(x.view.document.text, x.token.start, x.token.end);
    const b = compoundSpan(y.view.document.text, y.token.start, y.token.end);
    return { kind: 'ocr', severity: 'info', label, a, b };
  }
  const fig = figureVerdict(x, y);
  if (fig !== null) return fig;
  if (isFunctionWord(x.token.norm) && isFunctionWord(y.token.norm)) return verdict('function', 'minor', LABEL.functionWord, x, y);
  const name = nameVerdict(x, y);
  if (name !== null) return name;
  if (isSpellingVariant(tx, ty)) return verdict('spelling', 'minor', LABEL.spelling, x, y);
  return verdict('wording', 'major', LABEL.wording, x, y);
}
