import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, flagClaims, inspectCheck, MemoryEngineCache, type CheckInput, type Progress, type Stage } from '../../../shared/engine';
import { Report } from '../../../shared/model';
import { doc, filler, PASSAGE } from './align/helpers';

const twoQuoting = (variant: string): CheckInput => ({
  documents: [doc('d1', `${filler(1, 40)}. ${PASSAGE} ${filler(2, 40)}`), doc('d2', `${filler(3, 25)}. ${variant} ${filler(4, 60)}`)],
});

describe('check', () => {
  it('builds a report that validates against the Report schema, with witness texts sliced from the documents', () => {
    const input = twoQuoting(PASSAGE.replace('450', '540'));
    const report = check(input);
    expect(() => Report.parse(report)).not.toThrow();
    expect(report.documents).toEqual(input.documents.map((d) => ({ id: d.id, path: d.path, title: d.title, length: d.text.length })));
    expect(report.clusters).toHaveLength(1);
    const [c] = report.clusters;
    expect(c?.id).toMatch(/^c-[0-9a-f]{12}$/);
    expect(c?.witnesses.map((w) => w.id)).toEqual(c?.witnesses.map((w) => `w-${w.document}-${w.start}`));
    for (const w of c?.witnesses ?? []) {
      const text = input.documents.find((d) => d.id === w.document)?.text ?? '';
      expect(w.text).toBe(text.slice(w.start, w.end));
      expect(w.text.startsWith('Survivors reported')).toBe(true);
    }
    const number = report.discrepancies.find((x) => x.kind === 'number');
    const [w1, w2] = c?.witnesses ?? [];
    expect(number).toMatchObject({ cluster: c?.id, severity: 'critical', a: { witness: w1?.id, document: 'd1', text: '450' }, b: { witness: w2?.id, document: 'd2', text: '540' } });
    expect(number?.id).toMatch(/^x-[0-9a-f]{12}$/);
    expect(input.documents[0]?.text.slice(number?.a.start, number?.a.end)).toBe('450');
  });

  it('reports no discrepancy for a document checked against an exact copy of itself', () => {
    const text = `${filler(5, 30)}. ${PASSAGE} ${filler(6, 30)}`;
    const report = check({ documents: [doc('a', text), { ...doc('b', text), path: 'copy.txt' }] });
    expect(report.clusters.length).toBeGreaterThan(0);
    expect(report.discrepancies).toEqual([]);
  });

  it('is deterministic: the same input gives the same report', () => {
    const input = twoQuoting(PASSAGE.replace('Raisa', 'Rasia').replace(' possibly thousands,', ''));
    expect(JSON.stringify(check(input))).toBe(JSON.stringify(check(input)));
  });

  it('refuses two documents with one id', () => {
    expect(() => check({ documents: [doc('x', 'one'), doc('x', 'two')] })).toThrow(RangeError);
  });

  it('reports progress and a time for every stage using the given clock', () => {
    let t = 0;
    const stages = new Map<Stage, number>();
    const progress: Progress[] = [];
    check(twoQuoting(PASSAGE), { now: () => (t += 1), onStageTime: (s, ms) => stages.set(s, ms), onProgress: (p) => progress.push(p) });
    expect([...stages.keys()].sort()).toEqual(['align', 'analyse', 'detect', 'flag', 'tokenize']);
    for (const ms of stages.values()) expect(ms).toBeGreaterThan(0);
    expect(progress.filter((p) => p.stage === 'tokenize').map((p) => p.done)).toEqual([1, 2]);
    expect(progress.at(-1)).toEqual({ stage: 'flag', done: 1, total: 1 });
  });

  it('joins two translations by outlet and date and reports a translation discrepancy', () => {
    const en = 'The fugitives fell into ambushes set by the attackers and came under fire; some of them nonetheless managed to reach the town while others froze to death in the mountains.';
    const fr = 'Les fugitifs sont tombés dans des embuscades tendues par les assaillants et ont essuyé des tirs; certains ont pourtant réussi à gagner la ville tandis que d’autres sont morts de froid.';
    const documents = [doc('d1', `Intro text here. ${en}`), doc('d2', `Autre texte. ${fr}`)];
    const at = (i: number, s: string) => ({ start: documents[i]?.text.indexOf(s) ?? 0, end: (documents[i]?.text.indexOf(s) ?? 0) + s.length });
    const attribution = { outlet: 'Memorial', date: '1992-03-10' };
    const report = check({
      documents,
      quotes: [
        { id: 'q1', document: 'd1', ...at(0, en), attribution, translated: false },
        { id: 'q2', document: 'd2', ...at(1, fr), attribution, translated: true },
      ],
    });
    expect(report.clusters).toHaveLength(1);
    expect(report.clusters[0]?.source).toEqual(attribution);
    expect(report.discrepancies.map((x) => x.kind)).toContain('translation');
  });
});

describe('attribution spans of annotated quotes', () => {
  it('puts an attribution difference of a user\'s quote on the dateline the text credits it with, not on the whole passage', () => {
    const body = 'More than 340 homes in the lower valley were evacuated on Saturday night after engineers opened the spillway of the reservoir, sending a wall of brown water through two villages.';
    const a = `The Harbour Courier, 12 May 2019, page 3\n\nDam release floods lower valley\n\n${body}\n`;
    const b = `Notes for the council meeting.\n\nThe Valley Post reported on 14 May 2019: “${body}”\n`;
    const documents = [doc('a', a), doc('b', b)];
    const start = a.indexOf('Dam release');
    const report = check({ documents, quotes: [{ id: 'q1', document: 'a', start, end: a.length - 1, attribution: { outlet: 'The Harbour Courier', date: '2019-05-12' }, translated: false }] });
    const outlet = report.discrepancies.find((x) => x.kind === 'attribution' && x.explanation.startsWith('date differs'));
    expect(outlet, report.discrepancies.map((x) => x.explanation).join('\n')).toBeDefined();
    const side = outlet?.a.document === 'a' ? outlet.a : outlet?.b;
    expect(side?.text).toContain('The Harbour Courier, 12 May 2019');
    expect(side?.text).not.toContain('spillway');
  });
});

describe('flags', () => {
  const flagged = (variant: string, threshold?: 'major' | 'critical') => {
    const input = twoQuoting(variant);
    const start = input.documents[1]?.text.indexOf('Survivors') ?? 0;
    // The annotation covers the whole quote: an annotation bounds its witness, so a partial one would cut it.
    const report = check({
      ...input,
      threshold,
      quotes: [{ id: 'q1', document: 'd2', start, end: start + variant.length, attribution: { outlet: 'The Sunday Times', date: '1992-03-01' }, translated: false }],
      claims: [
        { id: 'a1', document: 'd2', start: 0, end: 10, cites: ['q1'] },
        { id: 'a2', document: 'd2', start: 0, end: 10, cites: ['no-such-quote'] },
      ],
    });
    return report;
  };

  it('flags a claim citing a quote whose cluster has a discrepancy at or above the threshold', () => {
    const report = flagged(PASSAGE.replace('450', '540'));
    const [a1, a2] = report.claims;
    expect(a1?.flagged).toBe(true);
    expect(a1?.discrepancies).toContain(report.discrepancies.find((x) => x.kind === 'number')?.id);
    expect(a2).toEqual({ id: 'a2', document: 'd2', start: 0, end: 10, flagged: false, discrepancies: [] });
  });

  it('does not flag a claim when the cluster differs only below the threshold', () => {
    expect(flagged(PASSAGE.replace('Survivors reported', 'survivors reported')).claims[0]?.flagged).toBe(false);
    expect(flagged(PASSAGE.replace('bayoneted', 'looted'), 'critical').claims[0]?.flagged).toBe(false);
    expect(flagged(PASSAGE.replace('bayoneted', 'looted'), 'major').claims[0]?.flagged).toBe(true);
  });

  it('flagClaims lists only discrepancies of clusters a cited quote overlaps', () => {
    const w = (id: string, document: string, start: number, end: number) => ({ id, document, start, end, text: '', attribution: {} });
    const side = { witness: 'w1', document: 'd1', start: 0, end: 1, text: '' };
    const clusters = [
      { id: 'c1', kind: 'quote' as const, source: {}, witnesses: [w('w1', 'd1', 0, 100), w('w2', 'd2', 0, 100)], variants: [] },
      { id: 'c2', kind: 'quote' as const, source: {}, witnesses: [w('w3', 'd1', 200, 300), w('w4', 'd2', 200, 300)], variants: [] },
    ];
    const discrepancies = [
      { id: 'x1', variant: 'v1', cluster: 'c1', a: side, b: side, kind: 'number' as const, severity: 'critical' as const, explanation: '' },
      { id: 'x2', variant: 'v2', cluster: 'c2', a: side, b: side, kind: 'wording' as const, severity: 'major' as const, explanation: '' },
      { id: 'x10', variant: 'v3', cluster: 'c2', a: side, b: side, kind: 'ocr' as const, severity: 'info' as const, explanation: '' },
    ];
    const quotes = [{ id: 'q', document: 'd1', start: 250, end: 260, attribution: {}, translated: false }];
    const [claim] = flagClaims([{ id: 'a', document: 'd1', start: 0, end: 5, cites: ['q'] }], quotes, clusters, discrepancies);
    expect(claim).toEqual({ id: 'a', document: 'd1', start: 0, end: 5, flagged: true, discrepancies: ['x2'] });
  });
});

describe('incremental cache', () => {
  it('recomputes only the changed document, and everything when the lexicon changes', () => {
    const cache = new MemoryEngineCache();
    const docs = [doc('d1', `${filler(1, 30)}. ${PASSAGE}`), doc('d2', `${PASSAGE} ${filler(2, 30)}`), doc('d3', filler(3, 50))];
    const first = check({ documents: docs }, { cache });
    expect(cache.stats).toEqual({ hits: 0, misses: 3, sets: 3 });
    const again = check({ documents: docs }, { cache });
    expect(cache.stats).toMatchObject({ hits: 3, misses: 3 });
    expect(again).toEqual(first);
    const changed = [docs[0], doc('d2', `${PASSAGE.replace('450', '540')} ${filler(2, 30)}`), docs[2]].filter((d) => d !== undefined);
    const third = check({ documents: changed }, { cache });
    expect(cache.stats).toMatchObject({ hits: 5, misses: 4, sets: 4 });
    expect(third).toEqual(check({ documents: changed }));
    check({ documents: changed, lexicon: [{ variants: ['Agdam', 'Aghdam'] }] }, { cache });
    expect(cache.stats.misses).toBe(7);
  });

  it('serves a copy of a cached text under another document id with its own id', () => {
    const cache = new MemoryEngineCache();
    const text = `${filler(7, 10)}. “${PASSAGE}” said The Times.`;
    check({ documents: [doc('a', text)] }, { cache });
    const state = inspectCheck({ documents: [doc('b', text), doc('c', text)] }, { cache });
    expect(state.documents.map((d) => d.id)).toEqual(['b', 'c']);
    expect(cache.stats.hits).toBe(2);
  });
});

describe('inspectCheck', () => {
  it('dumps seeds, chains, windows and alignments with their text', () => {
    const dump = inspectCheck(twoQuoting(PASSAGE.replace('450', '540')));
    expect(dump.pairs).toHaveLength(1);
    const [pair] = dump.pairs;
    expect(pair?.seeds).toBeGreaterThan(10);
    expect(pair?.chains.length).toBeGreaterThan(0);
    expect(pair?.passages[0]?.alignment).toContain('~ [450 → 540]');
    expect(dump.clusters[0]?.pairs[0]?.alignment).toContain('~ [450 → 540]');
  });
});

describe('properties', () => {
  const word = fc.constantFrom('the', 'war', 'shot', 'and', 'bayoneted', '450', 'Agdam', 'Aghdam', 'women', 'children', '“', '”', '...', 'Newsweek', 'reported:', '(March 16, 1992)', '\n', 'аnу');
  const prose = fc.array(word, { maxLength: 80 }).map((w) => w.join(' '));

  it('checks any texts without throwing and always yields a valid report', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(prose, fc.string({ unit: 'binary', maxLength: 200 })), { minLength: 1, maxLength: 4 }), (texts) => {
        const report = check({ documents: texts.map((t, i) => doc(`d${i}`, t)) });
        expect(() => Report.parse(report)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('finds no discrepancy between a document and an exact copy', () => {
    fc.assert(
      fc.property(prose, (t) => {
        const text = `${filler(9, 10)} ${t}`;
        expect(check({ documents: [doc('a', text), doc('b', text)] }).discrepancies).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
