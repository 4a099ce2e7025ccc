import { describe, expect, it } from 'vitest';
import {
  clusterPassages, consensus, finishCluster, fingerprints, findSharedPassages, joinByAttribution, LocalAligner, QuoteSpans, tokenRangeOf,
  type SeedDocument,
} from '../../../../shared/engine/align';
import { tokenize } from '../../../../shared/engine';
import { filler, PASSAGE } from './helpers';

const seedDoc = (text: string): SeedDocument & { text: string } => {
  const tokens = tokenize(text);
  return { tokens, fingerprints: fingerprints(tokens), text };
};
const aligner = new LocalAligner();
const noQuotes = (n: number) => new QuoteSpans(n, []);

/** `k` documents quoting the passage (the first in full, the others shorter or changed) in unrelated text. */
function quotingDocs(k: number): (SeedDocument & { text: string })[] {
  const variants = [PASSAGE, PASSAGE.replace('450', '540'), PASSAGE.replace(' possibly thousands,', ''), PASSAGE.replace('Raisa', 'Rasia'), PASSAGE.slice(0, PASSAGE.indexOf(' said'))];
  return Array.from({ length: k }, (_, i) => seedDoc(`${filler(100 + i, 20 + 7 * i)}. ${variants[i % variants.length]} ${filler(200 + i, 30)}`));
}

describe('clusterPassages', () => {
  it.each([3, 4, 5])('clusters a passage quoted in %i documents and keeps every pair compared directly', (k) => {
    const docs = quotingDocs(k);
    const links = findSharedPassages(docs, aligner, () => false);
    expect(links.length).toBe((k * (k - 1)) / 2);
    const clusters = clusterPassages(docs, links, noQuotes(k));
    expect(clusters).toHaveLength(1);
    const [c] = clusters;
    expect(c?.witnesses.map((w) => w.doc)).toEqual(Array.from({ length: k }, (_, i) => i));
    // Every two witnesses share the passage, so every pair is there, each with its own alignment.
    expect(c?.pairs.map((p) => [p.x, p.y])).toEqual(Array.from({ length: k }, (_, x) => Array.from({ length: k - x - 1 }, (_, j) => [x, x + j + 1])).flat());
    for (const p of c?.pairs ?? []) {
      const first = p.ops[0];
      const wx = c?.witnesses[p.x];
      const wy = c?.witnesses[p.y];
      expect(first && wx && wy && first.a.from >= wx.range.from && first.b.from >= wy.range.from).toBe(true);
    }
  });

  it('compares two reprints of a second article with each other, not only through the first', () => {
    // Doc 0 holds article X then article Y (one reporter's two pieces); docs 1 and 2 reprint Y with one
    // difference between them that neither has with doc 0's copy in the same place.
    const y = 'The survivors said two thousand others, some of whom had fled separately, were still missing in the gruelling terrain and many could perish from their wounds or the cold.';
    const docs = [seedDoc(`${PASSAGE} ${y} ${filler(1, 30)}`), seedDoc(`${filler(2, 20)}. ${y} ${filler(3, 20)}`), seedDoc(`${filler(4, 20)}. ${y.replace('gruelling', 'harsh')} ${filler(5, 20)}`)];
    const [c] = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), noQuotes(3));
    const direct = c?.pairs.find((p) => c.witnesses[p.x]?.doc === 1 && c.witnesses[p.y]?.doc === 2);
    expect(direct?.ops.some((op) => op.op === 'replace')).toBe(true);
  });

  it('keeps two different passages in two clusters', () => {
    const other = 'Azerbaijan was a charnel house again last week: a place of mourning refugees and dozens of mangled corpses dragged to a makeshift morgue behind the mosque.';
    const docs = [seedDoc(`${PASSAGE} ${filler(1, 30)} ${other}`), seedDoc(`${other} ${filler(2, 30)}`), seedDoc(`${filler(3, 30)} ${PASSAGE}`)];
    const clusters = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), noQuotes(3));
    expect(clusters.map((c) => c.witnesses.map((w) => w.doc).sort())).toEqual(expect.arrayContaining([[0, 2], [0, 1]]));
    expect(clusters).toHaveLength(2);
  });

  it('gives each witness the attribution of the quote it overlaps, a user annotation before a detected one', () => {
    const docs = quotingDocs(2);
    const start = (d: SeedDocument) => d.tokens.at(20)?.start ?? 0;
    // Both spans cover the whole passage (a span bounds its witness); the annotation's attribution wins.
    const end = (d: SeedDocument) => start(d) + PASSAGE.length;
    const quotes = new QuoteSpans(2, [
      { doc: 0, start: start(docs[0] as SeedDocument), end: end(docs[0] as SeedDocument), attribution: { outlet: 'Detected Daily' }, translated: false, user: false },
      { doc: 0, start: start(docs[0] as SeedDocument), end: end(docs[0] as SeedDocument), attribution: { outlet: 'The Sunday Times', date: '1992-03-01' }, translated: false, user: true },
    ]);
    const [c] = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), quotes);
    expect(c?.witnesses[0]?.attribution).toEqual({ outlet: 'The Sunday Times', date: '1992-03-01' });
    expect(c?.witnesses[0]?.quoted).toBe(true);
    expect(c?.witnesses[1]?.quoted).toBe(false);
    expect(c?.source).toEqual({ outlet: 'The Sunday Times', date: '1992-03-01' });
  });
});

describe('joinByAttribution', () => {
  const english = 'The fugitives fell into ambushes set by the attackers and came under fire; some of them nonetheless managed to reach the town while others froze to death in the mountains.';
  const other = 'Les fugitifs sont tombés dans des embuscades tendues par les assaillants et ont essuyé des tirs; certains ont pourtant réussi à gagner la ville tandis que d’autres sont morts de froid.';

  it('joins two renderings with the same outlet and date into one cluster of translation members', () => {
    const docs = [seedDoc(`${filler(1, 10)}. ${english}`), seedDoc(`${filler(2, 10)}. ${other}`)];
    const at = (d: SeedDocument, s: string) => ({ start: d.tokens.at(10)?.start ?? 0, end: (d.tokens.at(10)?.start ?? 0) + s.length });
    const attribution = { outlet: 'Memorial', date: '1992-03-10' };
    const quotes = new QuoteSpans(2, [
      { doc: 0, ...at(docs[0] as SeedDocument, english), attribution, translated: false, user: true },
      { doc: 1, ...at(docs[1] as SeedDocument, other), attribution: { ...attribution, outlet: 'MEMORIAL' }, translated: true, user: true },
    ]);
    const joined = joinByAttribution([], docs, quotes);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.witnesses.map((w) => w.doc)).toEqual([0, 1]);
    expect(joined[0]?.pairs).toEqual([{ x: 0, y: 1, mode: 'translation', ops: [] }]);
  });

  it('never takes two passages of one article for renderings of each other', () => {
    // One reprinted article (a block under its dateline) quoted in two places, each passage reprinted by
    // another paper: same outlet and date, few shared words, comparable lengths, yet two excerpts of one
    // text, not a text and its translation.
    const second = 'The council met late into the night and agreed that the bridge over the river would be rebuilt with money from the regional fund before the spring.';
    const docs = [seedDoc(`${english} ${second}`), seedDoc(english), seedDoc(second)];
    const attribution = { outlet: 'Memorial', date: '1992-03-10' };
    const witness = (doc: number, start: number, end: number) => ({ doc, start, end, range: tokenRangeOf((docs[doc] as SeedDocument).tokens, start, end), attribution, translated: false, quoted: true });
    const pair = (x: ReturnType<typeof witness>, y: ReturnType<typeof witness>) => finishCluster([x, y], [{ x: 0, y: 1, mode: 'aligned', ops: [] }]);
    const clusters = [pair(witness(0, 0, english.length), witness(1, 0, english.length)), pair(witness(0, english.length + 1, english.length + 1 + second.length), witness(2, 0, second.length))];
    const block = (doc: number, end: number) => ({ doc, start: 0, end, attribution, translated: false, user: false, cue: 'block' as const });
    const oneArticle = new QuoteSpans(3, [block(0, english.length + 1 + second.length)]);
    expect(joinByAttribution(clusters, docs, oneArticle).map((c) => c.witnesses.length)).toEqual([2, 2]);
    // Two articles of one document (no block holds both) may render each other.
    const twoArticles = new QuoteSpans(3, [block(0, english.length), { ...block(0, english.length + 1 + second.length), start: english.length + 1 }]);
    expect(joinByAttribution(clusters, docs, twoArticles).map((c) => c.witnesses.length)).toEqual([4]);
  });

  it('does not join quotes whose dates differ or that lack a date', () => {
    const docs = [seedDoc(english), seedDoc(other)];
    const span = (doc: number, date?: string) => ({ doc, start: 0, end: 120, attribution: { outlet: 'Memorial', ...(date ? { date } : {}) }, translated: true, user: true });
    expect(joinByAttribution([], docs, new QuoteSpans(2, [span(0, '1992-03-10'), span(1, '1992-03-11')]))).toEqual([]);
    expect(joinByAttribution([], docs, new QuoteSpans(2, [span(0), span(1)]))).toEqual([]);
  });
});

describe('clusters and stock phrases', () => {
  // Two different statements that share one stock sentence, each quoted whole by a second document: the
  // statements are two clusters, and the shared sentence (a small part of both statements) joins neither.
  const stock = 'The council calls upon all parties to refrain from any action that could widen the conflict in the region.';
  const first = `The mayor announced that the flood barrier along the eastern bank would be rebuilt before the winter storms, with money from the regional fund. ${stock} Work on the barrier is to start in the first week of next month and last until the spring.`;
  const second = `The committee regrets that the talks in the capital broke down again after the delegations failed to agree on the order of the agenda. ${stock} It asks both delegations to return to the table as soon as the holidays are over.`;
  const docs = [
    seedDoc(`${filler(1, 20)}. ${first} ${filler(2, 20)}. ${second} ${filler(3, 20)}.`),
    seedDoc(`${filler(4, 25)}. ${first} ${filler(5, 25)}.`),
    seedDoc(`${filler(6, 25)}. ${second} ${filler(7, 25)}.`),
  ];

  it('keeps two statements that share a stock sentence apart, and compares the sentence on its own', () => {
    const clusters = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), noQuotes(3));
    const text = (c: (typeof clusters)[number]) => c.witnesses.map((w) => docs[w.doc]?.text.slice(w.start, w.end) ?? '');
    const statements = clusters.filter((c) => c.witnesses.length >= 2 && text(c).every((t) => t.length > stock.length * 1.5));
    expect(statements).toHaveLength(2);
    for (const c of statements) {
      const t = text(c);
      // Each statement cluster holds one statement only, in both of its places.
      expect(t.every((x) => x.includes('flood barrier')) || t.every((x) => x.includes('talks in the capital'))).toBe(true);
    }
    expect(Math.max(...clusters.map((c) => c.witnesses.length))).toBe(2);
    expect(clusters.some((c) => text(c).every((t) => t.includes('refrain from any action') && t.length < stock.length * 1.5))).toBe(true);
  });

  it('does not let a document quoting only the stock sentence chain the two statements together', () => {
    const withExcerpt = [...docs, seedDoc(`${filler(8, 25)}. ${stock} ${filler(9, 25)}.`)];
    const clusters = clusterPassages(withExcerpt, findSharedPassages(withExcerpt, aligner, () => false), noQuotes(4));
    const text = (c: (typeof clusters)[number]) => c.witnesses.map((w) => withExcerpt[w.doc]?.text.slice(w.start, w.end) ?? '');
    for (const c of clusters) {
      const t = text(c);
      expect(t.some((x) => x.includes('flood barrier')) && t.some((x) => x.includes('talks in the capital')), t.join(' | ')).toBe(false);
    }
    // The excerpt is still compared with each statement.
    expect(clusters.filter((c) => c.witnesses.some((w) => w.doc === 3)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('formulas', () => {
  // The same opening words continued differently in each document are a formula, not a quotation.
  const opening = 'In the early hours of the twelfth of May the river broke through the old flood wall near the mill';
  const texts = [
    `${filler(11, 20)}. ${opening} and within an hour the water had reached the market square, where traders were still setting up their stalls. ${filler(12, 20)}.`,
    `${filler(13, 20)}. ${opening} while most of the town was asleep, so the first warning came from the church bells rung by a neighbour. ${filler(14, 20)}.`,
    `${filler(15, 20)}. ${opening} after a week of heavy rain in the hills, and engineers had warned the council about that wall for years. ${filler(16, 20)}.`,
  ];
  const docs = texts.map(seedDoc);

  it('does not cluster a stock opening that each document continues in its own words', () => {
    const clusters = clusterPassages(docs, findSharedPassages(docs, aligner, () => false), noQuotes(3));
    expect(clusters).toEqual([]);
  });

  it('keeps a repeated statement of figures, fragment or not: that is where documents contradict each other', () => {
    const figures = texts.map((t) => t.replace(opening, 'The storm destroyed 140 homes and 12 bridges along the coast road between the harbour and the mill'));
    const fdocs = figures.map(seedDoc);
    expect(clusterPassages(fdocs, findSharedPassages(fdocs, aligner, () => false), noQuotes(3)).length).toBeGreaterThan(0);
  });

  it('does not count the day and year of a date as figures: a dated stock opening is still a formula', () => {
    const dated = texts.map((t) => t.replace(opening, 'In the early hours of 12 May 2019 the river broke through the old flood wall near the mill'));
    const ddocs = dated.map(seedDoc);
    expect(clusterPassages(ddocs, findSharedPassages(ddocs, aligner, () => false), noQuotes(3))).toEqual([]);
  });

  it('keeps the same words as a cluster where they are a quotation in marks', () => {
    const quoted = texts.map((t) => t.replace(opening, `“${opening}”`));
    const qdocs = quoted.map(seedDoc);
    const spans = qdocs.flatMap((d, doc) => {
      const start = d.text.indexOf('“') + 1;
      return [{ doc, start, end: start + opening.length, attribution: {}, translated: false, user: false, cue: 'quotation-marks' as const }];
    });
    const clusters = clusterPassages(qdocs, findSharedPassages(qdocs, aligner, () => false), new QuoteSpans(3, spans));
    expect(clusters.length).toBeGreaterThan(0);
  });
});

describe('consensus', () => {
  it('takes the most common value of each field, the first listed on a tie', () => {
    expect(consensus([{ outlet: 'Newsweek', date: '1992-03-16' }, { outlet: 'Time' }, { outlet: 'Newsweek', author: 'P. Privat' }])).toEqual({ outlet: 'Newsweek', date: '1992-03-16', author: 'P. Privat' });
    expect(consensus([{ outlet: 'A' }, { outlet: 'B' }])).toEqual({ outlet: 'A' });
    expect(consensus([])).toEqual({});
  });

  it('counts spellings of one outlet together and shows the one not set in capitals', () => {
    const spelt = [{ outlet: 'THE COASTAL TIMES', date: '2022-08-12' }, { outlet: 'Harbour Review' }, { outlet: 'The Coastal Times', author: 'Jonathan Reyes' }];
    expect(consensus(spelt)).toEqual({ outlet: 'The Coastal Times', date: '2022-08-12', author: 'Jonathan Reyes' });
  });

  it('takes author, date and headline only from witnesses credited to the chosen outlet', () => {
    const mixed = [{ outlet: 'The Daily Post', date: '2002-02-27' }, { outlet: 'Evening Star' }, { author: 'Citizens Watch', date: '2010-04-22' }];
    expect(consensus(mixed)).toEqual({ outlet: 'The Daily Post', date: '2002-02-27' });
    expect(consensus([{ author: 'A. Writer', date: '2001-01-01' }, { date: '2001-01-01' }])).toEqual({ author: 'A. Writer', date: '2001-01-01' });
  });
});
