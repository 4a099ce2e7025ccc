import { describe, expect, it } from 'vitest';
import { findDates, parseDate, toIsoDate } from '../../../../shared/engine/detect';

describe('parseDate', () => {
  it.each([
    ['1 March 1992', '1992-03-01'],
    ['01 March 1992', '1992-03-01'],
    ['1st March, 1992', '1992-03-01'],
    ['16 March 1992', '1992-03-16'],
    ['March 1, 1992', '1992-03-01'],
    ['March 16, 1992', '1992-03-16'],
    ['March 16 1992', '1992-03-16'],
    ['March, 23 1992', '1992-03-23'],
    ['Mar. 3, 1992', '1992-03-03'],
    ['Sept. 9, 1993', '1993-09-09'],
    ['(March 16, 1992)', '1992-03-16'],
    ['Tuesday, 3 March 1992', '1992-03-03'],
    ['16.03.1992', '1992-03-16'],
    ['26.02.2008.', '2008-02-26'],
    ['16/03/1992', '1992-03-16'],
    ['03/16/1992', '1992-03-16'],
    ['1992-03-16', '1992-03-16'],
    ['1992-03', '1992-03'],
    ['March 1992', '1992-03'],
    ['February, 1992', '1992-02'],
    ['1992', '1992'],
    ['14 mars 1992', '1992-03-14'],
    ['3. März 1992', '1992-03-03'],
    ['27 февраля 2002', '2002-02-27'],
    ['26 fevral 1992', '1992-02-26'],
    ['29 February 1992', '1992-02-29'],
  ])('reads %j as %j', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each([
    ['Feb. 25-26', 'a range without a year'],
    ['25-26 February 1992', 'a range with a year'],
    ['February 25-26, 1992', 'a month-first range'],
    ['March 3', 'no year'],
    ['30 February 1992', 'no such day'],
    ['29 February 1993', 'not a leap year'],
    ['1992-13', 'no such month'],
    ['March 1275', 'a figure, not a year of the press era'],
    ['the 1 March 1992 issue', 'more than a date'],
    ['', 'nothing'],
    ['yesterday', 'no date'],
  ])('refuses %j (%s)', (input) => {
    expect(parseDate(input)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds dates in running text with their spans and flags ranges', () => {
    const text = 'overrun on Feb. 25-26. Newsweek, 16 March 1992, and Time (March 16, 1992).';
    const found = findDates(text);
    expect(found.map((d) => [text.slice(d.start, d.end), d.iso, d.range])).toEqual([
      ['Feb. 25-26', null, true],
      ['16 March 1992', '1992-03-16', false],
      ['March 16, 1992', '1992-03-16', false],
    ]);
  });

  it('keeps a date whole rather than also reporting its parts', () => {
    expect(findDates('On March 1, 1992 it began.')).toHaveLength(1);
  });

  it('ignores month names inside words and day numbers glued to letters', () => {
    expect(findDates('Omar 3 and BBC1 March')).toEqual([]);
  });

  it('searches only the given window', () => {
    const text = '1 March 1992 and 2 March 1992';
    const found = findDates(text, 5);
    expect(found.map((d) => d.iso)).toEqual(['1992-03-02']);
  });
});

describe('toIsoDate', () => {
  it('pads and validates', () => {
    expect(toIsoDate(1992, 3, 1)).toBe('1992-03-01');
    expect(toIsoDate(1992, 3)).toBe('1992-03');
    expect(toIsoDate(1992, 2, 30)).toBeNull();
    expect(toIsoDate(1992, 0)).toBeNull();
  });
});
