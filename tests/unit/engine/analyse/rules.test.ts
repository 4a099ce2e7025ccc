import { describe, expect, it } from 'vitest';
import {
  figuresOf, hasMarkedElision, isFunctionWord, isOcrVariant, isSpellingVariant, isTransliterationVariant,
} from '../../../../shared/engine/analyse';
import { tokenize } from '../../../../shared/engine/tokenize';

describe('isTransliterationVariant', () => {
  it.each([
    ['Agdam', 'Aghdam', true],
    ['Karabakh', 'Karabagh', true],
    ['Khojaly', 'Khojali', true],
    ['Khojaly', 'Khodjaly', true],
    ['Khojaly', 'Hojali', true],
    ['Ağdam', 'Agdam', true],
    ['Raisa', 'Rasia', false],
    ['Aslanova', 'Aliyeva', false],
    ['Hill', 'Gill', false],
    ['Agdam', 'Agdam', false],
  ])('%s / %s: %s', (x, y, same) => {
    expect(isTransliterationVariant(x, y)).toBe(same);
  });
});

describe('isSpellingVariant and isOcrVariant', () => {
  it.each([
    ['defence', 'defense', true],
    ['organisation', 'organization', true],
    ['travelled', 'traveled', true],
    ['looted', 'looked', false],
    ['form', 'from', false],
  ])('spelling %s / %s: %s', (x, y, same) => {
    expect(isSpellingVariant(x, y)).toBe(same);
  });

  it.each([
    ['tom', 'torn', true],
    ['intemational', 'international', true],
    ['intemationa1', 'international', true],
    ['ca1culated', 'calculated', true],
    ['\u0430n\u0443', 'any', true],
    ['150', '105', false],
    ['bayoneted', 'looted', false],
    ['in', 'm', false],
  ])('OCR %s / %s: %s', (x, y, same) => {
    expect(isOcrVariant(x, y)).toBe(same);
  });
});

describe('isFunctionWord', () => {
  it('holds articles, prepositions, conjunctions and auxiliaries, not negations or pronouns', () => {
    for (const w of ['the', 'a', 'of', 'and', 'were', 'had', 'which']) expect(isFunctionWord(w)).toBe(true);
    for (const w of ['not', 'no', 'never', 'he', 'she', 'all', 'massacred']) expect(isFunctionWord(w)).toBe(false);
  });
});

describe('figuresOf', () => {
  const read = (s: string): ReturnType<typeof figuresOf> => figuresOf(s, tokenize(s).toArray());
  it.each([
    ['more than 450 Azeris', [450], []],
    ['up to 1,500 people', [1500], []],
    ['two thousand five hundred', [2500], []],
    ['one hundred and six women', [106], []],
    ['on 25-26 February', [25, 26], [2]],
    ['on Feb. 25-26', [25, 26], [2]],
    ['the 366th regiment', [366], []],
  ])('%s → values %j, months %j', (s, values, months) => {
    const f = read(s);
    expect(f.values).toEqual(values);
    expect(f.months).toEqual(months);
  });
});

describe('hasMarkedElision', () => {
  it.each([[' ... ', true], [' … ', true], [' [...] ', true], [' (...) ', true], [' . . . ', true], [', ', false], [' - ', false]])(
    '%j: %s',
    (gap, marked) => {
      expect(hasMarkedElision(gap)).toBe(marked);
    },
  );
});
