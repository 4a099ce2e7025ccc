import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ocrShapeKey } from '../../../shared/engine/normalize';
import { tokenize } from '../../../shared/engine/tokenize';
import type { Token } from '../../../shared/engine/types';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

/** The contract every token array must keep: exact spans, in order, non-overlapping, non-empty keys. */
function expectWellFormed(text: string, tokens: readonly Token[]): void {
  let previousEnd = 0;
  for (const t of tokens) {
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(t.start).toBeGreaterThanOrEqual(previousEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.norm.length).toBeGreaterThan(0);
    expect(['word', 'number']).toContain(t.kind);
    previousEnd = t.end;
  }
}

describe('tokenize: words, numbers and punctuation', () => {
  it.each([
    ['He said: “Stop!” — then left…', ['he', 'said', 'stop', 'then', 'left']],
    ['«Izvestia» – 2 March', ['izvestia', '2', 'march']],
    ['**Newsweek** and *Time*', ['newsweek', 'and', 'time']],
    ['# The Times\n## Heading', ['the', 'times', 'heading']],
    ['_under_ [bracket] (paren)', ['under', 'bracket', 'paren']],
    ['don’t and don\'t', ["don't", 'and', "don't"]],
    ['non\u00A0breaking\u200Bword', ['non', 'breakingword']],
    ['line one\r\nline two', ['line', 'one', 'line', 'two']],
    ['Nagorno-Karabakh', ['nagorno', 'karabakh']],
    ['Nagorno Karabakh', ['nagorno', 'karabakh']],
    ['on Feb. 25-26.', ['on', 'feb', '25', '26']],
    ['1,275 persons; 1275 persons', ['1275', 'persons', '1275', 'persons']],
    ['4,000 and 4000 and 4 000', ['4000', 'and', '4000', 'and', '4000']],
    ['126 500 people and 1 275 more', ['126500', 'people', 'and', '1275', 'more']],
    ['in 1992 500 people', ['in', '1992', '500', 'people']],
    ['at 8:30 p.m. or 10:45', ['at', '8:30', 'p', 'm', 'or', '10:45']],
    ['the 366th regiment', ['the', '366th', 'regiment']],
    ['in 1992. In the 1990s', ['in', '1992', 'in', 'the', '1990s']],
    ['1.5 is not 15', ['1.5', 'is', 'not', '15']],
    ['1,2345', ['1', '2345']],
    ['4,000 366th', ['4000', '366th']],
    ['1news BBC1', ['1news', 'bbc1']],
  ])('%j → %j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('keeps a thousands separator from making a difference, and a different figure different', () => {
    const [a, b, c] = tokenize('1,000 1000 450 and 540').filter((t) => t.kind === 'number').map((t) => t.norm);
    expect(a).toBe(b);
    expect(tokenize('450').at(0)?.norm).not.toBe(tokenize('540').at(0)?.norm);
    expect(c).toBe('450');
  });

  it.each([
    ['1,275', 'number'],
    ['366th', 'number'],
    ['25', 'number'],
    ['Khojaly', 'word'],
    ['1news', 'word'],
  ] as const)('%s is a %s', (text, kind) => {
    expect(tokenize(text).at(0)?.kind).toBe(kind);
  });

  it('records the noise of each fold and none for plain lower-casing', () => {
    const byText = new Map(tokenize('Newsweek аnу ca1culated don’t Karabagh').map((t) => [t.text, t.noise]));
    expect(byText.get('Newsweek')).toEqual([]);
    expect(byText.get('аnу')).toEqual(['confusable']);
    expect(byText.get('ca1culated')).toEqual(['ocr-digit']);
    expect(byText.get('don’t')).toEqual(['typography']);
    expect(byText.get('Karabagh')).toEqual(['lexicon']);
  });

  it('folds an all-look-alike Cyrillic word inside English, and leaves Russian alone', () => {
    expect(norms('deliberately inflicting оп the group')).toEqual(['deliberately', 'inflicting', 'on', 'the', 'group']);
    expect(norms('Коммерсантъ а по')).toEqual(['коммерсантъ', 'а', 'по']);
  });

  it('repairs an m read for rn when the document attests the rn spelling', () => {
    const token = tokenize('international law, international crimes, intemational norms').at(4);
    expect(token).toMatchObject({ text: 'intemational', norm: 'international' });
    expect(token?.noise).toContain('ocr-digit');
    // without evidence the OCR form stays; analysis compares shape keys instead
    expect(norms('war-tom')).toEqual(['war', 'tom']);
    expect(ocrShapeKey('tom')).toBe(ocrShapeKey('torn'));
  });

  it('returns nothing for text without words', () => {
    expect(tokenize('').toArray()).toEqual([]);
    expect(tokenize(' … — “” ** # \n\t').toArray()).toEqual([]);
  });
});

/** Fragments that reach every path of the scanner and the repairs, including broken UTF-16. */
const tricky = fc.constantFrom(
  'a', 'I', 'A', 'f', 'ellow', 'Na', 'kh', 'war', 'torn', 'аnу', 'оп', 'Коммерсантъ', 'ca1culated', '1,000', '25',
  '366th', ' ', '  ', '-', '- ', ' -', '\n', '\r\n', '\r', '’', "'", '`', '\u00AD', '\u200B', '\u00A0', '\uD800',
  '\uDC00', '😀', '𝐀', 'e\u0301', '\u0301', '**', '…', '«', '—', ',', '.', '0', '5', 'ß', 'İ', 'ΟΔΟΣ', 'Aghdam',
);

describe('tokenize: properties', () => {
  it('tokenizes any string without throwing, with exact, ordered, non-overlapping spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(text, tokenize(text).toArray());
      }),
      { numRuns: 500 },
    );
  });

  it('keeps spans exact on text built from hyphens, stray spaces, confusables and lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, tokenize(text).toArray());
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a plain ASCII word its lower case as key and no noise', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{1,12}$/), (word) => {
        const tokens = tokenize(` ${word} `);
        expect(tokens).toHaveLength(1);
        // Built-in lexicon variants (`Khojali`) are the one exception: they take their canonical key.
        if (tokens.at(0)?.noise.includes('lexicon')) return;
        expect(tokens.at(0)?.norm).toBe(word.toLowerCase());
        expect(tokens.at(0)?.noise).toEqual([]);
      }),
    );
  });
});

/** The tokens of `text` inside the first passage from `from` to the end of `to`. */
function passage(text: string, tokens: readonly Token[], from: string, to: string): Token[] {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  expect(start, `passage "${from}" not found`).toBeGreaterThanOrEqual(0);
  return tokens.filter((t) => t.start >= start && t.end <= end);
}

/** Length of the longest common subsequence of two key sequences (small passages only). */
function lcs(a: readonly string[], b: readonly string[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    for (let j = 0; j < b.length; j++) next.push(x === b[j] ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0));
    row = next;
  }
  return row[b.length] ?? 0;
}

describe.skipIf(!hasCorpus)(`tokenize on the corpus${corpusSkipReason}`, () => {
  const files = hasCorpus ? ['001.txt', '002.txt', '004.txt'] : [];
  const texts = new Map(files.map((f) => [f, readCorpus(f)]));
  const tokensOf = new Map(files.map((f) => [f, tokenize(texts.get(f) ?? '').toArray()]));
  const get = (f: string): [string, Token[]] => [texts.get(f) ?? '', tokensOf.get(f) ?? []];

  it.each(files)('%s: every token span is exact, ordered and non-overlapping', (file) => {
    const [text, tokens] = get(file);
    expect(tokens.length).toBeGreaterThan(1000);
    expectWellFormed(text, tokens);
  });

  it('001.txt genocide definition: the Cyrillic `аnу`, `оп`, `bе` read as any, on, be', () => {
    const [text, tokens] = get('001.txt');
    const definition = passage(text, tokens, 'resolution number 260', 'intemationa1 crimes');
    const keys = definition.map((t) => t.norm);
    expect(keys).toEqual(expect.arrayContaining(['any', 'on', 'calculated', 'international', 'be']));
    const any = definition.find((t) => t.text === 'аnу');
    expect(any?.noise).toEqual(['confusable']);
    expect(definition.find((t) => t.text === 'intemationa1')?.noise).toEqual(['ocr-digit']);
  });

  it('001.txt and 004.txt Newsweek "charnel house" passage: the two witnesses have mostly equal keys', () => {
    const [text1, tokens1] = get('001.txt');
    const [text4, tokens4] = get('004.txt');
    const a = passage(text1, tokens1, 'Azerbaijan was a charnel house', 'others were scalped').map((t) => t.norm);
    const b = passage(text4, tokens4, 'Azerbaijan was a charnel house', 'others were scalped').map((t) => t.norm);
    // 001.txt breaks the passage over lines and reads `war-tom` and `25-26 February`; 004.txt has
    // `war-torn` and `Feb. 25-26`: a handful of tokens apart out of about 75.
    expect(a.length).toBeGreaterThan(60);
    expect(lcs(a, b)).toBeGreaterThanOrEqual(Math.max(a.length, b.length) - 4);
    expect(a).toContain('tom');
    expect(b).toContain('torn');
    expect(ocrShapeKey('tom')).toBe(ocrShapeKey('torn'));
    expect(a.slice(a.indexOf('nagorno'), a.indexOf('nagorno') + 2)).toEqual(['nagorno', 'karabakh']);
  });

  it('002.txt Yavar and Izvestia passages: words split by stray spaces are repaired', () => {
    const [text, tokens] = get('002.txt');
    const byText = new Map(tokens.map((t) => [t.text, t]));
    for (const [split, key] of [['I zvestia', 'izvestia'], ['f ellow', 'fellow'], ['c ountry’s', "country's"], ['r oof', 'roof'], ['w omen', 'women'], ['wasn ’t', "wasn't"]]) {
      const token = byText.get(split ?? '');
      expect(token?.norm, split).toBe(key);
      expect(token?.noise, split).toContain('split-word');
      expect(text.slice(token?.start, token?.end)).toBe(split);
    }
    expect(tokens.filter((t) => t.noise.includes('split-word')).length).toBeGreaterThan(150);
  });

  it('002.txt column text: line-end hyphenation is joined (`ag-\ngressors`, `artil-\nlery`)', () => {
    const [, tokens] = get('002.txt');
    const keys = new Set(tokens.filter((t) => t.noise.includes('hyphenation')).map((t) => t.norm));
    for (const key of ['aggressors', 'artillery', 'territory', 'extermination']) expect(keys, key).toContain(key);
  });

  it('004.txt Kommersant heading: a Russian word keeps its Cyrillic key; Markdown markers are no tokens', () => {
    const [text, tokens] = get('004.txt');
    const kommersant = tokens.find((t) => t.text === 'Коммерсантъ');
    expect(kommersant).toMatchObject({ norm: 'коммерсантъ', noise: [] });
    const heading = passage(text, tokens, '**Newsweek**', '**Newsweek**');
    expect(heading.map((t) => t.text)).toEqual(['Newsweek']);
  });

  it('004.txt and 002.txt spellings: Aghdam and Khojali take the canonical keys agdam and khojaly', () => {
    const [, tokens4] = get('004.txt');
    const [, tokens2] = get('002.txt');
    expect(tokens4.find((t) => t.text === 'Aghdam')?.norm).toBe('agdam');
    expect(tokens2.find((t) => t.text === 'Khojali')?.norm).toBe('khojaly');
    expect(tokens2.find((t) => t.text === 'K hojali')?.norm).toBe('khojaly');
  });
});
