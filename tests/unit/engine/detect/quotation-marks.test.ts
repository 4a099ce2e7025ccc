import { describe, expect, it } from 'vitest';
import { findQuotedSpans, MAX_QUOTE_CHARS } from '../../../../shared/engine/detect';

const quoted = (text: string): string[] => findQuotedSpans(text).map((s) => text.slice(s.start, s.end));

describe('findQuotedSpans', () => {
  it.each([
    ['He said “we saw the bodies” and left.', 'double'],
    ['He said "we saw the bodies" and left.', 'straight'],
    ['Er sagte „wir sahen die Leichen“ und ging.', 'double'],
    ['Il a dit « nous avons vu les corps » et il est parti.', 'guillemet'],
    ['Il a dit «nous avons vu les corps» et il est parti.', 'guillemet'],
    ['Er sagte »wir sahen die Leichen« und ging.', 'guillemet'],
    ['He said ‘we saw the bodies’ and left.', 'single'],
  ])('pairs %j', (text, style) => {
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.style).toBe(style);
    expect(text.slice(spans[0]?.start, spans[0]?.end).trim()).toMatch(/^(we saw the bodies|wir sahen die Leichen|nous avons vu les corps)$/u);
  });

  it('gives the quoted words only, without marks, edge spaces, ellipses or a trailing comma', () => {
    const text = 'called it “grim and unconscionable,” reporting “… many were killed …” there';
    expect(quoted(text)).toEqual(['grim and unconscionable', 'many were killed']);
    const [first] = findQuotedSpans(text);
    expect(first && text[first.open]).toBe('“');
    expect(first && text[first.close]).toBe('”');
  });

  it('pairs quotes that wrap over lines with trailing spaces and blank lines between', () => {
    const text = 'Newsweek reported: “Many were killed at close range while trying to flee; some had their \n\nfaces mutilated, others were scalped” (March 16, 1992).';
    expect(quoted(text)).toEqual(['Many were killed at close range while trying to flee; some had their \n\nfaces mutilated, others were scalped']);
  });

  it('finds a straight quote nested in a curly one, and both spans', () => {
    const text = '“As Newsweek reported at the time, "many were killed at close range" 613 people died” – the letter says.';
    expect(quoted(text)).toEqual([
      'As Newsweek reported at the time, "many were killed at close range" 613 people died',
      'many were killed at close range',
    ]);
  });

  it.each([
    ['Laut Zeitung: „“Wir haben so etwas nie gesehen”, sagte Dalton, und der Sturm zerstörte alles.“', 'Wir haben so etwas nie gesehen'],
    ['The paper wrote: ‚‘we never saw it’, said Dalton, and the storm took the road.‘', 'we never saw it'],
  ])('opens a quote nested at the very start of a low-nine quote instead of closing it empty: %j', (text, inner) => {
    const found = quoted(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/(Sturm|storm).*\.$/u);
    expect(found[1]).toBe(inner);
  });

  it('opens an English-style quote nested inside a low-nine quote, and closes the outer one at its own mark', () => {
    const text = 'The paper wrote: „Doctors treated 801 patients. “We have never seen anything like this,” said Ms Lambert, who lives by the mill. Shops remain shut.“ Then';
    expect(quoted(text)).toEqual([
      'Doctors treated 801 patients. “We have never seen anything like this,” said Ms Lambert, who lives by the mill. Shops remain shut.',
      'We have never seen anything like this',
    ]);
  });

  it('nests curly quotes of the same style', () => {
    const text = 'He wrote: “The senior lieutenant went on a “combat mission”, but not alone.” Then';
    expect(quoted(text)).toEqual(['The senior lieutenant went on a “combat mission”, but not alone.', 'combat mission']);
  });

  it('joins the paragraphs of a long quotation that reopens each paragraph', () => {
    const text = '“First paragraph of the account ends here.\n\n“Second paragraph goes on.\n\n“Third one closes.”\n\nNarrator again.';
    expect(quoted(text)).toEqual([text.slice(1, text.indexOf('”'))]);
  });

  it('does not take apostrophes for single quotes', () => {
    expect(quoted('the country’s land, Azerbaijanis’ homes, didn’t, ‘90s')).toEqual([]);
    expect(quoted('she cried: ‘Look, there are women and children there.’ He')).toEqual(['Look, there are women and children there.']);
  });

  it('closes a quote even after a stray space before the closing mark', () => {
    expect(quoted('became “blind and deaf ”, while')).toEqual(['blind and deaf']);
  });

  it('keeps straight quotes in phase when one is unmatched', () => {
    const text = 'the 5" gun. Then he said "we ran" and "we hid" later';
    expect(quoted(text)).toEqual(['we ran', 'we hid']);
  });

  it('drops an opening mark that never closes', () => {
    const text = `He said “${'word '.repeat(MAX_QUOTE_CHARS / 5 + 10)} and then “short quote here” ended.`;
    expect(quoted(text)).toEqual(['short quote here']);
  });

  it('does not pair across a Markdown heading or rule', () => {
    expect(quoted('He said "one thing\n\n# HEADING\n\nand another" there')).toEqual([]);
    expect(quoted('He said "one thing\n\n---\n\nand another" there')).toEqual([]);
  });

  it('ignores a closing mark with nothing open', () => {
    expect(quoted('stray” mark and then “a real quote” here')).toEqual(['a real quote']);
  });
});
