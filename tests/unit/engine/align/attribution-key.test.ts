import { describe, expect, it } from 'vitest';
import { attributionKey } from '../../../../shared/engine/align';
import { monthOf } from '../../../../shared/engine/analyse/numbers';
import { parseDate } from '../../../../shared/engine/detect';

describe('attributionKey', () => {
  it('joins the outlet spellings the attribution comparison calls one outlet', () => {
    const key = attributionKey({ outlet: 'Newsweek', date: '1992-03-16' });
    expect(attributionKey({ outlet: 'Newsweek Magazine', date: '1992-03-16' })).toBe(key);
    expect(attributionKey({ outlet: 'NEWSWEEK', date: '1992-03-16' })).toBe(key);
  });

  it('keeps The Times, Time and The Sunday Times apart, and needs both outlet and date', () => {
    const keys = ['The Times', 'Time', 'The Sunday Times'].map((outlet) => attributionKey({ outlet, date: '1992-03-02' }));
    expect(new Set(keys).size).toBe(3);
    expect(attributionKey({ outlet: 'Time' })).toBeNull();
  });
});

describe('one month table for detection and analysis', () => {
  it.each([['March', 3], ['mar.', 3], ['Sept', 9], ['марта', 3], ['février', 2]])('%s is month %i in analysis as in date parsing', (word, month) => {
    expect(monthOf(word)).toBe(month);
  });

  it('reads a date in a translated source as detection does', () => {
    expect(parseDate('16 марта 1992')).toBe('1992-03-16');
    expect(monthOf('Khojaly')).toBeNull();
  });
});
