import { describe, expect, it } from 'vitest';
import { compileTransliteration, isTransliterationVariant, SHIPPED_SCHEME_IDS, transliterationKey } from '../../../../shared/engine/normalize';

describe('transliterationKey', () => {
  it.each([
    ['Agdam', 'Aghdam'],
    ['Karabakh', 'Karabagh'],
    ['Karabakh', 'Qarabağ'],
    ['Khojaly', 'Khojali'],
    ['Khojaly', 'Hojali'],
    ['Khojaly', 'Khodjaly'],
    ['Khojaly', 'Xocalı'],
    ['Aliyev', 'Aliev'],
    ['Aliyev', 'Əliyev'],
    ['Mutalibov', 'Mutallibov'],
    ['Jabrayil', 'Cəbrayıl'],
  ])('%s and %s are spelling variants', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  it.each([
    ['Raisa', 'Rasia'], // a transposition: a different name
    ['Aslanova', 'Aslanov'],
    ['Agdam', 'Adam'],
    ['Shusha', 'Susa'], // sh is not s
    ['Yavar', 'Javar'], // an initial y is a consonant
    ['Khojaly', 'Khankendi'],
    ['Gary', 'Harry'], // an initial g is not an h: English names keep their difference
    ['Gill', 'Hill'],
  ])('%s and %s stay different names', (a, b) => {
    expect(transliterationKey(a)).not.toBe(transliterationKey(b));
  });
});

describe('isTransliterationVariant: a scheme applies only where it fits', () => {
  it.each([
    ['Jane', 'Cane'], // Azerbaijani c = j, but nothing here is written in that alphabet
    ['Anna', 'Ana'], // doubled letters fold only in names showing a Russian spelling
    ['Kendall', 'Kendal'],
    ['Smith', 'Smyth'],
    ['Cole', 'Jole'],
    ['Bennett', 'Benett'],
    ['Hughes', 'Huges'], // English gh before a vowel (or t, or at the end) is no trace of a transliteration
    ['Wright', 'Wrigt'],
    ['Leigh', 'Leig'],
    // English tch is a trace of the scheme, yet a doubled vowel is another vowel, not a doubled letter.
    ['Fletcher', 'Fleecher'],
    ['Fletcher', 'Flecher'], // English writes tch after a short vowel; the Russian tch stands at a name's start
  ])('%s and %s stay different names, whatever the rules would fold', (a, b) => {
    expect(isTransliterationVariant(a, b)).toBe(false);
  });

  it.each([
    ['Aghdam', 'Agdam'],
    ['Aliyev', 'Aliev'],
    ['Xocalı', 'Khojaly'],
    ['Mutallibov', 'Mutalibov'],
    ['Tchaladze', 'Chaladze'],
  ])('%s and %s are one name in two transliterations', (a, b) => {
    expect(isTransliterationVariant(a, b)).toBe(true);
  });

  it('follows the schemes a project enables', () => {
    expect(SHIPPED_SCHEME_IDS).toEqual(['russian-latin', 'azerbaijani-latin']);
    const none = compileTransliteration([]);
    expect(isTransliterationVariant('Aghdam', 'Agdam', none)).toBe(false);
    const azerbaijani = compileTransliteration(['azerbaijani-latin']);
    expect(isTransliterationVariant('Aliyev', 'Aliev', azerbaijani)).toBe(false);
    expect(isTransliterationVariant('Qarabağ', 'Karabağ', azerbaijani)).toBe(true);
    expect(() => compileTransliteration(['klingon'])).toThrow(RangeError);
  });
});
