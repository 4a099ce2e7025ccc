import { describe, expect, it } from 'vitest';
import { BUILTIN_LEXICON, compileLexicon, normalizeWord } from '../../../../shared/engine/normalize';
import { tokenize } from '../../../../shared/engine/tokenize';
import { check } from '../../../../shared/engine';
import { atLeast } from '../../../../shared/model';
import { doc } from '../align/helpers';

const key = (variant: string): string => normalizeWord(variant).norm;

describe('compileLexicon', () => {
  it('maps every variant of an entry to the key of its first variant', () => {
    const lexicon = compileLexicon([{ variants: ['Khojaly', 'Khojali', 'Xocalı'] }], key);
    expect(lexicon.get('khojali')).toBe('khojaly');
    expect(lexicon.get('xocalı')).toBe('khojaly');
    expect(lexicon.has('khojaly')).toBe(false); // the canonical maps to itself: no entry needed
  });

  it('merges entries that share a variant, keeping the earliest canonical', () => {
    const lexicon = compileLexicon([{ variants: ['Agdam', 'Aghdam'] }, { variants: ['Akdam', 'Aghdam'] }], key);
    expect(lexicon.get('akdam')).toBe('agdam');
    expect(lexicon.get('aghdam')).toBe('agdam');
  });

  it('skips variants that are not a single word', () => {
    const lexicon = compileLexicon([{ variants: ['Nagorno Karabakh', 'Nagorny Karabakh', 'NKAO'] }], key);
    expect(lexicon.size).toBe(0);
  });

  it('builds the built-in lexicon with every built-in variant reaching one key per entry', () => {
    const lexicon = compileLexicon(BUILTIN_LEXICON, key);
    for (const entry of BUILTIN_LEXICON) {
      const canonicals = new Set(entry.variants.map((v) => lexicon.get(key(v)) ?? key(v)));
      expect(canonicals.size, entry.variants.join('/')).toBe(1);
    }
  });
});

describe('lexicon in tokenize', () => {
  it.each([
    ['Khojali', 'khojaly'],
    ['Hojali', 'khojaly'],
    ['Aghdam', 'agdam'],
    ['Karabagh', 'karabakh'],
    ['Aghdam’s', "agdam's"], // through the possessive
  ])('%s → %s with lexicon noise', (word, norm) => {
    const [token] = tokenize(word);
    expect(token?.norm).toBe(norm);
    expect(token?.noise).toContain('lexicon');
  });

  it('applies project entries on top of the built-in ones', () => {
    const lexicon = [{ variants: ['Askeran', 'Askeron', 'Asgaran'] }];
    expect(tokenize('Askeron Asgaran Askeran', { lexicon }).map((t) => t.norm)).toEqual(['askeran', 'askeran', 'askeran']);
    expect(tokenize('Askeron').map((t) => t.norm)).toEqual(['askeron']);
  });

  it('leaves the canonical spelling without lexicon noise', () => {
    expect(tokenize('Khojaly').at(0)?.noise).toEqual([]);
  });
});

describe('the built-in lexicon in a check', () => {
  const speech = (word: string) =>
    `The minister spoke at the memorial on Sunday. “The families of the victims will never be forgotten, and the blood of our ${word} will be avenged, whatever it takes and however long it lasts,” he told the crowd of several thousand people.\n`;
  const between = (x: string, y: string) => check({ documents: [doc('a', speech(x)), doc('b', speech(y))] }).discrepancies;

  it('reads a loanword and the English word that translates it as one word (minor, never major)', () => {
    const found = between('shahids', 'martyrs');
    expect(found.map((d) => [d.kind, d.severity])).toEqual([['spelling', 'minor']]);
  });

  it('keeps the singular apart from the plural, and a word it does not list a change of wording', () => {
    expect(between('martyr', 'shahids').map((d) => d.explanation)).toEqual(['singular or plural: martyr / shahids']);
    expect(between('heroes', 'shahids').some((d) => d.kind === 'wording' && atLeast(d.severity, 'major'))).toBe(true);
  });
});
