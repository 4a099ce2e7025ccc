import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../shared/engine';
import { Report, type Report as ReportType } from '../../../shared/model';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';
import { doc } from './align/helpers';

describe.skipIf(!hasCorpus)(`check on the corpus (001.txt, 002.txt, 004.txt)${corpusSkipReason}`, () => {
  let report: ReportType;
  const texts = new Map<string, string>();
  beforeAll(() => {
    const documents = ['001.txt', '002.txt', '004.txt'].map((f) => doc(f, readCorpus(f)));
    for (const d of documents) texts.set(d.id, d.text);
    report = check({ documents });
  });

  /** The clusters with a witness in `document` containing `anchor`, listed with the witnesses that do. */
  const clustersWith = (document: string, anchor: string) =>
    report.clusters.filter((c) => c.witnesses.some((w) => w.document === document && w.text.replace(/\s+/g, ' ').includes(anchor)));

  it('yields a valid report', () => {
    expect(() => Report.parse(report)).not.toThrow();
    expect(report.clusters.length).toBeGreaterThan(10);
  });

  it('004.txt: joins the two Sunday Times reprints of 1 March 1992 (the damaged scan and the clean one)', () => {
    const anchor = 'The attackers killed most of the soldiers and volunteers defending the women and children';
    const [cluster, ...others] = clustersWith('004.txt', anchor);
    expect(others).toEqual([]);
    const reprints = (cluster?.witnesses ?? []).filter((w) => w.document === '004.txt' && w.text.replace(/\s+/g, ' ').includes(anchor));
    expect(reprints.length).toBeGreaterThanOrEqual(2);
    expect(reprints.some((w) => w.text.includes('shot and looted'))).toBe(true); // the damaged scan
    expect(reprints.some((w) => w.text.includes('shot and bayoneted'))).toBe(true); // the clean reprint
    const ids = new Set(reprints.map((w) => w.id));
    const names = report.discrepancies.filter((x) => x.cluster === cluster?.id && ids.has(x.a.witness) && ids.has(x.b.witness));
    expect(names.some((x) => `${x.a.text}/${x.b.text}`.includes('Raisa') && `${x.a.text}/${x.b.text}`.includes('Rasia'))).toBe(true);
  });

  it('001.txt and 004.txt: joins the Newsweek passage of 16 March 1992 quoted in both', () => {
    const [cluster, ...others] = clustersWith('004.txt', 'Azerbaijan was a charnel house again last week');
    expect(others).toEqual([]);
    const in001 = (cluster?.witnesses ?? []).filter((w) => w.document === '001.txt');
    expect(in001.some((w) => w.text.includes('charnel house'))).toBe(true);
    // The short quotation ("Many were killed at close range ...") elsewhere in 001.txt joins the same cluster.
    expect(in001.filter((w) => /killed at close range/i.test(w.text)).length).toBeGreaterThanOrEqual(2);
    expect(cluster?.source.outlet).toBe('Newsweek');
  });

  it('does not cluster stock phrases on their own', () => {
    const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    for (const c of report.clusters) {
      const longest = Math.max(...c.witnesses.map((w) => w.text.split(/\s+/).length));
      if (longest >= 7) continue;
      // Shorter clusters come only from the short-quote lookup: one credited quote, the same words everywhere.
      expect(c.source.outlet).toBeDefined();
      expect(new Set(c.witnesses.map((w) => key(w.text))).size).toBe(1);
    }
  });
});
