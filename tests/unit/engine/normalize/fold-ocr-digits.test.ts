import { describe, expect, it } from 'vitest';
import { foldOcrDigits, ocrShapeKey } from '../../../../shared/engine/normalize';

describe('foldOcrDigits', () => {
  it.each([
    ['ca1culated', 'calculated'],
    ['intemationa1', 'intemationa' + 'l'],
    ['physica1', 'physical'],
    ['c0mmittee', 'committee'],
    ['cla5s', 'class'],
    ['INTERNATI0NAL', 'INTERNATIONAL'],
    // kept: digits that are not letters
    ['BBC1', 'BBC1'],
    ['A1', 'A1'],
    ['1news', '1news'],
    ['2BConference', '2BConference'],
    ['N7', 'N7'],
    ['6th', '6th'],
    ['qF51bBinJKA', 'qF51bBinJKA'],
    ['a7b', 'a7b'],
  ])('%s → %s', (input, expected) => {
    expect(foldOcrDigits(input)).toBe(expected);
  });
});

describe('ocrShapeKey', () => {
  it.each([
    ['torn', 'tom'],
    ['international', 'intemational'],
    ['women', 'vvomen'],
    ['during', 'cluring'],
    ['calculated', 'ca1culated'],
    ['War', 'war'],
  ])('%s and %s share a key', (a, b) => {
    expect(ocrShapeKey(a)).toBe(ocrShapeKey(b));
  });

  it.each([
    ['torn', 'tore'],
    ['450', '540'],
    ['Raisa', 'Rasia'],
  ])('%s and %s keep different keys', (a, b) => {
    expect(ocrShapeKey(a)).not.toBe(ocrShapeKey(b));
  });
});
