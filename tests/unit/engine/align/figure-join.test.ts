// Renderings joined by their figures (align/figure-join.ts), end to end, on ordinary English.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import { doc } from './helpers';

const FIRST = 'Amnesty International said that 240 bodies had been carried down to the valley in five days. Of 187 bodies examined, 134 were men and 53 were women; 161 people had died of gunshot wounds, 22 of shell splinters and 11 of blows.';
const SECOND = 'Around 240 of the dead reached the valley within five days. Doctors there examined 187 corpses, of which 134 were male and 53 female, and found that 161 had been shot, 22 hit by shrapnel and 11 beaten to death.';

describe('joinByFigures', () => {
  it('joins two renderings that name one source and state the same figures in order, as a translation', () => {
    const a = `The committee met on Monday to discuss the budget.\n\n${FIRST}\n\nThe library will open late on Friday.`;
    const b = `# AMNESTY INTERNATIONAL\n\n**Amnesty International, 12 June 1992**\n\n${SECOND}\n\n---\n\nTicket prices have gone up again.`;
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const translation = r.discrepancies.filter((x) => x.kind === 'translation');
    expect(translation).toHaveLength(1);
    expect(translation[0]?.a.text).toContain('240 bodies');
    expect(translation[0]?.b.text).toContain('Around 240 of the dead');
  });

  it('does not join statements that share figures but name no common source', () => {
    const unnamed = FIRST.replace('Amnesty International said that', 'Officials said that');
    const a = `The committee met on Monday to discuss the budget.\n\n${unnamed}\n\nThe library will open late on Friday.`;
    const b = `A local newsletter wrote this week.\n\n${SECOND}\n\nTicket prices have gone up again.`;
    expect(check({ documents: [doc('a', a), doc('b', b)] }).discrepancies.filter((x) => x.kind === 'translation')).toEqual([]);
  });

  it('keeps the join when the user marks one sentence of the credited passage as a quote of another outlet', () => {
    // The user's quote refines the attribution of its sentence; the text still credits the whole passage
    // to Amnesty International, which the other document names. A claim citing that quote is flagged.
    // Document a names the source in its own words without crediting the passage to it.
    const named = FIRST.replace('Amnesty International said that', 'The human rights group Amnesty International found that');
    const a = `The committee met on Monday to discuss the budget.\n\n${named}\n\nThe library will open late on Friday.`;
    const b = `# AMNESTY INTERNATIONAL\n\n**Amnesty International, 12 June 1992**\n\n${SECOND}\n\n---\n\nTicket prices have gone up again.`;
    const sentence = 'Around 240 of the dead reached the valley within five days.';
    const start = b.indexOf(sentence);
    const claimAt = a.indexOf('The library');
    const r = check({
      documents: [doc('a', a), doc('b', b)],
      quotes: [{ id: 'q1', document: 'b', start, end: start + sentence.length, attribution: { outlet: 'The Valley Gazette', date: '1992-06-12' }, translated: false }],
      claims: [{ id: 'c1', document: 'a', start: claimAt, end: claimAt + 11, cites: ['q1'] }],
    });
    expect(r.discrepancies.filter((x) => x.kind === 'translation')).toHaveLength(1);
    expect(r.claims.map((c) => [c.id, c.flagged])).toEqual([['c1', true]]);
  });
});
