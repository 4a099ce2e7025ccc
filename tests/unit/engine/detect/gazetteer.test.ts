import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../../shared/engine/detect';

const g = new Gazetteer();
const outlets = (s: string, gaz = g): string[] => gaz.matchString(s).map((m) => m.outlet);

describe('Gazetteer', () => {
  it.each([
    ['The Sunday Times reported', ['The Sunday Times']],
    ['The Washington Times wrote that', ['The Washington Times']],
    ['in The Times of 2 March', ['The Times']],
    ['THE SUNDAY TIMES', ['The Sunday Times']],
    ['the Washington Post and the New York Times', ['The Washington Post', 'The New York Times']],
  ])('matches the longest name first in %j', (text, expected) => {
    expect(outlets(text)).toEqual(expected);
  });

  it('repairs words split by stray spaces and line wraps', () => {
    expect(outlets('the correspondent of I zvestia newspaper')).toEqual(['Izvestia']);
    expect(outlets('N ewsweek reported')).toEqual(['Newsweek']);
    expect(outlets('Mosk ovs-\nkiye Novosti reported')).toEqual(['Moscow News']);
  });

  it('maps translations and transliterations to one canonical name', () => {
    expect(outlets('Коммерсантъ, 27 February 2002')).toEqual(['Kommersant']);
    expect(outlets('# СВОБОДА')).toEqual(['Svoboda']);
    expect(outlets('a Reuter correspondent')).toEqual(['Reuters']);
  });

  it('does not read an ordinary word as an outlet that shares its spelling', () => {
    expect(outlets('As Newsweek reported at the time, many were killed')).toEqual(['Newsweek']);
    expect(outlets('laying flowers at the memorial')).toEqual([]);
    expect(outlets('the largest massacre of modern times')).toEqual([]);
    expect(outlets('The Time magazine called')).toEqual(['Time']);
    expect(outlets('a map of the area')).toEqual([]);
  });

  it('keeps names on token boundaries, allowing a possessive', () => {
    expect(outlets('Timeless words')).toEqual([]);
    const m = g.matchString("Newsweek's cover");
    expect(m).toEqual([{ outlet: 'Newsweek', start: 0, end: 8 }]);
  });

  it('reports spans of the name as written', () => {
    const s = 'said The Boston Globe.';
    const [m] = g.matchString(s);
    expect(m && s.slice(m.start, m.end)).toBe('The Boston Globe');
  });

  it('adds the project outlets, and a project name longer than a built-in one wins', () => {
    const project = new Gazetteer(['The Times of India', 'Baku Rabochy']);
    expect(outlets('The Times of India wrote', project)).toEqual(['The Times of India']);
    expect(outlets('Baku Rabochy wrote', project)).toEqual(['Baku Rabochy']);
    expect(outlets('Baku Rabochy wrote')).toEqual([]);
  });

  it('looks up a string that is exactly one outlet', () => {
    expect(g.lookup('The Washington Post')).toBe('The Washington Post');
    expect(g.lookup('**Newsweek**')).toBe('Newsweek');
    expect(g.lookup('Special report by Newsweek')).toBeNull();
  });
});
