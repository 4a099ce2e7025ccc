import { describe, expect, it } from 'vitest';
import {
  authorsCompatible, compareAttribution, datesCompatible, outletKey, translationDifference, wordingOverlap,
} from '../../../../shared/engine/analyse';
import type { Attribution } from '../../../../shared/model';
import { viewOf } from './helpers';

const PASSAGE = 'Survivors reported that Armenian soldiers shot more than 450 Azeris.';

/** A witness whose passage sits inside a longer document, so spans are the passage, not the document. */
function witness(id: string, attribution: Attribution, body = PASSAGE): ReturnType<typeof viewOf> {
  const text = `Intro line.\n${body}\nClosing line.`;
  return viewOf(text, { id, attribution, start: 12, end: 12 + body.length });
}

describe('outletKey', () => {
  it.each([
    ['Newsweek', 'Newsweek Magazine', true],
    ['Newsweek', 'NEWSWEEK', true],
    ['The Washington Post', 'Washington Post', true],
    ['The New York Times', 'New York Times', true],
    ['U.S. News', 'US News', true],
    ['The Times', 'Time', false],
    ['The Sunday Times', 'The Times', false],
    ['The Washington Times', 'The Washington Post', false],
  ])('%s and %s are one outlet: %s', (x, y, same) => {
    expect(outletKey(x) === outletKey(y)).toBe(same);
  });
});

describe('datesCompatible and authorsCompatible', () => {
  it.each([
    ['1992-03', '1992-03-16', true],
    ['1992', '1992-03-01', true],
    ['1992-03-16', '1992-03-16', true],
    ['1992-03-02', '1992-03-16', false],
    ['1992-03', '1992-04', false],
  ])('dates %s and %s agree: %s', (x, y, ok) => {
    expect(datesCompatible(x, y)).toBe(ok);
  });

  it.each([
    ['Thomas Goltz', 'T. Goltz', true],
    ['Thomas Goltz', 'by Thomas Goltz', true],
    ['Pascal Privat', 'Pascal Privat with Steve Le Vine', true],
    ['Thomas Goltz', 'Peter Goltz', false],
    ['Thomas Goltz', 'Anatol Lieven', false],
  ])('authors %s and %s agree: %s', (x, y, ok) => {
    expect(authorsCompatible(x, y)).toBe(ok);
  });
});

describe('compareAttribution', () => {
  it('reports a different outlet over both whole passages when no attribution stands in the text, naming the field and both values', () => {
    const a = witness('a', { outlet: 'The Sunday Times', date: '1992-03-01' });
    const b = witness('b', { outlet: 'The Times', date: '1992-03-01' });
    expect(compareAttribution(a, b)).toEqual([
      {
        kind: 'attribution',
        severity: 'major',
        explanation: 'outlet differs: The Sunday Times / The Times',
        a: { start: 12, end: 12 + PASSAGE.length, text: PASSAGE },
        b: { start: 12, end: 12 + PASSAGE.length, text: PASSAGE },
        values: { a: 'The Sunday Times', b: 'The Times' },
      },
    ]);
  });

  it('points at the attribution itself when the text gave it (a dateline, a citation)', () => {
    const a = { ...witness('a', { outlet: 'The Times', date: '1992-03-03', headline: 'Massacre uncovered' }), attributionSpan: { start: 0, end: 5 } };
    const b = { ...witness('b', { outlet: 'The Times', date: '1992-03-03', headline: 'Bodies mark site of the massacre' }), attributionSpan: { start: 2, end: 9 } };
    const [x] = compareAttribution(a, b);
    expect(x).toMatchObject({ explanation: 'headline differs: Massacre uncovered / Bodies mark site of the massacre', a: { start: 0, end: 5 }, b: { start: 2, end: 9 } });
  });

  it.each([
    ['one headline cut off by a damaged scan', 'Soldiers massacre hundreds of fleeing families', 'Soldiers massacre hundreds of fleeing familie', 0],
    ['one headline in title case', 'Soldiers Massacre Hundreds', 'soldiers massacre hundreds', 0],
    ['two headlines of one day', 'Massacre uncovered', 'Bodies mark site of the massacre', 1],
    ['two headlines of two outlets (the outlet is the difference)', 'Massacre uncovered', 'Bodies mark site', 1],
  ])('compares headlines only within one issue: %s', (name, h1, h2, expected) => {
    const other = name.includes('two outlets') ? 'The Guardian' : 'The Times';
    const a = witness('a', { outlet: 'The Times', date: '1992-03-03', headline: h1 });
    const b = witness('b', { outlet: other, date: '1992-03-03', headline: h2 });
    expect(compareAttribution(a, b)).toHaveLength(expected);
  });

  it('compares the publisher, place and year of two citations of one book', () => {
    const a = witness('a', { author: 'Thomas De Waal', date: '2004', publisher: 'NYU Press' });
    const b = witness('b', { author: 'Thomas de Waal', date: '2003', place: 'New York and London', page: '172' });
    expect(compareAttribution(a, b).map((x) => x.explanation)).toEqual(['date differs: 2004 / 2003']);
    const c = witness('c', { author: 'Thomas de Waal', date: '2003', publisher: 'Yale University Press' });
    expect(compareAttribution(a, c).map((x) => x.explanation)).toEqual(['date differs: 2004 / 2003', 'publisher differs: NYU Press / Yale University Press']);
  });

  it('reports each conflicting field once: author and date', () => {
    const a = witness('a', { outlet: 'Newsweek', author: 'Pascal Privat', date: '1992-03-16' });
    const b = witness('b', { outlet: 'Newsweek Magazine', author: 'Thomas Goltz', date: '1992-03-02' });
    expect(compareAttribution(a, b).map((d) => d.explanation)).toEqual([
      'author differs: Pascal Privat / Thomas Goltz',
      'date differs: 1992-03-16 / 1992-03-02',
    ]);
  });

  it('compares only fields both witnesses carry, and accepts a partial date', () => {
    const a = witness('a', { outlet: 'NEWSWEEK', date: '1992-03' });
    const b = witness('b', { outlet: 'Newsweek', author: 'Pascal Privat', date: '1992-03-16' });
    expect(compareAttribution(a, b)).toEqual([]);
    expect(compareAttribution(witness('a', {}), witness('b', { outlet: 'Time' }))).toEqual([]);
  });
});

describe('translationDifference', () => {
  const RENDERING_A = 'The Armenian soldiers fired on the fleeing civilians near the town.';
  const RENDERING_B = 'Armenian troops opened fire at refugees running from the settlement.';

  it('is one major translation difference over both whole passages', () => {
    const a = witness('a', { outlet: 'Izvestia', date: '1992-03-04' }, RENDERING_A);
    const b = witness('b', { outlet: 'Izvestia', date: '1992-03-04' }, RENDERING_B);
    const d = translationDifference(a, b);
    expect(d.kind).toBe('translation');
    expect(d.severity).toBe('major');
    expect(d.a).toEqual({ start: 12, end: 12 + RENDERING_A.length, text: RENDERING_A });
    expect(d.b).toEqual({ start: 12, end: 12 + RENDERING_B.length, text: RENDERING_B });
    expect(d.explanation).toMatch(/^two renderings of one original: Izvestia, 1992-03-04 \(\d+% of words shared\)$/);
  });

  it('scores the wording overlap of a translation below that of a copy', () => {
    const a = witness('a', {}, RENDERING_A);
    const copy = witness('b', {}, RENDERING_A);
    const other = witness('c', {}, RENDERING_B);
    expect(wordingOverlap(a, copy)).toBe(1);
    expect(wordingOverlap(a, other)).toBeLessThan(wordingOverlap(a, copy));
    expect(wordingOverlap(a, other)).toBeGreaterThan(0);
  });
});
