import { describe, expect, it } from 'vitest';
import { citationAfter } from '../../../../shared/engine/detect/citations';
import { detectQuotes, tokenize } from '../../../../shared/engine';
import { doc } from '../align/helpers';

describe('citationAfter', () => {
  it.each([
    ['“…” (Mary Beard, *SPQR* (London, 2015), p. 42).', { author: 'Mary Beard', date: '2015', place: 'London', page: '42' }],
    ['“…” (Mary Beard. SPQR: A History of Ancient Rome. Profile Books, 2016).', { author: 'Mary Beard', date: '2016', publisher: 'Profile Books' }],
    ['“…” (John van der Berg, *Rivers* (Oxford and Cambridge, 1999), pp. 10-12)', { author: 'John van der Berg', date: '1999', place: 'Oxford and Cambridge', page: '10-12' }],
  ])('reads %s', (text, expected) => {
    const c = citationAfter(text, text.indexOf('”') + 1);
    expect(c?.attribution).toEqual(expected);
    expect(text.slice(c?.start, c?.end).startsWith('(')).toBe(true);
    expect(text.slice(c?.start, c?.end).endsWith(')')).toBe(true);
  });

  it.each([
    ['a bracket with no author and year', '“…” (see below).'],
    ['a bracket far from the quote', '“…” and then, much later in the sentence (Mary Beard, 2015).'],
    ['an unclosed bracket', '“…” (Mary Beard, SPQR, 2015'],
  ])('finds nothing in %s', (_name, text) => {
    expect(citationAfter(text, text.indexOf('”') + 1)).toBeNull();
  });

  it('credits a quote to the book it cites, and records where the citation stands', () => {
    const text = 'As one historian put it, “the city was never again as large as it had been under the emperors” (Mary Beard, *SPQR* (London, 2015), p. 42). Nobody disputes that.';
    const [c] = detectQuotes(doc('d', text), tokenize(text));
    expect(c?.attribution).toMatchObject({ author: 'Mary Beard', date: '2015', place: 'London' });
    expect(text.slice(c?.attributionSpan?.start, c?.attributionSpan?.end)).toBe('(Mary Beard, *SPQR* (London, 2015), p. 42)');
  });
});
