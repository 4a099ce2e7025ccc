// The variant table of a cluster (report v2 `cluster.variants`), on ordinary English written for the test:
// one row per place where the witnesses differ, each with every witness's reading there; attribution rows
// beside the words, never one row over the whole passage.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import type { Cluster, Report, Variant } from '../../../../shared/model';
import { doc } from '../align/helpers';

const PASSAGE =
  'More than 340 homes in the lower valley were evacuated on Saturday night as the river rose. "We had no choice, the dam was at its limit," said the engineer Tom Brandt from the control house above the gorge. Mira Novak, who runs the bakery on the main square, said the water turned the colour of tea within minutes.';

/** Four reprints of PASSAGE, each with its own changes, under two outlets. */
const texts = {
  courier: `The Harbour Courier, 12 May 2019\n\n${PASSAGE}\n`,
  digest: `The Harbour Courier, 12 May 2019\n\n${PASSAGE.replace('Brandt', 'Berger').replace(' from the control house above the gorge', '')}\n`,
  report: `The Harbour Courier, 12 May 2019\n\n${PASSAGE.replace('340', '430').replace('evacuated', 'abandoned')}\n`,
  briefing: `The Valley Post, 14 May 2019\n\n${PASSAGE.replace('colour', 'color')}\n`,
};
const documents = Object.entries(texts).map(([id, text]) => doc(id, text));

/** The whole passage of each document as a user's quote annotation, credited as its header says. */
const quotes = documents.map((d) => {
  const start = d.text.indexOf('More than');
  const outlet = d.text.startsWith('The Valley Post') ? 'The Valley Post' : 'The Harbour Courier';
  return { id: `q-${d.id}`, document: d.id, start, end: d.text.lastIndexOf('.') + 1, attribution: { outlet }, translated: false };
});

function onlyCluster(report: Report): Cluster {
  expect(report.clusters).toHaveLength(1);
  return report.clusters[0] as Cluster;
}

/** The readings of the row whose readings include `text`, as text → witnesses' documents. */
function rowWith(report: Report, c: Cluster, text: string): Record<string, string[]> {
  const docOf = new Map(c.witnesses.map((w) => [w.id, w.document]));
  const row = c.variants.find((v) => v.readings.some((r) => r.text === text)) as Variant;
  expect(row, `a row reading "${text}"`).toBeDefined();
  return Object.fromEntries(row.readings.map((r) => [r.text, r.witnesses.map((x) => docOf.get(x.witness) ?? '?').sort()]));
}

describe.each([
  ['detected quotes', { documents }],
  ['quote annotations over the whole passage', { documents, quotes }],
])('variant rows with %s', (_name, input) => {
  const report = check(input);
  const c = onlyCluster(report);

  it('puts each change in a row of its own, with every witness that reaches it', () => {
    expect(rowWith(report, c, '430')).toEqual({ '340': ['courier', 'digest', 'briefing'].sort(), '430': ['report'] });
    expect(rowWith(report, c, 'Berger')).toEqual({ Brandt: ['briefing', 'courier', 'report'], Berger: ['digest'] });
    expect(rowWith(report, c, 'color')).toEqual({ colour: ['courier', 'digest', 'report'], color: ['briefing'] });
    expect(rowWith(report, c, '')).toEqual({ 'from the control house above the gorge': ['briefing', 'courier', 'report'], '': ['digest'] });
  });

  it('never makes one row of the whole passage, and keeps the outlet beside the words', () => {
    const words = c.variants.filter((v) => v.kind !== 'attribution');
    expect(words.length).toBeGreaterThanOrEqual(5);
    for (const v of words) for (const r of v.readings) expect(r.text.split(' ').length).toBeLessThan(12);
    const outlet = c.variants.find((v) => v.kind === 'attribution' && v.readings.some((r) => r.text === 'The Valley Post'));
    expect(outlet?.readings.map((r) => r.text).sort()).toEqual(['The Harbour Courier', 'The Valley Post']);
  });

  it('names the row of every discrepancy, and the row holds both of its sides', () => {
    const rows = new Map(c.variants.map((v) => [v.id, v]));
    for (const d of report.discrepancies) {
      const row = rows.get(d.variant);
      expect(row).toBeDefined();
      const holds = (w: string) => row?.readings.some((r) => r.witnesses.some((x) => x.witness === w));
      expect(holds(d.a.witness) && holds(d.b.witness)).toBe(true);
    }
  });
});
