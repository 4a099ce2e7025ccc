// A figure's qualifier at the start of an excerpt (analyse/figure-qualifiers.ts), end to end through `check`.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import { doc } from '../align/helpers';

const rest = 'people attended the meeting, where residents voted to oppose the new quarry after a long and angry debate in the town hall.';
const quoted = (lead: string) => `The Riverside Gazette reported on 3 April 2024: “${lead}${rest}”\n`;
const qualifiers = (x: string, y: string) =>
  check({ documents: [doc('a', quoted(x)), doc('b', quoted(y))] }).discrepancies.filter((d) => d.explanation.startsWith('figure qualified')).map((d) => [d.kind, d.severity, d.explanation, d.a.text, d.b.text]);

describe('a figure qualified differently at the start of an excerpt', () => {
  it('reports a qualifier one quotation has before the figure that starts the other', () => {
    expect(qualifiers('More than 300 ', '300 ')).toEqual([['number', 'major', 'figure qualified differently: More than / (none)', 'More than', '']]);
    // Two qualifiers that differ are two words in each other's place, inside the passage: a major difference too.
    const both = check({ documents: [doc('a', quoted('Nearly 300 ')), doc('b', quoted('More than 300 '))] }).discrepancies;
    expect(both.some((d) => d.severity === 'major' && d.a.text.includes('Nearly') && d.b.text.includes('More')), both.map((d) => d.explanation).join('\n')).toBe(true);
  });

  it('says nothing when both qualify the figure alike, or when the words before it are the reporter\'s own', () => {
    expect(qualifiers('More than 300 ', 'more than 300 ')).toEqual([]);
    const outside = (lead: string) => `The Riverside Gazette said ${lead}“300 ${rest}”\n`;
    const r = check({ documents: [doc('a', outside('that more than ')), doc('b', outside(''))] });
    expect(r.discrepancies.some((d) => d.explanation.startsWith('figure qualified'))).toBe(false);
  });
});
