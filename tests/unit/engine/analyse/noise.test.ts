import { describe, expect, it } from 'vitest';
import { analysePair } from '../../../../shared/engine/analyse';
import type { AlignOp, NoiseKind, Token } from '../../../../shared/engine/types';
import type { DiscrepancyKind, Severity } from '../../../../shared/model';
import { tokenAt, viewOf } from './helpers';

interface NoiseCase {
  noise: NoiseKind;
  /** The word as witness A writes it and as witness B writes it; both share `norm`. */
  wa: string;
  wb: string;
  norm: string;
  kind: DiscrepancyKind;
  severity: Severity;
  explanation: string;
}

// Tokens are made by hand so each noise mark is tested whether or not the tokenizer sets it yet.
const CASES: NoiseCase[] = [
  { noise: 'confusable', wa: '\u0430ny', wb: 'any', norm: 'any', kind: 'ocr', severity: 'info', explanation: 'look-alike letters: \u0430ny / any' },
  { noise: 'ocr-digit', wa: 'ca1culated', wb: 'calculated', norm: 'calculated', kind: 'ocr', severity: 'info', explanation: 'OCR damage: ca1culated / calculated' },
  { noise: 'split-word', wa: 'f ellow', wb: 'fellow', norm: 'fellow', kind: 'ocr', severity: 'info', explanation: 'word split or joined: f ellow / fellow' },
  { noise: 'hyphenation', wa: 'Na-\ngorno', wb: 'Nagorno', norm: 'nagorno', kind: 'ocr', severity: 'info', explanation: 'line-end hyphenation: Na- gorno / Nagorno' },
  { noise: 'typography', wa: 'that’s', wb: "that's", norm: "that's", kind: 'typography', severity: 'info', explanation: "typography differs: that’s / that's" },
  { noise: 'case', wa: 'NAGORNO', wb: 'Nagorno', norm: 'nagorno', kind: 'typography', severity: 'info', explanation: 'case differs: NAGORNO / Nagorno' },
  { noise: 'lexicon', wa: 'Aghdam', wb: 'Agdam', norm: 'agdam', kind: 'spelling', severity: 'minor', explanation: 'spelling variant: Aghdam / Agdam' },
];

/** `seen in <word> today` with hand-made tokens; the middle token carries `noise`. */
function witness(id: string, word: string, norm: string, noise: NoiseKind[]): ReturnType<typeof viewOf> {
  const text = `seen in ${word} today`;
  const tokens: Token[] = [
    tokenAt(text, 'seen', 0, 'seen'),
    tokenAt(text, 'in', 5, 'in'),
    tokenAt(text, word, 8, norm, noise),
    tokenAt(text, 'today', 8 + word.length, 'today'),
  ];
  return viewOf(text, { id, tokens });
}

const ALL_EQUAL: AlignOp[] = [{ op: 'equal', a: { from: 0, to: 4 }, b: { from: 0, to: 4 } }];

describe('analysePair turns the noise marks of equal tokens into info or minor differences', () => {
  it.each(CASES)('$noise: $wa / $wb → $kind ($severity)', (c) => {
    const a = witness('a', c.wa, c.norm, [c.noise]);
    const b = witness('b', c.wb, c.norm, []);
    const diffs = analysePair(a, b, ALL_EQUAL);
    expect(diffs).toEqual([
      {
        kind: c.kind,
        severity: c.severity,
        explanation: c.explanation,
        a: { start: 8, end: 8 + c.wa.length, text: c.wa },
        b: { start: 8, end: 8 + c.wb.length, text: c.wb },
      },
    ]);
  });

  it('names a pair with several marks by the one that matters most', () => {
    const a = witness('a', 'AGHDAM', 'agdam', ['case', 'lexicon']);
    const b = witness('b', 'Agdam', 'agdam', []);
    expect(analysePair(a, b, ALL_EQUAL).map((d) => [d.kind, d.severity])).toEqual([['spelling', 'minor']]);
  });

  it('infers the noise when the tokenizer left no mark', () => {
    const a = witness('a', 'intemational', 'international', []);
    const b = witness('b', 'international', 'international', []);
    expect(analysePair(a, b, ALL_EQUAL).map((d) => [d.kind, d.severity])).toEqual([['ocr', 'info']]);
  });

  it('never raises noise to major, whatever the marks', () => {
    for (const c of CASES) {
      const diffs = analysePair(witness('a', c.wa, c.norm, [c.noise]), witness('b', c.wb, c.norm, [c.noise]), ALL_EQUAL);
      for (const d of diffs) expect(['info', 'minor']).toContain(d.severity);
    }
  });
});

describe('an OCR mark on one part of a hyphenated compound', () => {
  it('reports the whole compound on both sides', () => {
    const ta = 'village in war-tom Karabakh';
    const tb = 'village in war-torn Karabakh';
    const tokens = (text: string, last: string, norm: string, noise: NoiseKind[]): Token[] => [
      tokenAt(text, 'village', 0, 'village'),
      tokenAt(text, 'in', 8, 'in'),
      tokenAt(text, 'war', 11, 'war'),
      tokenAt(text, last, 15, norm, noise),
      tokenAt(text, 'Karabakh', 15, 'karabakh'),
    ];
    const a = viewOf(ta, { id: 'a', tokens: tokens(ta, 'tom', 'torn', ['ocr-digit']) });
    const b = viewOf(tb, { id: 'b', tokens: tokens(tb, 'torn', 'torn', []) });
    const ops: AlignOp[] = [{ op: 'equal', a: { from: 0, to: 5 }, b: { from: 0, to: 5 } }];
    expect(analysePair(a, b, ops)).toEqual([
      {
        kind: 'ocr',
        severity: 'info',
        explanation: 'OCR damage: war-tom / war-torn',
        a: { start: 11, end: 18, text: 'war-tom' },
        b: { start: 11, end: 19, text: 'war-torn' },
      },
    ]);
  });
});
