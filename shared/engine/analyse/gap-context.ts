/**
 * Where words one witness lacks stand, read from the text around them: between two quotations (the
 * quoting text's own narrative, `…,” he said. “…`), as the first part of a hyphenated name the other
 * witness writes short (`Nagorno-Karabakh’s` / `Karabakh’s`), or at the start of a heading a damaged scan
 * cut (`## Survivors Describe Armenian Attack` / `# Armenian Attack`). None of these changes what the
 * quoted source said, so none is major.
 */
import type { Token, TokenRange, WitnessView } from '../types';
import { isCapitalized } from './names';

/**
 * True when the witness quotes in marks (it has speech spans) and characters `[start, end)` lie wholly
 * outside them: the quoting text's own words (`recognized this fact as the “…”`).
 */
export function isParaphrase(view: WitnessView, span: { start: number; end: number }): boolean {
  if (!view.speech || view.speech.length === 0 || span.end <= span.start) return false;
  return !view.speech.some((s) => s.start < span.end && span.start < s.end);
}

/**
 * True when characters `[start, end)` (a position when empty) lie outside every quotation mark of the
 * witness, counted or not, and the witness is no article reprinted whole: the words there are not quoted
 * on this side either.
 */
export function outsideMarks(view: WitnessView, span: { start: number; end: number }): boolean {
  // An article reprinted under a dateline is quoted whole: no word of it stands outside the quote.
  if (view.inArticle) return false;
  const marks = view.marks ?? [];
  return !marks.some((s) => (span.end > span.start ? s.start < span.end && span.start < s.end : s.start < span.start && span.start < s.end));
}

/**
 * True when a difference is one side's own words on both sides: the quoting side's words lie outside its
 * marks (`isParaphrase`) and the other side does not quote them either. Where the other side has the words
 * inside its marks they are quoted words, and a marks side that misses them (a quote detected short) is
 * still misquoting.
 */
export function isReportedSpeech(a: WitnessView, b: WitnessView, sa: { start: number; end: number }, sb: { start: number; end: number }): boolean {
  return (isParaphrase(b, sb) && outsideMarks(a, sa)) || (isParaphrase(a, sa) && outsideMarks(b, sb));
}

/** True when characters `[start, end)` lie inside one of the witness's quotation-mark spans. */
function inSpeech(view: WitnessView, start: number, end: number): boolean {
  return (view.speech ?? []).some((s) => s.start <= start && end <= s.end);
}

/**
 * True when the words `range` of `having` stand outside every quotation mark while the words just before
 * or just after them stand inside: the quoting text's own words beside its quotation (a speech tag, a
 * sentence of narrative between two quotations), not words of the passage it quotes.
 */
export function isNarrative(having: WitnessView, range: TokenRange): boolean {
  if (!having.speech || having.speech.length === 0) return false;
  const before = having.tokens.at(range.from - 1);
  const after = having.tokens.at(range.to);
  const quotedBefore = before !== undefined && range.from - 1 >= having.passage.tokens.from && inSpeech(having, before.start, before.end);
  const quotedAfter = after !== undefined && range.to < having.passage.tokens.to && inSpeech(having, after.start, after.end);
  if (!quotedBefore && !quotedAfter) return false;
  for (let i = range.from; i < range.to; i++) {
    const t = having.tokens.at(i) as Token;
    if (inSpeech(having, t.start, t.end)) return false;
  }
  return true;
}

/**
 * True when the lacking words are the leading (or trailing) capitalised parts of a hyphenated name whose
 * other part both witnesses have: `Nagorno-Karabakh` written `Karabakh`, a short form of one name.
 */
export function isShortName(having: WitnessView, range: TokenRange): boolean {
  const text = having.document.text;
  const words = having.tokens.slice(range.from, range.to);
  if (words.length === 0 || words.length > 2 || !words.every((t) => t.kind === 'word' && isCapitalized(t.text))) return false;
  const next = having.tokens.at(range.to);
  const prev = having.tokens.at(range.from - 1);
  const hyphen = /^[-‐‑]$/u;
  const last = words[words.length - 1] as Token;
  const first = words[0] as Token;
  const leading = next !== undefined && hyphen.test(text.slice(last.end, next.start)) && isCapitalized(next.text);
  const trailing = prev !== undefined && hyphen.test(text.slice(prev.end, first.start)) && isCapitalized(prev.text);
  return leading || trailing;
}

/** The text of the line holding character `at`. */
function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * True when the lacking side goes on with a heading right where the words are missing, and the having
 * side's words stand in a heading too: the start (or end) of a heading lost with the page's edge.
 */
export function isHeadingCut(having: WitnessView, range: TokenRange, lacking: WitnessView, at: number): boolean {
  const heading = /^[ \t]{0,3}#{1,6}[ \t]/u;
  const words = having.tokens.slice(range.from, range.to);
  const first = words[0];
  if (!first || !heading.test(lineAt(having.document.text, first.start))) return false;
  const next = lacking.tokens.at(at);
  const prev = lacking.tokens.at(at - 1);
  return (next !== undefined && heading.test(lineAt(lacking.document.text, next.start))) || (prev !== undefined && heading.test(lineAt(lacking.document.text, prev.start)));
}
