import { describe, expect, it } from 'vitest';
import { foldCase, unifyTypography } from '../../../../shared/engine/normalize';

describe('unifyTypography', () => {
  it.each([
    ['don’t', "don't"],
    ['donʼt', "don't"],
    ['It`s', "It's"],
    ['it´s', "it's"],
    ['don\'t', "don't"],
    ['Kara\u00ADbakh', 'Karabakh'], // soft hyphen
    ['Kara\u200Bbakh', 'Karabakh'], // zero-width space
    ['\uFB01re', 'fire'], // ﬁ ligature
    ['Ｎｅｗｓｗｅｅｋ', 'Newsweek'], // full-width
    ['\u{1D400}BC', 'ABC'], // mathematical bold A
    ['cafe\u0301', 'café'], // combining accent composed
    ['plain', 'plain'],
  ])('%s → %s', (input, expected) => {
    expect(unifyTypography(input)).toBe(expected);
  });
});

describe('foldCase', () => {
  it.each([
    ['Newsweek', 'newsweek'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδος', 'οδοσ'],
    ['KHOJALY', 'khojaly'],
  ])('%s → %s', (input, expected) => {
    expect(foldCase(input)).toBe(expected);
  });
});
