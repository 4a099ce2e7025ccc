/**
 * `delete` and `insert` ops: words one witness has and the other lacks. Which of the two quoted the source
 * faithfully is not known, so the verdict is symmetric and rests on the editorial marks: square brackets
 * around the words → an editor's marked insertion (minor); round brackets → a gloss (insertion, major); an
 * ellipsis where the words are missing → a marked elision (omission, minor); nothing → a silent omission
 * (major). Lone function words are `function` (minor). A month or day that only moved inside a date
 * (`25-26 February` / `Feb. 25-26`, `9 December` / `December 9`) is typography.
 */
import type { AlignOp, Difference, Token, TokenRange, WitnessView } from '../types';
import { LABEL, oneSided, twoSided } from './explain';
import { enclosingBrackets, hasMarkedElision } from './elisions';
import { isHeadingCut, isNarrative, isParaphrase, isShortName, outsideMarks } from './gap-context';
import { isFunctionWord } from './function-words';
import { figuresOf, isFigureOrMonth, isNumberWord, isNumeral, monthOf } from './numbers';
import { difference, gapPosition, gapText, spanAt, spanOfRange, tokensOf } from './spans';
import type { Span } from './spans';

/** How far (in tokens) from a gap a moved month may stand on the other side. */
const DATE_WINDOW = 4;
/** Longest separator inside a written date (`, ` in `March 16, 1992`; `. ` in `Feb. 25`). */
const DATE_SEPARATOR = 3;

/** True when tokens `i` and `i + 1` of `view` may belong to one written date. */
function dateJoined(view: WitnessView, i: number): boolean {
  const x = view.tokens.at(i);
  const y = view.tokens.at(i + 1);
  if (x === undefined || y === undefined || !isFigureOrMonth(x) || !isFigureOrMonth(y)) return false;
  const sep = view.document.text.slice(x.end, y.start);
  return sep.length <= DATE_SEPARATOR && !/[\p{L}\p{N}]/u.test(sep);
}

/** The token range of the written date around token `index` (figures and months), within the passage. */
function dateRange(view: WitnessView, index: number): TokenRange {
  const p = view.passage.tokens;
  let from = index;
  let to = index + 1;
  while (from > p.from && dateJoined(view, from - 1)) from--;
  while (to < p.to && dateJoined(view, to - 1)) to++;
  return { from, to };
}

const hasNumeral = (view: WitnessView, r: TokenRange): boolean => tokensOf(view, r).some(isNumeral);

/** The key a date part agrees on: the month for a month name, else the token's norm (`9`, `1948`). */
function datePartKey(t: Token): string | null {
  if (!isFigureOrMonth(t)) return null;
  const month = monthOf(t.norm);
  return month === null ? t.norm : `month ${month}`;
}

const hasMonth = (view: WitnessView, r: TokenRange): boolean => tokensOf(view, r).some((t) => monthOf(t.norm) !== null);

/**
 * A month or a figure the having side writes where the lacking side writes the same one a few tokens away,
 * both inside a date with a figure (and, for a moved figure, a month on both sides): one date written in
 * two orders (`9 December 1948` / `December 9, 1948`). Returns the two dates' spans, or null.
 */
function movedDatePart(having: WitnessView, range: TokenRange, lacking: WitnessView, at: number): { h: Span; l: Span } | null {
  const words = tokensOf(having, range);
  const part = words.map(datePartKey).find((k) => k !== null);
  if (part === undefined || part === null || !words.every((t) => datePartKey(t) !== null || isFunctionWord(t.norm))) return null;
  const p = lacking.passage.tokens;
  const near: number[] = [];
  for (let i = Math.max(p.from, at - DATE_WINDOW); i < Math.min(p.to, at + DATE_WINDOW); i++) {
    const t = lacking.tokens.at(i);
    if (t !== undefined && datePartKey(t) === part) near.push(i);
  }
  near.sort((x, y) => Math.abs(x - at) - Math.abs(y - at));
  const other = near[0];
  if (other === undefined) return null;
  const hr = dateRange(having, range.from);
  const lr = dateRange(lacking, other);
  if (!hasNumeral(having, hr) || !hasNumeral(lacking, lr)) return null;
  // A lone figure moved is a date only beside a month on both sides: `made 15 by` is no date.
  if (!part.startsWith('month') && (!hasMonth(having, hr) || !hasMonth(lacking, lr))) return null;
  return { h: spanOfRange(having, hr), l: spanOfRange(lacking, lr) };
}

/** Longest bare integer (digits) read as a line, page or note number when it stands alone in a gap. */
const MAX_STRAY_DIGITS = 3;
/** How far (characters) a neighbouring line number of a numbered text may stand. */
const LINE_NUMBER_REACH = 240;

/** The bare integers of at most {@link MAX_STRAY_DIGITS} digits within `reach` characters of `[start, end)`. */
function nearbyIntegers(text: string, start: number, end: number, reach: number): Set<number> {
  const out = new Set<number>();
  const from = Math.max(0, start - reach);
  for (const m of text.slice(from, end + reach).matchAll(/(?<![\d,.\-–])\b\d{1,3}\b(?![\d,.\-–])/gu)) {
    const at = from + (m.index as number);
    if (at !== start) out.add(Number(m[0]));
  }
  return out;
}

/**
 * True when the words one side lacks are a single bare integer of a few digits that is layout, not a
 * figure: a number standing alone at a line break (a page or line number), or one of a run of line
 * numbers (`made 15 by citizens … azerbaijan 16 and … of 17 the state`: two of its neighbours in the
 * sequence stand close by). A figure that counts something (`killed 450 civilians`) is neither, and its loss is a
 * changed figure.
 */
function isStrayNumber(having: WitnessView, range: TokenRange): boolean {
  if (range.to - range.from !== 1) return false;
  const t = having.tokens.at(range.from);
  if (t === undefined || !new RegExp(`^\\d{1,${MAX_STRAY_DIGITS}}$`, 'u').test(t.text)) return false;
  const text = having.document.text;
  // `1,500` or `25-26` split into tokens: a part of a larger figure is no stray number.
  if (/[\d,.\-–]$/u.test(text.slice(Math.max(0, t.start - 1), t.start)) || /^[\d,\-–]\d/u.test(text.slice(t.end, t.end + 2))) return false;
  const before = having.tokens.at(range.from - 1);
  const after = having.tokens.at(range.to);
  if (![before, after].every((n) => n === undefined || !isFigureOrMonth(n))) return false;
  const atBreak = /\n[ \t]*$/u.test(text.slice(Math.max(0, t.start - 8), t.start)) || /^[ \t]*(?:\n|$)/u.test(text.slice(t.end, t.end + 8));
  if (atBreak) return true;
  // A run of three (the number and two neighbours in its sequence): one neighbour alone may be a date's
  // day or another count nearby (`reported on 9 July: … sent 10 soldiers`).
  const n = Number(t.text);
  const near = nearbyIntegers(text, t.start, t.end, LINE_NUMBER_REACH);
  return (near.has(n - 1) && near.has(n + 1)) || (near.has(n - 1) && near.has(n - 2)) || (near.has(n + 1) && near.has(n + 2));
}

/** Words that may stand with a figure without being content: `more than 450`, `at least 27`, `about 300`. */
const APPROXIMATION = new Set(['about', 'around', 'approximately', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'less', 'fewer', 'at', 'least', 'most', 'up', 'to', 'roughly', 'just', 'under', 'an', 'estimated']);

/**
 * True when the words one side lacks are a figure (with at most its approximation words): `killed 450
 * civilians` / `killed civilians` has lost a figure, the most serious loss there is.
 */
function isMissingFigure(having: WitnessView, words: readonly Token[]): boolean {
  const figures = figuresOf(having.document.text, words);
  if (figures.values.length === 0) return false;
  if (!figures.hasDigits && figures.values.every((v) => v === 1)) return false;
  return words.every((w) => isNumeral(w) || isNumberWord(w.norm) || APPROXIMATION.has(w.norm));
}

/** Longest line (characters) read as a line of a narrow column, where a damaged scan loses line ends. */
const NARROW_LINE = 32;

/**
 * True when the side lacking words breaks off where they would stand, as a damaged scan or a column layout
 * does: a blank line in mid-sentence (the text before it does not end a sentence, a clause or a quote), or
 * a line end of a narrow column (`their guns on the⏎refugees. The⏎later`). Words missing there were lost
 * with the page, not left out by whoever quoted: an omission, but a minor one.
 */
function brokenText(lacking: WitnessView, at: number): boolean {
  const gap = gapText(lacking, at);
  if (!gap.includes('\n')) return false;
  const text = lacking.document.text;
  const prev = lacking.tokens.at(at - 1);
  if (prev === undefined) return false;
  if (/\n[ \t]*\n/u.test(gap)) return !/[.!?:;"”’)\]]\s*$/u.test(text.slice(prev.end, prev.end + gap.indexOf('\n') + 1));
  const lineStart = text.lastIndexOf('\n', prev.end - 1) + 1;
  const lineEnd = prev.end + gap.indexOf('\n');
  return text.slice(lineStart, lineEnd).trim().length <= NARROW_LINE;
}

interface GapVerdict {
  kind: Difference['kind'];
  severity: Difference['severity'];
  explanation: string;
  /** The span on the side that has the words (widened to brackets when bracketed). */
  having: Span;
}

/** The verdict for words `range` of `having` missing at token position `at` of `lacking`. */
function gapVerdict(having: WitnessView, range: TokenRange, lacking: WitnessView, at: number, bHas: boolean): GapVerdict {
  const position = gapPosition(lacking, at);
  const words: readonly Token[] = tokensOf(having, range);
  const span = spanOfRange(having, range);
  const br = enclosingBrackets(having.document.text, span.start, span.end);
  if (br !== null) {
    const bracketed = spanAt(having, br.start, br.end);
    return br.shape === 'square'
      ? { kind: 'insertion', severity: 'minor', explanation: oneSided(LABEL.insertionBracketed, bracketed.text), having: bracketed }
      : { kind: 'insertion', severity: 'major', explanation: oneSided(LABEL.insertion, bracketed.text), having: bracketed };
  }
  if (isStrayNumber(having, range)) {
    return { kind: 'typography', severity: 'info', explanation: oneSided(LABEL.strayNumber, span.text), having: span };
  }
  if (isMissingFigure(having, words)) {
    return { kind: 'number', severity: 'critical', explanation: oneSided(LABEL.figureMissing, span.text), having: span };
  }
  if (words.every((t) => isFunctionWord(t.norm))) {
    return { kind: 'function', severity: 'minor', explanation: oneSided(LABEL.functionMissing, span.text), having: span };
  }
  if (isNarrative(having, range) || (isParaphrase(having, span) && outsideMarks(lacking, { start: position, end: position }))) {
    return { kind: 'insertion', severity: 'minor', explanation: oneSided(LABEL.narrative, span.text), having: span };
  }
  if (isShortName(having, range)) {
    return { kind: 'spelling', severity: 'minor', explanation: oneSided(LABEL.shortName, span.text), having: span };
  }
  if (isHeadingCut(having, range, lacking, at)) {
    return { kind: 'omission', severity: 'minor', explanation: oneSided(LABEL.headingCut, span.text), having: span };
  }
  if (brokenText(lacking, at)) {
    return { kind: 'omission', severity: 'minor', explanation: oneSided(LABEL.omissionAtBreak, span.text), having: span };
  }
  if (hasMarkedElision(gapText(lacking, at))) {
    return { kind: 'omission', severity: 'minor', explanation: oneSided(LABEL.omissionMarked, span.text), having: span };
  }
  // Which of two witnesses left words out or put them in is not known from the two: side A (the document
  // whose id sorts first) is the reference, so words only B has were added. Not the cluster's majority:
  // adding a document must never change what is reported between two others.
  return bHas
    ? { kind: 'insertion', severity: 'major', explanation: oneSided(LABEL.insertionSilent, span.text), having: span }
    : { kind: 'omission', severity: 'major', explanation: oneSided(LABEL.omissionSilent, span.text), having: span };
}

/**
 * The difference of one `delete` op (words only in A) or `insert` op (words only in B). The side lacking
 * the words gets a zero-width span at the gap (right after its previous token). Callers skip ops at the
 * very start or end of the aligned region: a shorter excerpt is not an omission.
 */
export function gapDifference(a: WitnessView, b: WitnessView, op: AlignOp): Difference | null {
  const aHas = op.a.to > op.a.from;
  const having = aHas ? a : b;
  const lacking = aHas ? b : a;
  const range = aHas ? op.a : op.b;
  const at = aHas ? op.b.from : op.a.from;
  if (range.to <= range.from) return null;
  const moved = movedDatePart(having, range, lacking, at);
  if (moved !== null) {
    const [sa, sb] = aHas ? [moved.h, moved.l] : [moved.l, moved.h];
    return difference('typography', 'info', twoSided(LABEL.dateForm, sa.text, sb.text), sa, sb);
  }
  const v = gapVerdict(having, range, lacking, at, !aHas);
  const pos = gapPosition(lacking, at);
  const empty = spanAt(lacking, pos, pos);
  return aHas ? difference(v.kind, v.severity, v.explanation, v.having, empty) : difference(v.kind, v.severity, v.explanation, empty, v.having);
}
