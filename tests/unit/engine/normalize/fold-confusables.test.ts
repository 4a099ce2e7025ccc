import { describe, expect, it } from 'vitest';
import { confusableProfile, foldConfusables, isLatinContext } from '../../../../shared/engine/normalize';

describe('foldConfusables', () => {
  it.each([
    ['аnу', 'any'], // Cyrillic а, у around Latin n (001.txt)
    ['bе', 'be'],
    ['Тhе', 'The'], // capital Т is T
    ['соте', 'come'], // italic т read as m (001.txt)
    ['Hиman', 'Human'], // italic и read as u
    ['оп', 'on'], // italic п read as n
    ['tеrritоrу', 'territory'],
    ['ΑΒΓ', 'ABΓ'], // Greek gamma has no Latin twin and stays
    ['plain', 'plain'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldConfusables(input)).toBe(expected);
  });
});

describe('confusableProfile', () => {
  it.each([
    ['any', 'latin'],
    ['аnу', 'mixed'],
    ['оп', 'lookalike'],
    ['ТНЕ', 'lookalike'],
    ['Коммерсантъ', 'foreign'],
    ['СВОБОДА', 'foreign'],
    ['1992', 'other'],
    ['الله', 'other'],
    ['café', 'latin'],
  ] as const)('classifies %s as %s', (word, profile) => {
    expect(confusableProfile(word)).toBe(profile);
  });
});

describe('isLatinContext', () => {
  it.each([
    ['latin', 'latin', true],
    [undefined, 'mixed', true],
    ['latin', undefined, true],
    ['foreign', 'latin', false],
    ['latin', 'foreign', false],
    [undefined, undefined, false],
    ['other', 'lookalike', false],
  ] as const)('previous %s, next %s → %s', (previous, next, expected) => {
    expect(isLatinContext(previous, next)).toBe(expected);
  });
});
