import { describe, expect, it } from 'vitest';
import { findBlocks, Gazetteer } from '../../../../shared/engine/detect';
import { tokenize } from '../../../../shared/engine/tokenize';

const blocks = (text: string, extra: string[] = []) => findBlocks(text, tokenize(text), new Gazetteer(extra));

const BOOKLET = [
  '# PRESS COVERAGE', '',
  '# THE MORNING TIMES', '',
  '**The Sunday Times, 1 March 1992,  ', '"Soldiers attack fleeing families"**', '',
  '*By Anne Writer, Aghdam, Azerbaijan*', '',
  'Survivors reported that soldiers shot more than 450 people.', '',
  'Hundreds were missing.', '',
  '### A SUBHEAD INSIDE THE ARTICLE', '',
  'The last paragraph of the first article.', '',
  '# THE TIMES', '',
  '**Time, 16 March 1992, "Massacre in the valley"**', '',
  '*By Jill Writer with Yuri Helper, Moscow*', '',
  'While the details are argued, something grim happened.', '',
  '---', '',
  '# Damaged so hundreds of f', '',
  '...ralling violence grip-', '...outer republics', '',
].join('\n');

describe('findBlocks', () => {
  const found = blocks(BOOKLET);

  it('finds one block per dateline, with outlet, date, headline and author', () => {
    expect(found.map((b) => b.attribution)).toEqual([
      { outlet: 'The Sunday Times', date: '1992-03-01', author: 'Anne Writer', headline: 'Soldiers attack fleeing families' },
      { outlet: 'Time', date: '1992-03-16', author: 'Jill Writer', headline: 'Massacre in the valley' },
    ]);
  });

  it('spans the article body: from its first paragraph over its subheads to the next heading or rule', () => {
    const first = found[0];
    expect(first && BOOKLET.slice(first.start, first.end)).toMatch(/^Survivors reported[\s\S]*A SUBHEAD INSIDE[\s\S]*first article\.$/u);
    const second = found[1];
    expect(second && BOOKLET.slice(second.start, second.end)).toBe('While the details are argued, something grim happened.');
  });

  it('lets the dateline win over the heading above it', () => {
    expect(found[1]?.attribution.outlet).toBe('Time');
  });

  it('opens nothing under a heading with neither dateline nor byline', () => {
    expect(found).toHaveLength(2);
  });

  it('reads a plain dateline under a heading, and a dateline with a time', () => {
    const text = '# Le Monde\n\nLe Monde, 14 March 1992\n\nA foreign journalist saw the dead.\n\n**BBC1 Morning News Tuesday, 3 March 1992, 07:37**\n\nA reporter was live on line.\n';
    expect(blocks(text).map((b) => [b.attribution.outlet, b.attribution.date, text.slice(b.start, b.end)])).toEqual([
      ['Le Monde', '1992-03-14', 'A foreign journalist saw the dead.'],
      ['BBC', '1992-03-03', 'A reporter was live on line.'],
    ]);
  });

  it('opens a block from a heading and a byline with a Special to line', () => {
    const text = '## Survivors Describe Attack\n\n### A deck line\n\nBy Anne Writer  \nSpecial to The Washington Post\n\nBAKU, March 3—Reports from refugees.\n\n# Next\n';
    const [b] = blocks(text);
    expect(b?.opener).toBe('byline');
    expect(b?.attribution).toEqual({ author: 'Anne Writer', outlet: 'The Washington Post', headline: 'Survivors Describe Attack' });
    expect(b && text.slice(b.start, b.end)).toBe('BAKU, March 3—Reports from refugees.');
  });

  it('believes an unknown outlet whose name reads as a masthead, not a place', () => {
    const gazette = blocks('The Northfield Gazette, 3 March 2024\n\nThe council will spend 12 million pounds on the bridge.\n');
    expect(gazette.map((b) => [b.attribution.outlet, b.attribution.date, b.knownOutlet])).toEqual([['The Northfield Gazette', '2024-03-03', false]]);
    expect(blocks('Radio Northfield, 3 March 2024\n\nThe council met.\n')[0]?.attribution.outlet).toBe('Radio Northfield');
    expect(blocks('Sun Valley, 3 March 2024\n\nThe council met.\n')).toEqual([]);
  });

  it('reads a headline on a line of its own between the dateline and the byline', () => {
    const plain = blocks('The Coastal Times, 12 August 2022\nHarbour dredging to start in autumn\nBy Jonathan Reyes\n\nDredging of the old harbour will start in October.\n', ['The Coastal Times']);
    expect(plain.map((b) => [b.attribution.headline, b.attribution.author])).toEqual([['Harbour dredging to start in autumn', 'Jonathan Reyes']]);
    const md = blocks('## THE COASTAL TIMES, 12 August 2022\n\n**Harbour dredging to start in autumn**\n\n*By Jonathan Reyes*\n\nDredging of the old harbour will start in October.\n');
    expect(md.map((b) => [b.attribution.outlet, b.attribution.headline, b.attribution.author])).toEqual([['THE COASTAL TIMES', 'Harbour dredging to start in autumn', 'Jonathan Reyes']]);
    // Without a byline below, the line is the article's first paragraph, not a headline.
    expect(blocks('The Coastal Times, 12 August 2022\n\nDredging will start in October\n\nThe work takes eighteen months.\n', ['The Coastal Times'])[0]?.attribution.headline).toBeUndefined();
  });

  it('believes any other unknown outlet only when a heading names it or a byline follows', () => {
    const named = blocks('# The Daily Ledger\n\n**The Daily Ledger, 2 March 1992**\n\nText of the article.\n');
    expect(named.map((b) => [b.attribution.outlet, b.knownOutlet])).toEqual([['The Daily Ledger', false]]);
    expect(blocks('# News\n\n**Baku, 26 February 2012**\n\nA press release.\n')).toEqual([]);
    expect(blocks('Baku city, February 25, 1997\n\nA decree.\n')).toEqual([]);
  });

  it('knows project outlets', () => {
    expect(blocks('**Baku Rabochy, 2 March 1992**\n\nText.\n', ['Baku Rabochy'])[0]?.attribution.outlet).toBe('Baku Rabochy');
  });

  it('ends an article in plain text at a run of blank lines or an all-capitals title', () => {
    const text = 'Izvestia, 4 March 1992\n\nFirst line of the report.\nSecond line.\n\n\n\nUnrelated paragraph.\n';
    const [b] = blocks(text);
    expect(b && text.slice(b.start, b.end)).toBe('First line of the report.\nSecond line.');
    const titled = 'Izvestia, 4 March 1992\nFirst line of the report.\nA STATEMENT OF THE MINISTRY\nUnrelated.\n';
    const [t] = blocks(titled);
    expect(t && titled.slice(t.start, t.end)).toBe('First line of the report.');
  });

  it('does not take a prose sentence with a date for a dateline', () => {
    expect(blocks('WHEREAS, February 26, 2013, marks the 21st anniversary of the massacre; and\n\nMore.\n')).toEqual([]);
    expect(blocks('Tuesday, September 6, 2011\n\nMinutes.\n')).toEqual([]);
  });
});
