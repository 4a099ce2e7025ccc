// A family name that differs by a final s is a changed name, not a plural (analyse/pair.ts), end to end.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import { doc } from '../align/helpers';

const speech = (who: string) =>
  `The Courier reported on 3 May: “The board will publish a recovery plan next month, said chief executive ${who}, and the first wards will reopen in June.”\n`;
const between = (x: string, y: string) => check({ documents: [doc('a', speech(x)), doc('b', speech(y))] }).discrepancies.map((d) => [d.kind, d.severity, d.explanation]);

describe('personal names and plurals', () => {
  it('reads Mark Owens / Mark Owen as a changed name', () => {
    expect(between('Mark Owens', 'Mark Owen')).toEqual([['name', 'major', 'different name: Owens / Owen']]);
  });

  it('reads the plural of an institution\'s name (a longer run of capitals) as grammar', () => {
    const text = (w: string) => `The Courier reported on 3 May: “Delegates from the Council of Europe and the European Ombudsman ${w} met the minister on Monday to discuss the new complaints procedure.”\n`;
    const found = check({ documents: [doc('a', text('Institute')), doc('b', text('Institutes'))] }).discrepancies;
    expect(found.map((d) => [d.kind, d.severity])).toEqual([['function', 'minor']]);
  });

  it('still reads a demonym or a common noun in the plural as singular or plural (minor)', () => {
    const text = (w: string) => `The Courier reported on 3 May: “The ${w} of the valley were told to leave their homes before the river rose, and most of them did so within the hour,” the mayor said.\n`;
    const found = check({ documents: [doc('a', text('Armenians')), doc('b', text('Armenian'))] }).discrepancies;
    expect(found.map((d) => [d.kind, d.severity])).toEqual([['function', 'minor']]);
  });
});
