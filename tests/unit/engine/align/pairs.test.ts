import { describe, expect, it } from 'vitest';
import { chainSeeds, fingerprints, findSharedPassages, LocalAligner, type SeedDocument } from '../../../../shared/engine/align';
import { tokenize } from '../../../../shared/engine';
import { filler, PASSAGE } from './helpers';

const seedDoc = (text: string): SeedDocument => {
  const tokens = tokenize(text);
  return { tokens, fingerprints: fingerprints(tokens) };
};
const text = (d: SeedDocument, r: { from: number; to: number }) => d.tokens.slice(r.from, r.to).map((t) => t.text).join(' ');
const never = () => false;
const always = () => true;
const P = tokenize(PASSAGE).length;

describe('chainSeeds', () => {
  it('joins consecutive seeds on one diagonal into one run and one chain', () => {
    const chains = chainSeeds([10, 11, 12, 13], [50, 51, 52, 53], { n: 5, maxGap: 48 });
    expect(chains).toEqual([{ a: { from: 10, to: 18 }, b: { from: 50, to: 58 }, covered: 8, runs: 1 }]);
  });

  it('bridges a gap on both sides (a substitution) and a shifted diagonal (an omission)', () => {
    const chains = chainSeeds([0, 1, 12, 13, 30], [100, 101, 112, 113, 126], { n: 5, maxGap: 20 });
    expect(chains).toHaveLength(1);
    expect(chains[0]?.runs).toBe(3);
    expect(chains[0]?.a).toEqual({ from: 0, to: 35 });
    expect(chains[0]?.b).toEqual({ from: 100, to: 131 });
  });

  it('keeps runs further apart than the gap limit in separate chains', () => {
    const chains = chainSeeds([0, 1, 200, 201], [0, 1, 200, 201], { n: 5, maxGap: 48 });
    expect(chains.map((c) => c.a.from)).toEqual([0, 200]);
  });
});

describe('findSharedPassages', () => {
  const aligner = new LocalAligner();

  it('finds a passage two documents share, placed exactly, at different offsets', () => {
    const docs = [seedDoc(`${filler(1, 120)}. ${PASSAGE} ${filler(2, 40)}`), seedDoc(`${filler(3, 15)}. ${PASSAGE.replace('450', '540')} ${filler(4, 300)}`)];
    const found = findSharedPassages(docs, aligner, never);
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p?.a).toEqual({ from: 120, to: 120 + P });
    expect(p?.b).toEqual({ from: 15, to: 15 + P });
    expect(p?.matched).toBe(P - 1);
  });

  it('finds a passage one document repeats, as two regions that do not overlap', () => {
    const docs = [seedDoc(`${filler(5, 30)}. ${PASSAGE} ${filler(6, 80)}. ${PASSAGE} ${filler(7, 20)}`)];
    const found = findSharedPassages(docs, aligner, never);
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p?.docA).toBe(0);
    expect(p?.docB).toBe(0);
    expect(p?.a).toEqual({ from: 30, to: 30 + P });
    expect(p?.b).toEqual({ from: 30 + P + 80, to: 30 + 2 * P + 80 });
  });

  it('tolerates a damaged scan: a hole of unrelated words inside the shared passage', () => {
    const [head, tail] = [PASSAGE.slice(0, PASSAGE.indexOf('The attackers')), PASSAGE.slice(PASSAGE.indexOf('The attackers'))];
    const damaged = `${head} ${filler(8, 25)} ${tail}`;
    const docs = [seedDoc(`${filler(9, 10)}. ${PASSAGE}`), seedDoc(`${damaged} ${filler(10, 10)}`)];
    const found = findSharedPassages(docs, aligner, never);
    expect(found).toHaveLength(1);
    expect(text(docs[1] as SeedDocument, (found[0] as { b: { from: number; to: number } }).b)).toMatch(/^Survivors reported .* Aghdam$/);
    expect(found[0]?.ops.some((o) => o.op === 'insert' && o.b.to - o.b.from === 25)).toBe(true);
  });

  it('ignores a stock phrase outside quotes but keeps it when it is quoted', () => {
    const phrase = 'the immediate cessation of all hostilities and hostile acts';
    const docs = [seedDoc(`${filler(11, 40)} ${phrase} ${filler(12, 40)}`), seedDoc(`${filler(13, 40)} ${phrase} ${filler(14, 40)}`)];
    expect(findSharedPassages(docs, aligner, never)).toEqual([]);
    expect(findSharedPassages(docs, aligner, always)).toHaveLength(1);
  });

  it('does not take a date and function words for a quoted passage, even inside a quote', () => {
    const opening = 'On the night of 25 to 26 February 1992, the';
    const docs = [seedDoc(`${filler(17, 40)} ${opening} ${filler(18, 40)}`), seedDoc(`${filler(19, 40)} ${opening} ${filler(20, 40)}`)];
    expect(findSharedPassages(docs, aligner, always)).toEqual([]);
    const said = 'On the night of 25 February two soldiers were wounded';
    const sdocs = [seedDoc(`${filler(17, 40)} ${said} ${filler(18, 40)}`), seedDoc(`${filler(19, 40)} ${said} ${filler(20, 40)}`)];
    expect(findSharedPassages(sdocs, aligner, always)).toHaveLength(1);
  });

  it('finds nothing between unrelated documents and reports progress per document pair', () => {
    const progress: number[] = [];
    const docs = [seedDoc(filler(15, 500)), seedDoc(filler(16, 500)), seedDoc('')];
    expect(findSharedPassages(docs, aligner, always, {}, { onProgress: (d) => progress.push(d) })).toEqual([]);
    expect(progress).toEqual([]);
  });
});
