import { describe, expect, it } from 'vitest';
import type { QuoteCandidate } from '../../../../shared/engine/types';
import { detectQuotes, MIN_QUOTE_WORDS } from '../../../../shared/engine/detect';
import { tokenize } from '../../../../shared/engine/tokenize';

const doc = (text: string) => ({ id: 'd1', path: 'd1.txt', title: 'd1', text, sha256: '0'.repeat(64) });
const detect = (text: string, gazetteer?: string[]): QuoteCandidate[] =>
  detectQuotes(doc(text), tokenize(text), gazetteer === undefined ? {} : { gazetteer });
const only = (text: string, cue: QuoteCandidate['cue']): QuoteCandidate[] => detect(text).filter((c) => c.cue === cue);

describe('detectQuotes', () => {
  it('keeps the contract: text is the slice, document id set, confidence in 0..1, ordered by start', () => {
    const text = '# The Times\n\n**The Times, 2 March 1992**\n\nWe saw "the scattered corpses lying in the hills" from the air.\n\n'
      + 'Newsweek magazine reported: “Many were killed at close range while trying to flee” (March 16, 1992).';
    const found = detect(text);
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const c of found) {
      expect(c.text).toBe(text.slice(c.start, c.end));
      expect(c.document).toBe('d1');
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    expect(found.map((c) => c.start)).toEqual([...found.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('credits a quote to a masthead the gazetteer does not know, named with its article before the quote', () => {
    const quote = '“Flood defences along the river failed at three points on Friday night, and 212 homes were flooded.”';
    expect(only(`The Evening Chronicle reported on 2 June 2024: ${quote}`, 'quotation-marks')[0]?.attribution).toEqual({ outlet: 'Evening Chronicle', date: '2024-06-02' });
    expect(only(`As the *Northfield Gazette* wrote at the time, ${quote}`, 'quotation-marks')[0]?.attribution.outlet).toBe('Northfield Gazette');
    expect(only(`According to the Northern Echo, ${quote}`, 'quotation-marks')[0]?.attribution.outlet).toBe('Northern Echo');
    // A dateline set in capitals names its masthead too.
    expect(only(`THE NORTHERN ECHO, 14 March 2023, page 7\n\nHospital waiting lists grow again\n\nThe number of patients waiting more than a year for treatment rose to 1,482 in February, the health board said on Monday, blaming staff shortages and a winter surge in infections.\n`, 'block')[0]?.attribution.outlet).toBe('THE NORTHERN ECHO');
    // A person whose family name is a masthead word is still a person.
    expect(only(`Emily Post said: ${quote}`, 'quotation-marks')[0]?.attribution).toEqual({ author: 'Emily Post' });
  });

  it('credits a quote to the outlet before it and the bracketed date after it', () => {
    const [c] = only('Newsweek magazine reported: “Many were killed at close range while trying to \n\nflee” (March 16, 1992).', 'quotation-marks');
    expect(c?.attribution).toEqual({ outlet: 'Newsweek', date: '1992-03-16' });
    expect(c?.text).toBe('Many were killed at close range while trying to \n\nflee');
  });

  it('reads `wrote that … “…”` and `published in … Magazine: “…”`', () => {
    const a = only('The Washington Times wrote that video footage “backed accounts of the slaughter of women and children” (March 3, 1992).', 'quotation-marks');
    expect(a[0]?.attribution).toEqual({ outlet: 'The Washington Times', date: '1992-03-03' });
    const b = only('Whitfield cited an article published in U.S.-based Newsweek Magazine: \n\n“Azerbaijan was a charnel house again last week.”  \n\nHe pointed out on November 29, 1993, that The Times said nothing.', 'quotation-marks');
    expect(b[0]?.attribution).toEqual({ outlet: 'Newsweek' });
  });

  it('puts a quote introduced as a headline into attribution.headline as well', () => {
    const [c] = only('The Sunday Times reported the atrocity with the headline, “Armenian Soldiers Massacre  \n\nHundreds of Fleeing Families” (March 1, 1992).', 'quotation-marks');
    expect(c?.attribution).toEqual({ outlet: 'The Sunday Times', date: '1992-03-01', headline: 'Armenian Soldiers Massacre Hundreds of Fleeing Families' });
  });

  it(`skips short scare quotes unless an outlet is credited with them (minimum ${MIN_QUOTE_WORDS} words)`, () => {
    expect(only('the mass media displayed “tactful restraint”, as usual', 'quotation-marks')).toEqual([]);
    const [credited] = only('The Time magazine called the actions “grim and unconscionable,” reporting that many died (March 16, 1992).', 'quotation-marks');
    expect(credited?.text).toBe('grim and unconscionable');
    expect(credited?.attribution).toEqual({ outlet: 'Time', date: '1992-03-16' });
    const long = only('Time reported: “the town was burned and its people were killed” (March 16, 1992).', 'quotation-marks')[0];
    expect(long && credited && long.confidence > credited.confidence).toBe(true);
  });

  it('never makes a speaker the outlet', () => {
    const [c] = only('“They were shooting, shooting, shooting at everyone,” said Raisa Aslanova.', 'quotation-marks');
    expect(c?.attribution.outlet).toBeUndefined();
  });

  it('inside an article block, the block is the source: a speaker or a mentioned agency does not override it', () => {
    const text = '# THE SUNDAY TIMES\n\n**The Sunday Times, 1 March 1992**\n\n*By Anne Writer*\n\n'
      + '"That\'s when the real slaughter began," said Azer Hajiev, according to Reuters.\n';
    const q = only(text, 'quotation-marks');
    expect(q.map((c) => [c.text, c.attribution.outlet, c.attribution.date])).toEqual([
      ["That's when the real slaughter began", 'The Sunday Times', '1992-03-01'],
    ]);
    expect(only(text, 'phrase')).toEqual([]);
  });

  it('attributes the inner quote of a nested pair to the outlet named inside the outer one', () => {
    const text = '“As Newsweek reported at the time, "many were killed at close range while trying to flee" 613 people died.” – the letter reminds.';
    const q = only(text, 'quotation-marks');
    expect(q.map((c) => [c.text.slice(0, 20), c.attribution.outlet])).toEqual([
      ['As Newsweek reported', undefined],
      ['many were killed at ', 'Newsweek'],
    ]);
  });

  it('does not let an earlier sentence credit a quote', () => {
    const text = 'Newsweek covered the story. Later a spokesman said “we will not comment on any of these reports today”.';
    expect(only(text, 'quotation-marks')[0]?.attribution.outlet).toBeUndefined();
  });

  it('finds reported speech without quotation marks after an outlet and a reporting verb', () => {
    const [p] = only('The New York Times also described beheadings and acts of scalping (March 3, 1992).  \n\nNext.', 'phrase');
    expect(p?.text).toBe('beheadings and acts of scalping');
    expect(p?.attribution).toEqual({ outlet: 'The New York Times', date: '1992-03-03' });
    const [colon] = only('Reuters reported: Azeri officials recovered three dead children near the town.', 'phrase');
    expect(colon?.text).toBe('Azeri officials recovered three dead children near the town');
    expect(colon && p && colon.confidence > p.confidence).toBe(true);
  });

  it('uses project gazetteer entries', () => {
    const text = 'The Baku Worker wrote: “the town was surrounded on three sides by night” (2 March 1992).';
    expect(detect(text).find((c) => c.cue === 'quotation-marks')?.attribution.outlet).toBeUndefined();
    expect(detect(text, ['The Baku Worker']).find((c) => c.cue === 'quotation-marks')?.attribution.outlet).toBe('The Baku Worker');
  });

  it('gives block candidates the article body only, with their attribution', () => {
    const text = '# Newsweek\n\nNewsweek, 16 March 1992, "The face of a massacre"\n\n*By Pascal Writer with Steve Helper, Moscow*\n\nAzerbaijan was a charnel house again last week.\n';
    const [b] = only(text, 'block');
    expect(b?.text).toBe('Azerbaijan was a charnel house again last week.');
    expect(b?.attribution).toEqual({ outlet: 'Newsweek', date: '1992-03-16', author: 'Pascal Writer', headline: 'The face of a massacre' });
    expect(b?.confidence).toBeGreaterThan(0.8);
  });

  it('returns nothing for text without quotes', () => {
    expect(detect('')).toEqual([]);
    expect(detect('Plain prose with no quotation at all, and a date: 1 March 1992.')).toEqual([]);
  });

  it('gets through large pathological inputs (bounded work per mark and per line)', () => {
    const inputs = ['“'.repeat(200_000), '"a '.repeat(100_000), `${'**The Times, 1 March 1992, '.repeat(2000)}\n`, `${'. '.repeat(200_000)}A`, ' '.repeat(500_000)];
    for (const text of inputs) expect(Array.isArray(detect(text))).toBe(true);
  });
});
