import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTable, type CompareTable } from '../../../renderer/model/compare-table';
import { check } from '../../../shared/engine';
import type { Cluster, Report, SourceDocument, Witness } from '../../../shared/model';
import { corpusDir, corpusSkipReason, hasCorpus, projectRoot } from '../../helpers/corpus';

function witness(id: string, document: string, start: number, text: string, attribution = {}): Witness {
  return { id, document, start, end: start + text.length, text, attribution };
}

/** The text a column shows, in order: its text cells and its readings in order (not moved ones). */
function column(table: CompareTable, i: number): string {
  return table.rows
    .map((r) => r.cells[i]!)
    .map((c) => (c.type === 'text' || (c.type === 'reading' && !c.moved) ? c.text : ''))
    .join('');
}

/** Every column of every cluster reads its witness's text, whole and in order. */
function expectWholeColumns(report: Report): void {
  for (const cluster of report.clusters) {
    for (const minSeverity of ['info', 'major'] as const) {
      const table = compareTable(cluster, minSeverity);
      cluster.witnesses.forEach((w, i) => {
        if (column(table, i) !== w.text) expect.fail(`cluster ${cluster.id}, witness ${w.id} (${minSeverity}): the column does not read the witness`);
      });
    }
  }
}

const a = witness('w-a', 'd1', 100, 'More than 450 villagers fled the town.', { outlet: 'The Ledger' });
const b = witness('w-b', 'd2', 10, 'More than 540 villagers fled town.', { outlet: 'The Post' });
const c = witness('w-c', 'd3', 0, 'villagers fled the town.');
/** Document offsets of `words` in witness `w`. */
const at = (w: Witness, words: string, empty = false) => {
  const start = w.start + w.text.indexOf(words);
  return { witness: w.id, start, end: empty ? start : start + words.length };
};

const cluster: Cluster = {
  id: 'c-1',
  kind: 'press',
  source: { outlet: 'The Ledger' },
  witnesses: [a, b, c],
  variants: [
    { id: 'v-attr', kind: 'attribution', severity: 'major', readings: [{ text: 'The Ledger', witnesses: [{ witness: 'w-a', start: a.start, end: a.end }] }, { text: 'The Post', witnesses: [{ witness: 'w-b', start: b.start, end: b.end }] }] },
    {
      id: 'v-num', kind: 'number', severity: 'critical', outside: ['w-c'],
      readings: [{ text: '450', witnesses: [at(a, '450')] }, { text: '540', witnesses: [at(b, '540')] }],
    },
    {
      id: 'v-fn', kind: 'function', severity: 'minor',
      readings: [{ text: 'the', witnesses: [at(a, 'the'), at(c, 'the')] }, { text: '', witnesses: [at(b, 'town', true)] }],
    },
  ],
};

describe('compareTable', () => {
  it('lines the witnesses up on the variant table: shared words, then each variant location', () => {
    const table = compareTable(cluster);
    const kinds = table.rows.map((r) => r.variant?.id ?? 'text');
    expect(kinds).toEqual(['v-attr', 'text', 'v-num', 'text', 'v-fn', 'text']);
    const num = table.rows[2]!;
    expect(num.cells.map((x) => (x.type === 'reading' ? x.text : x.type))).toEqual(['450', '540', 'outside']);
    const fn = table.rows[4]!;
    expect(fn.cells.map((x) => (x.type === 'reading' ? `${x.reading}:${x.text}` : x.type))).toEqual(['0:the', '1:', '0:the']);
    for (let i = 0; i < 3; i++) expect(column(table, i)).toBe(cluster.witnesses[i]!.text);
  });

  it('puts attribution differences in rows of their own that name each attribution and cut no text', () => {
    const row = compareTable(cluster).rows[0]!;
    expect(row.cells).toEqual([
      { type: 'attribution', text: 'The Ledger', reading: 0 },
      { type: 'attribution', text: 'The Post', reading: 1 },
      { type: 'absent' },
    ]);
  });

  it('leaves variants below the chosen severity in the surrounding text', () => {
    const table = compareTable(cluster, 'major');
    expect(table.hidden).toBe(1);
    expect(table.rows.some((r) => r.variant?.id === 'v-fn')).toBe(false);
    for (let i = 0; i < 3; i++) expect(column(table, i)).toBe(cluster.witnesses[i]!.text);
  });

  it('shows a reading out of the first witness\'s order as moved, without cutting its witness there', () => {
    const moved: Cluster = {
      ...cluster,
      variants: [
        { id: 'v-late', kind: 'wording', severity: 'major', readings: [{ text: 'town', witnesses: [at(a, 'town')] }, { text: 'town', witnesses: [at(b, 'town')] }] },
        { id: 'v-early', kind: 'wording', severity: 'major', readings: [{ text: 'More', witnesses: [at(a, 'More')] }, { text: 'More', witnesses: [at(b, 'More')] }] },
      ],
    };
    const table = compareTable(moved);
    const early = table.rows.find((r) => r.variant?.id === 'v-early')!;
    expect(early.cells.slice(0, 2).every((x) => x.type === 'reading' && x.moved)).toBe(true);
    for (let i = 0; i < 3; i++) expect(column(table, i)).toBe(moved.witnesses[i]!.text);
  });

  it('reads every witness whole and in order, for every cluster of the sample project', () => {
    const dir = join(projectRoot, 'main', 'sample');
    const data = JSON.parse(readFileSync(join(dir, 'verbatim.json'), 'utf8')) as { documents: { id: string; path: string; title: string; sha256: string }[] };
    const documents: SourceDocument[] = data.documents.map((d) => ({ ...d, text: readFileSync(join(dir, d.path), 'utf8') }));
    const report = check({ documents });
    expect(report.clusters.length).toBeGreaterThan(0);
    expectWholeColumns(report);
  });
});

describe.skipIf(!hasCorpus)(`compareTable on the corpus${corpusSkipReason}`, () => {
  it('001, 002, 004: every column of every cluster reads its witness whole and in order', () => {
    const documents: SourceDocument[] = ['001.txt', '002.txt', '004.txt'].map((f, i) => ({
      id: `d${i + 1}`, path: f, title: f, text: readFileSync(join(corpusDir, f), 'utf8'), sha256: String(i).padStart(64, '0'),
    }));
    const report = check({ documents });
    expect(report.clusters.length).toBeGreaterThan(50);
    expectWholeColumns(report);
  });
});
