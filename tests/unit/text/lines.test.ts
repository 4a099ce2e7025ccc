import { describe, expect, it } from 'vitest';
import { lineColumn, markdownLayout, splitLines } from '../../../shared/text';
import { findBlocks, Gazetteer } from '../../../shared/engine/detect';
import { tokenize } from '../../../shared/engine/tokenize';
import { formatReport } from '../../../bin/cli/format-report';
import type { Report } from '../../../shared/model';

describe('one definition of a line', () => {
  it.each([
    ['LF', 'a\nbc\n', [[0, 1, 2], [2, 4, 5], [5, 5, 5]]],
    ['CR LF', 'a\r\nbc\r\n', [[0, 1, 3], [3, 5, 7], [7, 7, 7]]],
    ['a lone CR', 'a\rbc\r', [[0, 1, 2], [2, 4, 5], [5, 5, 5]]],
    ['mixed', 'a\r\rb\n\r\nc', [[0, 1, 2], [2, 2, 3], [3, 4, 5], [5, 5, 7], [7, 8, 8]]],
    ['no break', 'abc', [[0, 3, 3]]],
    ['nothing', '', [[0, 0, 0]]],
  ])('splitLines: %s', (_name, text, expected) => {
    expect(splitLines(text).map((l) => [l.start, l.end, l.next])).toEqual(expected);
  });

  it.each([
    ['LF', 'ab\ncd', 4, { line: 2, column: 2 }],
    ['CR LF', 'ab\r\ncd', 5, { line: 2, column: 2 }],
    ['a lone CR', 'ab\rcd', 4, { line: 2, column: 2 }],
    ['inside CR LF', 'ab\r\ncd', 3, { line: 1, column: 4 }],
    ['the start', 'ab', 0, { line: 1, column: 1 }],
  ])('lineColumn: %s', (_name, text, offset, expected) => {
    expect(lineColumn(text, offset)).toEqual(expected);
  });

  // One booklet in three line-ending styles: every part must see the same lines at the same offsets
  // (\r and \n are one character each, so the offsets of LF and CR-only texts are equal).
  const BOOKLET = ['# THE MORNING TIMES', '', 'The Sunday Times, 1 March 1992', '', '*By Anne Writer, Aghdam*', '',
    'Survivors reported that soldiers shot more than 450 people.', '', '# THE TIMES', ''].join('\n');
  const CR_ONLY = BOOKLET.replace(/\n/g, '\r');

  it("the engine's line scan finds the same block quotes in a CR-only text as in an LF text", () => {
    const scan = (text: string) => findBlocks(text, tokenize(text), new Gazetteer([])).map((b) => [b.start, b.end, b.attribution]);
    expect(scan(BOOKLET).length).toBeGreaterThan(0);
    expect(scan(CR_ONLY)).toEqual(scan(BOOKLET));
  });

  it('the editor shows the same blocks for CR-only and LF texts', () => {
    expect(markdownLayout(CR_ONLY)).toEqual(markdownLayout(BOOKLET));
  });

  it("the command line's line:column counts CR-only line breaks", () => {
    const offset = CR_ONLY.indexOf('Survivors') + 'Survivors reported that soldiers shot more than '.length;
    const report: Report = {
      version: 2,
      documents: [{ id: 'd1', path: 'cr.txt', title: 'cr', length: CR_ONLY.length }],
      clusters: [{ id: 'c1', kind: 'press', source: {}, witnesses: [
        { id: 'w1', document: 'd1', start: offset, end: offset + 3, text: '450', attribution: {} },
        { id: 'w2', document: 'd1', start: 0, end: 3, text: '# T', attribution: {} },
      ], variants: [] }],
      discrepancies: [],
      claims: [],
    };
    const out = formatReport(report, 'info', false, new Map([['d1', CR_ONLY]]));
    expect(out).toContain('cr.txt 7:49');
  });
});
