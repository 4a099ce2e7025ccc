/**
 * Differences inside `equal` ops: tokens with the same matching key but different original text, and the
 * punctuation between them. These are noise by construction (the normalizer judged the words the same),
 * so they are `ocr` or `typography` (info) or at most a lexicon `spelling` variant (minor), never major.
 */
import type { AlignOp, Difference, NoiseKind, Token, WitnessView } from '../types';
import type { DiscrepancyKind, Severity } from '../../model';
import { LABEL, quotedTwoSided, twoSided } from './explain';
import { isSpellingVariant, isTransliterationVariant } from './names';
import { hasConfusableLetter, isOcrVariant } from './ocr';
import { compoundSpan, difference, spanAt } from './spans';

interface NoiseVerdict {
  kind: DiscrepancyKind;
  severity: Severity;
  label: string;
}

// Strongest first: when a token pair carries several noise marks, the one that matters most names it.
const NOISE_ORDER: readonly NoiseKind[] = ['lexicon', 'confusable', 'ocr-digit', 'split-word', 'hyphenation', 'typography', 'case'];

const VERDICT: Readonly<Record<NoiseKind, NoiseVerdict>> = {
  lexicon: { kind: 'spelling', severity: 'minor', label: LABEL.spelling },
  confusable: { kind: 'ocr', severity: 'info', label: LABEL.confusable },
  'ocr-digit': { kind: 'ocr', severity: 'info', label: LABEL.ocr },
  'split-word': { kind: 'ocr', severity: 'info', label: LABEL.split },
  hyphenation: { kind: 'ocr', severity: 'info', label: LABEL.hyphenation },
  typography: { kind: 'typography', severity: 'info', label: LABEL.typography },
  case: { kind: 'typography', severity: 'info', label: LABEL.case },
};

/** What made two same-key tokens look different, when the tokenizer did not say (no `noise` marks). */
function inferNoise(x: string, y: string, view: WitnessView): NoiseKind {
  if (x.toLowerCase() === y.toLowerCase()) return 'case';
  if (hasConfusableLetter(x) || hasConfusableLetter(y)) return 'confusable';
  if (isOcrVariant(x, y)) return 'ocr-digit';
  if (isTransliterationVariant(x, y, view.transliteration) || isSpellingVariant(x, y)) return 'lexicon';
  return 'typography';
}

/** The verdict for a pair of tokens the aligner matched whose texts differ. */
function tokenVerdict(x: Token, y: Token, view: WitnessView): NoiseVerdict {
  // Texts equal but for case are a case difference whatever normalizers touched both (`Aghdam`/`AGHDAM`
  // both carry `lexicon`, yet only their case differs).
  if (x.text.toLowerCase() === y.text.toLowerCase()) return VERDICT.case;
  // A mark both tokens carry did the same thing to both; the marks on one side only explain the difference.
  const own = [...x.noise.filter((n) => !y.noise.includes(n)), ...y.noise.filter((n) => !x.noise.includes(n))];
  const marks = new Set<NoiseKind>(own.length > 0 ? own : [...x.noise, ...y.noise]);
  const named = NOISE_ORDER.find((n) => marks.has(n));
  return VERDICT[named ?? inferNoise(x.text, y.text, view)];
}

/** Punctuation between two tokens with spaces and Markdown emphasis removed, which layout alone changes. */
function punctuationOf(gap: string): string {
  return gap.replace(/[\s*_#>\\]/gu, '');
}

/** The gap between two adjacent tokens, trimmed of surrounding whitespace, as a span of `view`. */
function trimmedGap(view: WitnessView, prevEnd: number, nextStart: number): { start: number; end: number } {
  const text = view.document.text;
  let s = prevEnd;
  let e = nextStart;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** Differences of punctuation between the `i-1`-th and `i`-th token pair of an equal op. */
function gapDifference(a: WitnessView, b: WitnessView, op: AlignOp, i: number): Difference | null {
  const aTokens = a.tokens;
  const bTokens = b.tokens;
  const ai = op.a.from + i;
  const bi = op.b.from + i;
  if (!aTokens.has(ai - 1) || !aTokens.has(ai) || !bTokens.has(bi - 1) || !bTokens.has(bi)) return null;
  const ga = trimmedGap(a, aTokens.end(ai - 1), aTokens.start(ai));
  const gb = trimmedGap(b, bTokens.end(bi - 1), bTokens.start(bi));
  const ta = a.document.text.slice(ga.start, ga.end);
  const tb = b.document.text.slice(gb.start, gb.end);
  if (punctuationOf(ta) === punctuationOf(tb)) return null;
  return difference('typography', 'info', quotedTwoSided(LABEL.punctuation, ta, tb), spanAt(a, ga.start, ga.end), spanAt(b, gb.start, gb.end));
}

/**
 * The differences inside one `equal` op: one per token pair whose texts differ (kind from the tokens'
 * `noise`, or inferred when the tokenizer left none), and one per differing punctuation between tokens.
 */
export function equalDifferences(a: WitnessView, b: WitnessView, op: AlignOp): Difference[] {
  const out: Difference[] = [];
  const n = Math.min(op.a.to - op.a.from, op.b.to - op.b.from);
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const g = gapDifference(a, b, op, i);
      if (g !== null) out.push(g);
    }
    const xi = op.a.from + i;
    const yi = op.b.from + i;
    if (!a.tokens.has(xi) || !b.tokens.has(yi) || a.tokens.sameText(xi, b.tokens, yi)) continue;
    const x = a.tokens.at(xi) as Token;
    const y = b.tokens.at(yi) as Token;
    const v = tokenVerdict(x, y, a);
    // OCR damage reads best as the whole compound (`war-tom`), whichever fragment the tokenizer flagged.
    const sa = v.kind === 'ocr' ? compoundSpan(a.document.text, x.start, x.end) : x;
    const sb = v.kind === 'ocr' ? compoundSpan(b.document.text, y.start, y.end) : y;
    const da = spanAt(a, sa.start, sa.end);
    const db = spanAt(b, sb.start, sb.end);
    out.push(difference(v.kind, v.severity, twoSided(v.label, da.text, db.text), da, db));
  }
  return out;
}
