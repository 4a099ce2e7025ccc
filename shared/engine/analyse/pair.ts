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
 * True when two figure readings differ in a way that matters: both sides carry figures and they are not the
 * same figures. A lone `one` against nothing is not a figure (`one boy` / `a boy`), nor is a numeral facing
 * only words.
 */
export function figuresDiffer(fa: Figures, fb: Figures, wordsA: readonly Token[] = [], wordsB: readonly Token[] = []): boolean {
  if (fa.values.length > 0 && fb.values.length > 0) return !sameBag(fa.values, fb.values);
  // A figure against a word of quantity (`450` / `many`) is a changed figure; against any other word
  // (`4. Statute` / `the Statute`, a list number; `19 people` / `people`, a line number) it is layout or
  // wording, never a changed figure.
  const significant = (f: Figures): boolean => f.hasDigits || f.values.some((v) => v !== 1);
  // Only a word or two standing where the figure stands (`many`, `hundreds of`), not a clause that has one.
  const quantity = (ws: readonly Token[]): boolean => ws.length <= 2 && ws.some((t) => QUANTITY_WORDS.has(t.norm));
  return (significant(fa) && quantity(wordsB)) || (significant(fb) && quantity(wordsA));
}

/** Words that stand for an amount where a figure could stand: `more than 450 / more than many`. */
const QUANTITY_WORDS = new Set([
  'many', 'several', 'some', 'few', 'numerous', 'countless', 'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'millions', 'all', 'most',
]);

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

/**
 * True when the token numbers a list item: digits, or a lower-case letter or roman numeral, first on their
 * line (after spaces or Markdown markers), then `.` or `)` and a space (`4. Requests the
 * Secretary-General`, `d) Requested …`). Renumbering a list is layout, not a changed figure or word. A
 * capital letter is left out: `A. Smith` at a line's start is an initial.
 */
function isListMarker(t: TokenAt): boolean {
  const text = t.view.document.text;
  if (!/^(?:\d{1,3}|[a-z]|[ivxlc]{1,6})$/u.test(t.token.text)) return false;
  const lineStart = text.lastIndexOf('\n', t.token.start - 1) + 1;
  return /^[ \t>*_#-]*$/u.test(text.slice(lineStart, t.token.start)) && /^[.)][ \t]/u.test(text.slice(t.token.end, t.token.end + 2));
}

/** Figures and months: a number or date differs (critical), or the same one is written differently (info). */
function figureVerdict(x: TokenAt, y: TokenAt): PairVerdict | null {
  const fx = figuresOf(x.view.document.text, [x.token]);
  const fy = figuresOf(y.view.document.text, [y.token]);
  const spans = { a: figureSpan(x), b: figureSpan(y) };
  if (fx.values.length > 0 || fy.values.length > 0) {
    if (sameBag(fx.values, fy.values)) return { kind: 'typography', severity: 'info', label: LABEL.numberForm, ...spans };
    if (figuresDiffer(fx, fy, [x.token], [y.token])) return { kind: 'number', severity: 'critical', label: LABEL.figure, ...spans };
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
  if (isTransliterationVariant(tx.text, ty.text, x.view.transliteration)) return verdict('spelling', 'minor', LABEL.spelling, x, y);
  const pa = x.view.passage.tokens;
  const pb = y.view.passage.tokens;
  const known =
    isProperName(x.view.document.text, x.view.tokens, x.index, pa.from, pa.to) ||
    isProperName(y.view.document.text, y.view.tokens, y.index, pb.from, pb.to);
  return known ? verdict('name', 'major', LABEL.name, x, y) : null;
}

/**
 * True when `part` is the end or the start of `whole`'s word cut off at a line break (`⏎⏎ing` for
 * `carving`): a damaged scan or a lost line end, not another word. The piece must miss at least two letters
 * and touch the break, so `looted` / `looked` or `art` / `start` in running text stay wording.
 */
function isCutOff(part: TokenAt, whole: TokenAt): boolean {
  const p = part.token.text.toLowerCase();
  const w = whole.token.text.toLowerCase();
  if (p.length < 2 || w.length < p.length + 2) return false;
  const text = part.view.document.text;
  const before = text.slice(Math.max(0, part.token.start - 3), part.token.start);
  const after = text.slice(part.token.end, part.token.end + 3);
  return (w.endsWith(p) && /\n\s*$/u.test(before)) || (w.startsWith(p) && /^\s*\n/u.test(after));
}

/**
 * True when the token is a family name after a given name (`chief executive Mark Owens`): exactly two
 * capitalised words in a row, with only white space between, the first no function word. `Owens` / `Owen`
 * there is a changed name, not a plural. A demonym (`the Armenians`) has a function word or nothing
 * capitalised before it, and a longer run of capitals is an institution's name (`European Ombudsman
 * Institute` / `Institutes`), whose plural is grammar.
 */
function inPersonalName(t: TokenAt): boolean {
  const { tokens, document } = t.view;
  const joined = (i: number): boolean => {
    const x = tokens.at(i - 1);
    const y = tokens.at(i);
    return x !== undefined && y !== undefined && x.kind === 'word' && isCapitalized(x.text) && isCapitalized(y.text) && /^\s+$/u.test(document.text.slice(x.end, y.start));
  };
  const prev = tokens.at(t.index - 1);
  if (prev === undefined || !joined(t.index) || isFunctionWord(prev.norm)) return false;
  return !joined(t.index - 1);
}

/** True when `plural` is the regular English plural of `word` (`birth` / `births`, `city` / `cities`, `box` / `boxes`). */
export function isPluralOf(word: string, plural: string): boolean {
  if (word.length < 3 || !/^\p{Ll}+$/u.test(word)) return false;
  return plural === `${word}s` || plural === `${word}es` || (word.endsWith('y') && plural === `${word.slice(0, -1)}ies`);
}

/**
 * True when two words are one English verb in the present (`urges`, `requests`) and the past (`urged`,
 * `requested`): a report of a resolution in the past tense, grammar rather than wording. Either may be
 * capitalised (a list item's first word). Stems must agree exactly: `looted` / `looks` are two verbs.
 */
export function isTenseOf(present: string, past: string): boolean {
  const p = present.toLowerCase();
  const q = past.toLowerCase();
  if (p.length < 4 || !/^\p{Ll}+$/u.test(p) || !/^\p{Ll}+$/u.test(q)) return false;
  const stems = (w: string, endings: readonly string[]): string[] => endings.filter((e) => w.endsWith(e) && w.length - e.length >= 3).map((e) => w.slice(0, -e.length));
  const ps = stems(p, ['es', 's']);
  return stems(q, ['ed', 'd']).some((s) => ps.includes(s));
}

/** Shortest word (letters) in which one letter added, dropped or changed reads as a slip, not as another word. */
const MIN_TYPO_LETTERS = 9;

/**
 * True when two long lower-case words differ by one letter added, dropped or changed (`perpetrators` /
 * `perpetuators`, `dependent` / `dependant`): in a word of nine letters or more that is a slip of the pen or
 * the keyboard, or a spelling a reader corrects without noticing. Shorter words stay wording on purpose:
 * `looted` / `looked`, `statue` / `statute` are different words. Capitalized words are names' business.
 */
export function isTypo(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const d = long.length - short.length;
  if (d > 1 || long.length < MIN_TYPO_LETTERS || !/^\p{Ll}+$/u.test(long) || !/^\p{Ll}+$/u.test(short)) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return d === 1 ? short.slice(i) === long.slice(i + 1) : i < short.length && short.slice(i + 1) === long.slice(i + 1);
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
  if (isCutOff(x, y) || isCutOff(y, x)) return verdict('ocr', 'info', LABEL.fragment, x, y);
  if (isListMarker(x) && isListMarker(y)) return verdict('typography', 'info', LABEL.listNumber, x, y);
  const fig = figureVerdict(x, y);
  if (fig !== null) return fig;
  if (isFunctionWord(x.token.norm) && isFunctionWord(y.token.norm)) return verdict('function', 'minor', LABEL.functionWord, x, y);
  if ((isPluralOf(x.token.norm, y.token.norm) || isPluralOf(y.token.norm, x.token.norm)) && !(inPersonalName(x) && inPersonalName(y))) return verdict('function', 'minor', LABEL.number, x, y);
  if (isTenseOf(x.token.norm, y.token.norm) || isTenseOf(y.token.norm, x.token.norm)) return verdict('function', 'minor', LABEL.tense, x, y);
  const name = nameVerdict(x, y);
  if (name !== null) return name;
  if (isSpellingVariant(tx, ty)) return verdict('spelling', 'minor', LABEL.spelling, x, y);
  if (isTypo(x.token.norm, y.token.norm)) return verdict('spelling', 'minor', LABEL.typo, x, y);
  return verdict('wording', 'major', LABEL.wording, x, y);
}
