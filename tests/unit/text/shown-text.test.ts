import { describe, expect, it } from 'vitest';
import { hiddenMask, shownRange, shownText } from '../../../shared/text';

describe('shownText', () => {
  it('shows a fragment without its Markdown syntax', () => {
    const text = '> **The Times**, 2 March:\n> “More than *450* died.”';
    expect(shownText(text, hiddenMask(text), 0, text.length)).toBe('The Times, 2 March:\n“More than 450 died.”');
  });

  it('puts one space where a hidden paragraph break separates words', () => {
    const text = 'First *part*\n\nsecond part.';
    expect(shownText(text, hiddenMask(text), 0, text.length)).toBe('First part second part.');
  });
});

describe('shownRange', () => {
  const text = 'He said **more than**\n\n450 died.';
  const hidden = hiddenMask(text);
  const range = shownRange(text, hidden, 0, text.length);

  it('gives the same text as shownText', () => {
    expect(range.text).toBe(shownText(text, hidden, 0, text.length));
  });

  it('maps source spans to their shown form, the gap space outside a span that ends before it', () => {
    const slice = (a: number, b: number) => range.text.slice(range.at(a), range.at(b));
    const more = text.indexOf('more');
    const than = text.indexOf('than') + 4;
    const n = text.indexOf('450');
    expect(slice(more, than)).toBe('more than');
    expect(slice(than, n)).toBe(' ');
    expect(slice(n, n + 3)).toBe('450');
    // A span starting on hidden `**` shows from the first shown character after it.
    expect(slice(text.indexOf('**'), than)).toBe('more than');
    // Consecutive cuts cover the whole shown text, each character once.
    const cuts = [0, 3, more - 1, more + 2, than, n + 1, text.length];
    expect(cuts.slice(1).map((b, i) => slice(cuts[i]!, b)).join('')).toBe(range.text);
  });

  it('refuses an offset outside its range', () => {
    const part = shownRange(text, hidden, 3, 10);
    expect(() => part.at(11)).toThrow(RangeError);
    expect(() => part.at(2)).toThrow(RangeError);
    expect(part.at(10)).toBe(part.text.length);
  });
});
