import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, errorBudget, matchQuote, scoreCandidate } from '../../../annotations';
import { targetFor, type Target, type TextQuoteSelector } from '../../../shared/model';

const ORIGINAL =
  'Early reports differ. The Ledger wrote that more than 450 people were killed near the town, ' +
  'while the Courier gave no figure at all and blamed the weather for the delay in reporting.';

function targetOf(text: string, phrase: string): Target {
  const start = text.indexOf(phrase);
  return targetFor('d1', text, start, start + phrase.length);
}

const slice = (text: string, span: { start: number; end: number } | null) => (span === null ? null : text.slice(span.start, span.end));

describe('anchor', () => {
  const phrase = 'more than 450 people were killed';
  const target = targetOf(ORIGINAL, phrase);

  it('keeps the stored position in unchanged text', () => {
    expect(anchor(ORIGINAL, target)).toEqual({ start: ORIGINAL.indexOf(phrase), end: ORIGINAL.indexOf(phrase) + phrase.length });
  });

  it('follows the quote when text is inserted before it', () => {
    const edited = `EDITOR'S NOTE: this compilation was revised.\n\n${ORIGINAL}`;
    const found = anchor(edited, target);
    expect(found?.start).toBe(edited.indexOf(phrase));
    expect(slice(edited, found)).toBe(phrase);
  });

  it('finds a slightly edited quote by fuzzy matching', () => {
    const edited = ORIGINAL.replace('more than 450 people were killed', 'more than 450 peopel were kiled');
    expect(slice(edited, anchor(edited, target))).toBe('more than 450 peopel were kiled');
  });

  it('orphans an annotation whose quote was deleted', () => {
    const edited = ORIGINAL.replace('The Ledger wrote that more than 450 people were killed near the town, ', '');
    expect(anchor(edited, target)).toBeNull();
  });

  it('never throws, even on a target whose selectors are nonsense', () => {
    const broken = { source: 'd1', selector: [{ type: 'TextPositionSelector', start: 9e9, end: -1 }, { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }] } as Target;
    expect(anchor(ORIGINAL, broken)).toBeNull();
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.nat(), fc.nat(), (text, exact, start, end) => {
        const found = anchor(text, { source: 'd', selector: [{ type: 'TextPositionSelector', start, end }, { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] });
        return found === null || (0 <= found.start && found.start <= found.end && found.end <= text.length);
      }),
    );
  });

  it('re-anchors every annotation of a document at once, orphans included', () => {
    const annotation = { id: 'a', kind: 'note' as const, document: 'd1', target, creator: 'x', created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', tags: [], body: { status: 'open' as const, text: '' } };
    expect(anchorAll('nothing like it', [annotation])).toEqual([{ annotation, anchor: null }]);
  });
});

describe('repeated quotes', () => {
  const text = 'He said "no comment" to the Ledger. Later, asked by the Courier, he said "no comment" again.';
  const first = text.indexOf('"no comment"');
  const second = text.indexOf('"no comment"', first + 1);

  it('picks the occurrence whose context matches, even when the stored position is off', () => {
    const target = targetFor('d1', text, second, second + 12);
    const shifted = `Intro. ${text}`;
    expect(anchor(shifted, target)?.start).toBe(second + 'Intro. '.length);
  });

  it('scores a candidate closer to the old position strictly higher when the context is equal', () => {
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'no comment', prefix: '', suffix: '' };
    const near = scoreCandidate(text, quote, { start: second + 1, end: second + 11, errors: 0 }, second);
    const far = scoreCandidate(text, quote, { start: first + 1, end: first + 11, errors: 0 }, second);
    expect(near).toBeGreaterThan(far);
    expect(matchQuote(text, quote, second)?.start).toBe(second + 1);
    expect(matchQuote(text, quote, first)?.start).toBe(first + 1);
  });

  it('scores matching context above a closer position', () => {
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: '"no comment"', prefix: 'He said ', suffix: ' to the Ledger.' };
    const rightContext = scoreCandidate(text, quote, { start: first, end: first + 12, errors: 0 }, second);
    const nearer = scoreCandidate(text, quote, { start: second, end: second + 12, errors: 0 }, second);
    expect(rightContext).toBeGreaterThan(nearer);
  });

  it('scores fewer quote errors strictly higher, all else equal', () => {
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: 'no comment', prefix: '', suffix: '' };
    const exact = scoreCandidate(text, quote, { start: first + 1, end: first + 11, errors: 0 });
    const oneTypo = scoreCandidate(text, quote, { start: first + 1, end: first + 11, errors: 1 });
    expect(exact).toBeGreaterThan(oneTypo);
    expect(exact).toBe(1);
  });
});

describe('errorBudget', () => {
  it.each([
    [3, 1],
    [4, 2],
    [20, 2],
    [50, 5],
    [10_000, 256],
  ])('allows a quote of %i characters %i errors', (length, budget) => {
    expect(errorBudget(length)).toBe(budget);
  });
});
