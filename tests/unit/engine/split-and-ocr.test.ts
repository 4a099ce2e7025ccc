// A word split by a stray space in one witness and damaged by OCR in the other (`co uncil` / `counci1`) is
// still the same word: the digit the tokenizer reads as a letter inside a word is a letter when the split
// is weighed, and a real change beside the split is still reported.
import { describe, expect, it } from 'vitest';
import { check } from '../../../shared/engine';
import type { Discrepancy } from '../../../shared/model';
import { doc } from './align/helpers';

const BASE = 'Officials in the town said that emergency crews worked through the night while the';
const TAIL = 'ignored repeated requests to repair the flood barrier on the river.';
const quoteIn = (lead: string, words: string): string => `${lead} “${BASE} ${words} ${TAIL}”`;
const serious = (d: Discrepancy): boolean => d.severity === 'major' || d.severity === 'critical';

function differences(a: string, b: string): Discrepancy[] {
  return check({ documents: [doc('a', quoteIn('Reuters reported:', a)), doc('b', quoteIn('As Reuters wrote,', b))] }).discrepancies;
}

describe('a split word against an OCR-damaged one', () => {
  it.each([
    ['co uncil', 'counci1'],
    ['с o uncil', 'counci1'], // Cyrillic с beside the split
    ['coun cil', 'c0uncil'],
  ])('%s / %s is OCR damage (info), not a change of wording', (a, b) => {
    const found = differences(a, b);
    expect(found.filter(serious).map((d) => d.explanation)).toEqual([]);
    expect(found.some((d) => d.kind === 'ocr' && d.severity === 'info')).toBe(true);
  });

  it('keeps a changed word beside the split a change', () => {
    const found = differences('co uncil', 'mayor');
    expect(found.filter(serious).length).toBeGreaterThan(0);
  });

  it('keeps a figure that differs inside the group a change', () => {
    const found = differences('council of 15', 'council of 16');
    expect(found.filter(serious).map((d) => d.kind)).toContain('number');
  });
});
