import { describe, expect, it } from 'vitest';
import { joinHyphenation, lineEndHyphenAt } from '../../../../shared/engine/normalize';
import { tokenize } from '../../../../shared/engine/tokenize';

describe('lineEndHyphenAt', () => {
  it.each([
    ['Na-\nkh', 2, 4],
    ['Na-  \nkh', 2, 6],
    ['Na-\r\nkh', 2, 5],
    ['Na-\n   kh', 2, 7], // indented continuation
    ['Na\u00AD\nkh', 2, 4], // soft hyphen at the line end
    ['Nagorno-\nKarabakh', 7, -1], // capital continuation: a compound
    ['Na-  \n...kh', 2, -1], // `...` marks text cut away (004.txt)
    ['war-torn', 3, -1], // no line break
    ['Na-\n\nkh', 2, -1], // a paragraph break is not a hyphenation
  ])('%j at %i → %i', (text, pos, expected) => {
    expect(lineEndHyphenAt(text, pos)).toBe(expected);
  });
});

describe('joinHyphenation', () => {
  it.each([
    ['Na-\nkh', 'Nakh'],
    ['Na-  \r\nkh', 'Nakh'],
    ['war-torn', 'war-torn'],
    ['plain', 'plain'],
  ])('%j → %s', (input, expected) => {
    expect(joinHyphenation(input)).toBe(expected);
  });
});

describe('line-end hyphenation in tokenize', () => {
  it('joins a syllable break into one token spanning the hyphen and line break', () => {
    const text = 'the ag-\ngressors came';
    const token = tokenize(text).at(1);
    expect(token).toMatchObject({ text: 'ag-\ngressors', start: 4, norm: 'aggressors', noise: ['hyphenation'] });
  });

  it('splits a join back into a compound the document writes in-line', () => {
    const tokens = tokenize('a war-\ntorn village in a war-torn land');
    expect(tokens.slice(1, 3).map((t) => [t.text, t.norm, t.noise.length])).toEqual([
      ['war', 'war', 0],
      ['torn', 'torn', 0],
    ]);
  });

  it('splits a join whose halves are words of the document and whose whole is not', () => {
    const tokens = tokenize('six years and the year of six-\nyear terms');
    expect(tokens.map((t) => t.norm)).toEqual(['six', 'years', 'and', 'the', 'year', 'of', 'six', 'year', 'terms']);
  });

  it('keeps the join when the joined word occurs elsewhere', () => {
    const tokens = tokenize('the some-\nthing and something');
    expect(tokens.map((t) => t.norm)).toContain('something');
    expect(tokens.filter((t) => t.norm === 'something')).toHaveLength(2);
  });
});
