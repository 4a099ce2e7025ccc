import { describe, expect, it } from 'vitest';
import {
  clusterPassages, consensus, fingerprints, findSharedPassages, joinByAttribution, LocalAligner, QuoteSpans,
  type ClusterStats, type SeedDocument,
} from '../../../../shared/engine/align';
import { tokenize, type Aligner } from '../../../../shared/engine';
import { filler, PASSAGE } from './helpers';

const seedDoc = (text: string): SeedDocument => {
  const tokens = tokenize(text);
  return { tokens, fingerprints: fingerprints(tokens) };
};
const aligner = new LocalAligner();
const noQuotes = (n: number) => new QuoteSpans(n, []);

/** `k` documents quoting the passage (the first in full, the others shorter or changed) in unrelated text. */
function quotingDocs(k: number): SeedDocument[] {
  const variants = [PASSAGE, PASSAGE.replace('450', '540'), PASSAGE.replace(' possibly thousands,', ''), PASSAGE.replace('Raisa', 'Rasia'), PASSAGE.slice(0, PASSAGE.indexOf(' said'))];
  return Array.from({ length: k }, (_, i) => seedDoc(`${filler(100 + i, 20 + 7 * i)}. ${variants[i % variants.length]} ${filler(200 + i, 30)}`));
}

describe('clusterPassages', () => {
  it.each([3, 4, 5])('clusters a passage quoted in %i documents with k-1 alignments to the representative', (k) => {
    const docs = quotingDocs(k);
    const links = findSharedPassages(docs, aligner, () => false);
    expect(links.length).toBe((k * (k - 1)) / 2);
    let calls = 0;
    const counting: Aligner = { name: 'counting', align: (...args) => (calls++, aligner.align(...args)) };
    const stats: ClusterStats = { alignments: 0 };
    const clusters = clusterPassages(docs, links, noQuotes(k), counting, { stats });
    expect(clusters).toHaveLength(1);
    const [c] = clusters;
    expect(c?.members.map((m) => m.witness.doc)).toEqual(Array.from({ length: k }, (_, i) => i));
    expect(calls).toBe(k - 1);
    expect(stats.alignments).toBe(k - 1);
    // The representative is the longest witness (the full passage) and every other member points to it.
    expect(c?.members[c.representative]?.witness.doc).toBe(0);
    expect(c?.members.filter((m) => m.parent === c.representative)).toHaveLength(k - 1);
  });

  it('keeps two different passages in two clusters', () => {
    const other = 'Azerbaijan was a charnel house again last week: a place of mourning refugees and dozens of mangled corpses dragged to a makeshift morgue behind the mosque.';
    const docs = [seedDoc(`${PASSAGE} ${filler(1, 30)} ${other}`), seedDoc(`${other} ${filler(2, 30)}`), seedDoc(`${filler(3, 30)} ${PASSAGE}`)];
    const clusters = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), noQuotes(3), aligner);
    expect(clusters.map((c) => c.members.map((m) => m.witness.doc).sort())).toEqual(expect.arrayContaining([[0, 2], [0, 1]]));
    expect(clusters).toHaveLength(2);
  });

  it('gives each witness the attribution of the quote it overlaps, a user annotation before a detected one', () => {
    const docs = quotingDocs(2);
    const start = (d: SeedDocument) => d.tokens[20]?.start ?? 0;
    // Both spans cover the whole passage (a span bounds its witness); the annotation's attribution wins.
    const end = (d: SeedDocument) => start(d) + PASSAGE.length;
    const quotes = new QuoteSpans(2, [
      { doc: 0, start: start(docs[0] as SeedDocument), end: end(docs[0] as SeedDocument), attribution: { outlet: 'Detected Daily' }, translated: false, user: false },
      { doc: 0, start: start(docs[0] as SeedDocument), end: end(docs[0] as SeedDocument), attribution: { outlet: 'The Sunday Times', date: '1992-03-01' }, translated: false, user: true },
    ]);
    const [c] = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), quotes, aligner);
    expect(c?.members[0]?.witness.attribution).toEqual({ outlet: 'The Sunday Times', date: '1992-03-01' });
    expect(c?.members[0]?.witness.quoted).toBe(true);
    expect(c?.members[1]?.witness.quoted).toBe(false);
    expect(c?.source).toEqual({ outlet: 'The Sunday Times', date: '1992-03-01' });
  });
});

describe('joinByAttribution', () => {
  const english = 'The fugitives fell into ambushes set by the attackers and came under fire; some of them nonetheless managed to reach the town while others froze to death in the mountains.';
  const other = 'Les fugitifs sont tombés dans des embuscades tendues par les assaillants et ont essuyé des tirs; certains ont pourtant réussi à gagner la ville tandis que d’autres sont morts de froid.';

  it('joins two renderings with the same outlet and date into one cluster of translation members', () => {
    const docs = [seedDoc(`${filler(1, 10)}. ${english}`), seedDoc(`${filler(2, 10)}. ${other}`)];
    const at = (d: SeedDocument, s: string) => ({ start: d.tokens[10]?.start ?? 0, end: (d.tokens[10]?.start ?? 0) + s.length });
    const attribution = { outlet: 'Memorial', date: '1992-03-10' };
    const quotes = new QuoteSpans(2, [
      { doc: 0, ...at(docs[0] as SeedDocument, english), attribution, translated: false, user: true },
      { doc: 1, ...at(docs[1] as SeedDocument, other), attribution: { ...attribution, outlet: 'MEMORIAL' }, translated: true, user: true },
    ]);
    const joined = joinByAttribution([], docs, quotes);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.members.map((m) => [m.witness.doc, m.mode])).toEqual([[0, 'aligned'], [1, 'translation']]);
    expect(joined[0]?.members[1]?.parent).toBe(joined[0]?.representative);
  });

  it('does not join quotes whose dates differ or that lack a date', () => {
    const docs = [seedDoc(english), seedDoc(other)];
    const span = (doc: number, date?: string) => ({ doc, start: 0, end: 120, attribution: { outlet: 'Memorial', ...(date ? { date } : {}) }, translated: true, user: true });
    expect(joinByAttribution([], docs, new QuoteSpans(2, [span(0, '1992-03-10'), span(1, '1992-03-11')]))).toEqual([]);
    expect(joinByAttribution([], docs, new QuoteSpans(2, [span(0), span(1)]))).toEqual([]);
  });
});

describe('consensus', () => {
  it('takes the most common value of each field, the first listed on a tie', () => {
    expect(consensus([{ outlet: 'Newsweek', date: '1992-03-16' }, { outlet: 'Time' }, { outlet: 'Newsweek', author: 'P. Privat' }])).toEqual({ outlet: 'Newsweek', date: '1992-03-16', author: 'P. Privat' });
    expect(consensus([{ outlet: 'A' }, { outlet: 'B' }])).toEqual({ outlet: 'A' });
    expect(consensus([])).toEqual({});
  });
});
