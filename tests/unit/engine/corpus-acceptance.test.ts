// Acceptance on the real-world corpus (issue 3): the clusters and discrepancies a careful reviewer reports
// there, pinned with their offsets, and the noise that must stay at or below `minor`. Passages are located
// by short anchor phrases; every offset is derived from those anchors in the file's own text.
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../shared/engine';
import type { Cluster, Discrepancy, Report, Witness } from '../../../shared/model';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';
import { doc } from './align/helpers';

const FILES = ['001.txt', '002.txt', '004.txt'] as const;
const RANK = { info: 0, minor: 1, major: 2, critical: 3 } as const;

describe.skipIf(!hasCorpus)(`corpus acceptance (001.txt, 002.txt, 004.txt)${corpusSkipReason}`, () => {
  let report: Report;
  const texts = new Map<string, string>();
  beforeAll(() => {
    const documents = FILES.map((f) => doc(f, readCorpus(f)));
    for (const d of documents) texts.set(d.id, d.text);
    report = check({ documents });
  });

  const text = (file: string): string => texts.get(file) ?? '';
  /** Offset of `phrase` in `file`, at or after the offset of `anchor` (which must occur). */
  const at = (file: string, phrase: string, anchor?: string): number => {
    const from = anchor === undefined ? 0 : text(file).indexOf(anchor);
    expect(from, `anchor "${anchor}" in ${file}`).toBeGreaterThanOrEqual(0);
    const i = text(file).indexOf(phrase, from);
    expect(i, `"${phrase}" in ${file}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const lineOf = (file: string, offset: number): number => text(file).slice(0, offset).split('\n').length;
  /** The witness of `cluster` in `file` that holds character `offset`. */
  const witnessAt = (cluster: Cluster | undefined, file: string, offset: number): Witness | undefined =>
    cluster?.witnesses.find((w) => w.document === file && w.start <= offset && offset < w.end);
  /** The one cluster with a witness holding character `offset` of `file`. */
  const clusterAt = (file: string, offset: number): Cluster | undefined => {
    const found = report.clusters.filter((c) => witnessAt(c, file, offset) !== undefined);
    expect(found, `clusters holding ${file}:${lineOf(file, offset)}`).toHaveLength(1);
    return found[0];
  };
  const inCluster = (c: Cluster | undefined): Discrepancy[] => report.discrepancies.filter((x) => x.cluster === c?.id);
  /** The discrepancy between witnesses `w1` and `w2` (either side) whose sides start at `o1` / `o2`. */
  const between = (c: Cluster | undefined, w1: Witness | undefined, o1: number, w2: Witness | undefined, o2: number): Discrepancy | undefined =>
    inCluster(c).find(
      (x) =>
        (x.a.witness === w1?.id && x.a.start === o1 && x.b.witness === w2?.id && x.b.start === o2) ||
        (x.b.witness === w1?.id && x.b.start === o1 && x.a.witness === w2?.id && x.a.start === o2),
    );

  describe('004.txt Sunday Times 1 March 1992, the damaged scan and the clean reprint', () => {
    const CLEAN = 'Survivors reported that Armenian soldiers shot and bayoneted';
    const DAMAGED = 'Survivors reported that Armenian soldiers shot and looted';
    let cluster: Cluster | undefined;
    let clean: Witness | undefined;
    let damaged: Witness | undefined;
    beforeAll(() => {
      cluster = clusterAt('004.txt', at('004.txt', CLEAN));
      clean = witnessAt(cluster, '004.txt', at('004.txt', CLEAN));
      damaged = witnessAt(cluster, '004.txt', at('004.txt', DAMAGED));
    });

    it('004.txt Sunday Times 1 March 1992 reprints: both reprints are witnesses of one cluster credited to The Sunday Times', () => {
      expect(clean).toBeDefined();
      expect(damaged).toBeDefined();
      expect(clean?.id).not.toBe(damaged?.id);
      expect(clean?.start).toBe(at('004.txt', CLEAN));
      expect(damaged?.start).toBe(at('004.txt', DAMAGED));
      expect(lineOf('004.txt', clean?.start ?? 0)).toBeGreaterThan(lineOf('004.txt', damaged?.start ?? 0));
      expect(cluster?.source).toMatchObject({ outlet: 'The Sunday Times', date: '1992-03-01' });
      expect(clean?.attribution).toMatchObject({ outlet: 'The Sunday Times', date: '1992-03-01', author: 'Thomas Goltz' });
      // The clean reprint's witness is the article body: its dateline and headline are not part of it.
      expect(text('004.txt').slice(clean?.start ?? 0, clean?.end ?? 0)).not.toContain('1 March 1992');
    });

    it.each([
      ['bayoneted / looted is a major wording discrepancy', 'looted', DAMAGED, 'bayoneted', CLEAN, 'wording', 'major'],
      ['Azeris / families is a major wording discrepancy', 'families', DAMAGED, 'Azeris', CLEAN, 'wording', 'major'],
      ['Raisa / Rasia Aslanova is a major name discrepancy', 'Raisa', '"They were shooting, shooting, shooting," echoed', 'Rasia', '"They were shooting, shooting, shooting", echoed', 'name', 'major'],
      ['killed / massacred is a major wording discrepancy', 'killed in front of her', 'Kayun, and a son-in-law', 'massacred in front of her', 'Kayun, and a son-in-law were massacred', 'wording', 'major'],
      ['Agdam / Aghdam is a minor spelling variant', 'Agdam', 'echoed Raisa Aslanova', 'Aghdam', 'echoed Rasia Aslanova', 'spelling', 'minor'],
    ] as const)('004.txt Sunday Times 1 March 1992 reprints: %s', (_name, damagedWord, damagedAnchor, cleanWord, cleanAnchor, kind, severity) => {
      const od = at('004.txt', damagedWord, damagedAnchor);
      const oc = at('004.txt', cleanWord, cleanAnchor);
      const x = between(cluster, damaged, od, clean, oc);
      expect(x, `${damagedWord} / ${cleanWord}`).toBeDefined();
      expect([x?.kind, x?.severity]).toEqual([kind, severity]);
      const sides = [x?.a, x?.b].map((s) => text('004.txt').slice(s?.start, s?.end));
      expect(sides.sort()).toEqual([damagedWord.split(' ')[0], cleanWord.split(' ')[0]].sort());
    });

    it('004.txt Sunday Times 1 March 1992 reprints: the clause only the damaged scan has is a major omission', () => {
      const od = at('004.txt', 'who were fleeing attack on their town', DAMAGED);
      const x = inCluster(cluster).find((d) => d.kind === 'omission' && [d.a, d.b].some((s) => s.witness === damaged?.id && s.start === od));
      expect(x?.severity).toBe('major');
    });

    it('004.txt Sunday Times 1 March 1992 reprints: the same figure (more than 450) is no number discrepancy, and scan damage is not major', () => {
      const between2 = inCluster(cluster).filter((x) => [x.a.witness, x.b.witness].every((w) => w === clean?.id || w === damaged?.id));
      expect(between2.filter((x) => x.kind === 'number')).toEqual([]);
      // `"The Armenians⏎⏎ing up people`: words lost where the scan breaks off, and the cut-off `ing`.
      const hole = at('004.txt', 'ing up people', DAMAGED);
      for (const x of between2.filter((d) => [d.a, d.b].some((s) => s.witness === damaged?.id && Math.abs(s.start - hole) < 3))) {
        expect(RANK[x.severity]).toBeLessThanOrEqual(RANK.minor);
      }
    });
  });

  describe('Newsweek 16 March 1992 in 001.txt and 004.txt', () => {
    let cluster: Cluster | undefined;
    beforeAll(() => {
      cluster = clusterAt('004.txt', at('004.txt', 'Azerbaijan was a charnel house again last week'));
    });

    it('001.txt and 004.txt Newsweek 16 March 1992: one cluster holds the article in 004.txt and its three quotations in 001.txt', () => {
      expect(cluster?.source).toMatchObject({ outlet: 'Newsweek', date: '1992-03-16' });
      const in001 = (cluster?.witnesses ?? []).filter((w) => w.document === '001.txt');
      expect(in001).toHaveLength(3);
      // `Newsweek magazine reported: “Many were killed …”`: the witness is the words inside the marks.
      const short = at('001.txt', 'Many were killed at close range', 'Newsweek magazine reported:');
      expect(in001.map((w) => w.start)).toContain(short);
      expect(in001.map((w) => w.start)).toContain(at('001.txt', 'Azerbaijan was a charnel house again last week'));
      expect(in001.map((w) => w.start)).toContain(at('001.txt', 'many were killed at close range', 'As Newsweek reported at the time'));
    });

    it('001.txt and 004.txt Newsweek 16 March 1992: nothing is above minor (shorter excerpts, date formats and OCR damage are not discrepancies)', () => {
      expect(inCluster(cluster).filter((x) => RANK[x.severity] > RANK.minor)).toEqual([]);
      expect(inCluster(cluster).filter((x) => x.kind === 'omission' || x.kind === 'number')).toEqual([]);
    });

    it('001.txt and 004.txt Newsweek 16 March 1992: war-tom / war-torn is OCR damage (info) at both offsets', () => {
      const x = inCluster(cluster).find((d) => [d.a.text, d.b.text].includes('war-tom'));
      expect([x?.kind, x?.severity]).toEqual(['ocr', 'info']);
      const side = (file: string) => (x?.a.document === file ? x.a : x?.b);
      expect(side('001.txt')?.start).toBe(at('001.txt', 'war-tom'));
      expect(side('004.txt')?.start).toBe(at('004.txt', 'war-torn', 'Azerbaijan was a charnel house'));
    });

    it('001.txt and 004.txt Newsweek 16 March 1992: 25-26 February / Feb. 25-26 is one date written differently, not a number discrepancy', () => {
      const x = inCluster(cluster).find((d) => [d.a.text, d.b.text].includes('Feb. 25-26'));
      expect([x?.kind, x?.severity]).toEqual(['typography', 'info']);
      expect([x?.a.text, x?.b.text].sort()).toEqual(['25-26 February', 'Feb. 25-26']);
    });
  });

  it('001.txt ~2171 and 004.txt Washington Times 3 March 1992: the short quote “backed accounts of the slaughter of women and children” is one cluster with no discrepancy', () => {
    const o1 = at('001.txt', 'backed accounts of the slaughter', 'The Washington Times wrote that');
    const cluster = clusterAt('001.txt', o1);
    expect(lineOf('001.txt', o1)).toBeGreaterThan(2150);
    expect(lineOf('001.txt', o1)).toBeLessThan(2180);
    const w4 = cluster?.witnesses.find((w) => w.document === '004.txt');
    expect(w4?.start).toBe(at('004.txt', 'backed accounts of the slaughter'));
    expect(witnessAt(cluster, '001.txt', o1)?.start).toBe(o1);
    expect(cluster?.source).toMatchObject({ outlet: 'The Washington Times', date: '1992-03-03' });
    expect(inCluster(cluster).filter((x) => RANK[x.severity] > RANK.info)).toEqual([]);
  });

  describe('short quotes in 001.txt joined to the articles in 004.txt they quote', () => {
    /** A cluster's witnesses as [document, start, end], in report order. */
    const witnessesOf = (c: Cluster | undefined): [string, number, number][] => (c?.witnesses ?? []).map((w) => [w.document, w.start, w.end]);
    const above = (c: Cluster | undefined, rank: number): Discrepancy[] => inCluster(c).filter((x) => RANK[x.severity] > rank);

    it('001.txt ~2167 and 004.txt Time 16 March 1992: “grim and unconscionable” is one cluster with the words of the Time article, nothing above minor', () => {
      const phrase = 'grim and unconscionable';
      const o1 = at('001.txt', phrase, 'The Time magazine called the actions against Khojaly');
      expect(lineOf('001.txt', o1)).toBeGreaterThan(2150);
      expect(lineOf('001.txt', o1)).toBeLessThan(2180);
      const cluster = clusterAt('001.txt', o1);
      const o4 = at('004.txt', phrase, 'While the details are argued, this much is plain');
      expect(witnessesOf(cluster)).toEqual([['001.txt', o1, o1 + phrase.length], ['004.txt', o4, o4 + phrase.length]]);
      expect(cluster?.source).toMatchObject({ outlet: 'Time', date: '1992-03-16' });
      expect(above(cluster, RANK.minor)).toEqual([]);
      expect(above(cluster, RANK.info)).toEqual([]);
    });

    it('001.txt ~2157 and 004.txt Sunday Times 1 March 1992: the headline quote is one cluster with the damaged heading and the dateline headline, case differences only (info)', () => {
      const o1 = at('001.txt', 'Armenian Soldiers Massacre', 'The Sunday Times reported the atrocity with the headline');
      const e1 = at('001.txt', 'Families', 'Armenian Soldiers Massacre') + 'Families'.length;
      expect(lineOf('001.txt', o1)).toBeGreaterThan(2150);
      expect(lineOf('001.txt', o1)).toBeLessThan(2180);
      const cluster = clusterAt('001.txt', o1);
      // The scan's heading lost its last letter at the line end: a shorter excerpt, its witness the words it has.
      const damaged = '## Armenian soldiers massacre hundreds of fleeing familie\n';
      const oh = at('004.txt', damaged) + 3;
      const headline = 'Armenian soldiers massacre hundreds of fleeing families';
      const od = at('004.txt', headline, '**The Sunday Times, 1 March 1992');
      expect(witnessesOf(cluster)).toEqual([
        ['001.txt', o1, e1],
        ['004.txt', oh, oh + damaged.length - 4],
        ['004.txt', od, od + headline.length],
      ]);
      expect(cluster?.source).toMatchObject({ outlet: 'The Sunday Times', date: '1992-03-01' });
      expect(above(cluster, RANK.minor)).toEqual([]);
      for (const x of inCluster(cluster)) expect([x.kind, x.severity]).toEqual(['typography', 'info']);
    });

    it('004.txt Time 16 March 1992: the 3-word headline “Massacre in Khojaly” is not joined to the unquoted “massacre in Khojaly” of 001.txt', () => {
      const o = at('001.txt', 'massacre in Khojaly', 'Signatories of the appeal');
      expect(report.clusters.filter((c) => witnessAt(c, '001.txt', o) !== undefined)).toEqual([]);
    });
  });

  describe('noise across the corpus', () => {
    it('001.txt, 002.txt, 004.txt: no ocr, typography, spelling or function discrepancy is above minor', () => {
      const loud = report.discrepancies.filter((x) => ['ocr', 'typography', 'spelling', 'function'].includes(x.kind) && RANK[x.severity] > RANK.minor);
      expect(loud).toEqual([]);
    });

    it('001.txt, 002.txt, 004.txt: every critical number discrepancy has figures on both sides that differ, or a figure one side lacks', () => {
      const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\b/giu;
      const figures = (s: string): string => [...s.matchAll(/\d[\d,]*/gu)].map((m) => m[0].replace(/,/gu, '')).concat((s.match(NUMBER_WORD) ?? []).map((w) => w.toLowerCase())).join('|');
      for (const x of report.discrepancies.filter((d) => d.kind === 'number' && d.severity === 'critical')) {
        const a = text(x.a.document).slice(x.a.start, x.a.end);
        const b = text(x.b.document).slice(x.b.start, x.b.end);
        expect([a, b]).toEqual([x.a.text, x.b.text]);
        if (x.a.start === x.a.end || x.b.start === x.b.end) {
          expect(x.explanation).toMatch(/^figure missing/u);
          expect(figures(a + b), x.explanation).not.toBe('');
          continue;
        }
        // A figure against a word of quantity (`450` / `several`) is a changed figure too.
        const QUANTITY = /\b(?:many|several|some|few|numerous|countless|dozens|hundreds|thousands|scores|tens|millions|all|most)\b/iu;
        const amount = (s: string): string => figures(s) || (QUANTITY.test(s) ? 'quantity' : '');
        expect(amount(a), x.explanation).not.toBe('');
        expect(amount(b), x.explanation).not.toBe('');
        expect(figures(a), x.explanation).not.toBe(figures(b));
      }
    });

    it('001.txt, 002.txt, 004.txt: no discrepancy of the words whose two sides read alike (case and punctuation aside) is above info', () => {
      const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      // A move reads alike on both sides by definition (the same words in another place).
      const alike = report.discrepancies.filter((x) => x.kind !== 'attribution' && x.kind !== 'transposition' && key(x.a.text) === key(x.b.text) && RANK[x.severity] > RANK.info);
      expect(alike).toEqual([]);
    });

    it('001.txt, 002.txt, 004.txt: every discrepancy slices its text from its document', () => {
      for (const x of report.discrepancies) {
        expect(text(x.a.document).slice(x.a.start, x.a.end)).toBe(x.a.text);
        expect(text(x.b.document).slice(x.b.start, x.b.end)).toBe(x.b.text);
      }
    });
  });
});
