import { describe, expect, it } from 'vitest';
import { findShortQuoteClusters, type ShortQuoteDocument, type ShortQuoteStats } from '../../../../shared/engine/align/short-quotes';
import { fingerprints, QuoteSpans, type QuoteSpan } from '../../../../shared/engine/align';
import { check, tokenize } from '../../../../shared/engine';
import type { Attribution } from '../../../../shared/model';
import { doc, filler } from './helpers';

const RANK = { info: 0, minor: 1, major: 2, critical: 3 } as const;
const shortDoc = (text: string): ShortQuoteDocument => {
  const tokens = tokenize(text);
  return { tokens, fingerprints: fingerprints(tokens), text };
};
/** A detected span over `phrase` in `text` (the first at or after `after`). */
const span = (d: number, text: string, phrase: string, attribution: Attribution, cue: QuoteSpan['cue'], after = ''): QuoteSpan => {
  const start = text.indexOf(phrase, text.indexOf(after));
  return { doc: d, start, end: start + phrase.length, attribution, translated: false, user: false, cue };
};

const TIME = { outlet: 'Time', date: '1992-03-16' };
const ARTICLE = 'While the details are argued, this much is plain: something grim and unconscionable happened in the Azerbaijani town of Khojaly two weeks ago, and the town is empty now.';

describe('findShortQuoteClusters', () => {
  it('joins a 3-word attributed quote to the exact words of the article it quotes', () => {
    const a = `${filler(1, 20)}. Time magazine called the actions “grim and unconscionable,” reporting deaths. ${filler(2, 20)}.`;
    const b = `${filler(3, 20)}.\n\n${ARTICLE}\n\n${filler(4, 20)}.`;
    const docs = [shortDoc(a), shortDoc(b)];
    const quotes = new QuoteSpans(2, [span(0, a, 'grim and unconscionable', TIME, 'quotation-marks'), span(1, b, ARTICLE, { ...TIME, headline: 'Massacre in Khojaly' }, 'block')]);
    const clusters = findShortQuoteClusters(docs, quotes, []);
    expect(clusters).toHaveLength(1);
    const w = clusters[0]?.witnesses.map((x) => [x.doc, x.start, x.end]);
    expect(w).toEqual([[0, a.indexOf('grim'), a.indexOf('grim') + 23], [1, b.indexOf('grim'), b.indexOf('grim') + 23]]);
    expect(clusters[0]?.source).toMatchObject({ outlet: 'Time', date: '1992-03-16' });
    expect(clusters[0]?.pairs[0]?.ops).toEqual([{ op: 'equal', a: { from: expect.any(Number), to: expect.any(Number) }, b: { from: expect.any(Number), to: expect.any(Number) } }]);
  });

  it('joins the quote to its source in the whole pipeline, with nothing reported between them', () => {
    const a = `${filler(5, 30)}.\n\nThe Time magazine called the actions against Khojaly “grim and unconscionable,” reporting that many were mutilated (March 16, 1992).\n\n${filler(6, 30)}.\n`;
    const b = `# TIME\n\n**Time, 16 March 1992, "Massacre in Khojaly"**\n\n*By Jill Smolowe*\n\n${ARTICLE}\n\n---\n\n${filler(7, 30)}\n`;
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const c = r.clusters.find((x) => x.witnesses.some((w) => w.document === 'a' && w.start === a.indexOf('grim and')));
    expect(c?.witnesses.map((w) => [w.document, w.text])).toEqual([['a', 'grim and unconscionable'], ['b', 'grim and unconscionable']]);
    expect(c?.witnesses[1]?.start).toBe(b.indexOf('grim and'));
    expect(r.discrepancies.filter((x) => x.cluster === c?.id)).toEqual([]);
  });

  it.each([
    ['a phrase of function words and one content word', '“in the town”', 'in the town'],
    ['a 3-word phrase found only outside any quote', '“massacre in Khojaly”', 'massacre in Khojaly'],
  ])('does not join %s', (_name, quoted, plain) => {
    const a = `${filler(8, 20)}. Time magazine called it ${quoted} at the time. ${filler(9, 20)}.`;
    const b = `${filler(10, 20)}. They came back to the ${plain} and stayed there, and the ${plain} was quiet. ${filler(11, 20)}.`;
    const docs = [shortDoc(a), shortDoc(b)];
    const quotes = new QuoteSpans(2, [span(0, a, quoted.slice(1, -1), TIME, 'quotation-marks')]);
    expect(findShortQuoteClusters(docs, quotes, [])).toEqual([]);
  });

  it('does not join a 3-word quote to a quote credited to another outlet', () => {
    const a = `${filler(12, 20)}. Time called the actions “grim and unconscionable” then. ${filler(13, 20)}.`;
    const b = `${filler(14, 20)}.\n\n${ARTICLE}\n\n${filler(15, 20)}.`;
    const quotes = new QuoteSpans(2, [span(0, a, 'grim and unconscionable', TIME, 'quotation-marks'), span(1, b, ARTICLE, { outlet: 'Newsweek', date: '1992-03-16' }, 'block')]);
    expect(findShortQuoteClusters([shortDoc(a), shortDoc(b)], quotes, [])).toEqual([]);
  });

  it('joins a headline quote to the headline in an article’s dateline, outside the body’s span', () => {
    const headline = 'Massacre in Khojaly';
    const a = `${filler(16, 20)}. Time ran the story as “${headline}” that week. ${filler(17, 20)}.`;
    const b = `${filler(18, 20)}.\n\n**Time, 16 March 1992, ${headline}**\n\n${ARTICLE.replace('Khojaly', 'the town')}\n\n${filler(19, 20)}.`;
    const quotes = new QuoteSpans(2, [span(0, a, headline, TIME, 'quotation-marks'), span(1, b, ARTICLE.replace('Khojaly', 'the town'), { ...TIME, headline }, 'block')]);
    const clusters = findShortQuoteClusters([shortDoc(a), shortDoc(b)], quotes, []);
    expect(clusters).toHaveLength(1);
    const w = clusters[0]?.witnesses[1];
    expect([w?.doc, w?.start, w?.end]).toEqual([1, b.indexOf(headline), b.indexOf(headline) + headline.length]);
    // The headline lies outside every quote span, yet is credited to its article.
    expect(w?.attribution).toMatchObject({ outlet: 'Time', headline });
  });

  it('reports case-only differences as typography (info) and a heading cut off at a line end as a shorter excerpt', () => {
    const quoted = 'Armenian Soldiers Massacre Hundreds of Fleeing Families';
    const a = `${filler(20, 30)}.\n\nThe Sunday Times reported the atrocity with the headline, “${quoted}” (March 1, 1992).\n\n${filler(21, 30)}.\n`;
    const b = `${filler(22, 30)}\n\n## Armenian soldiers massacre hundreds of fleeing familie\n\nHE spiralling violence ${filler(23, 30)}\n`;
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const c = r.clusters.find((x) => x.witnesses.some((w) => w.document === 'a' && w.start === a.indexOf(quoted)));
    expect(c?.witnesses.map((w) => w.text)).toEqual([quoted, 'Armenian soldiers massacre hundreds of fleeing familie']);
    const found = r.discrepancies.filter((x) => x.cluster === c?.id);
    expect(found.length).toBeGreaterThan(0);
    for (const x of found) expect([x.kind, RANK[x.severity]]).toEqual(['typography', RANK.info]);
  });

  it('does not look up a quote that a cluster already holds', () => {
    const a = `${filler(24, 20)}. Time called the actions “grim and unconscionable” then. ${filler(25, 20)}.`;
    const b = `${filler(26, 20)}.\n\n${ARTICLE}\n\n${filler(27, 20)}.`;
    const docs = [shortDoc(a), shortDoc(b)];
    const quotes = new QuoteSpans(2, [span(0, a, 'grim and unconscionable', TIME, 'quotation-marks'), span(1, b, ARTICLE, TIME, 'block')]);
    const [existing] = findShortQuoteClusters(docs, quotes, []);
    expect(existing).toBeDefined();
    expect(findShortQuoteClusters(docs, quotes, existing ? [existing] : [])).toEqual([]);
  });

  it('builds its index once and reads every token once, however many quotes it looks up', () => {
    const n = 40;
    const texts = Array.from({ length: 6 }, (_, i) => `${filler(30 + i, 200)}. ${Array.from({ length: n }, (_, k) => `Time said “${filler(1000 + 10 * i + k, 3)}” once.`).join(' ')} ${filler(40 + i, 200)}.`);
    const docs = texts.map(shortDoc);
    const spans = texts.flatMap((t, d) => [...t.matchAll(/“([^”]+)”/gu)].map((m) => ({ doc: d, start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + (m[1] ?? '').length, attribution: TIME, translated: false, user: false, cue: 'quotation-marks' as const })));
    const stats: ShortQuoteStats = { indexBuilds: 0, tokensScanned: 0, verifications: 0 };
    findShortQuoteClusters(docs, new QuoteSpans(docs.length, spans), [], { stats });
    expect(stats.indexBuilds).toBe(1);
    expect(stats.tokensScanned).toBe(docs.reduce((s, d) => s + d.tokens.length, 0));
    // Only positions whose first two keys start some quote are verified: about one per quote, never quotes × tokens.
    expect(stats.verifications).toBeLessThan(4 * spans.length);
  });

  it('stays linear when thousands of quotes open with the same words', () => {
    // A long document of short quotations that all start alike (`we will rebuild bridge 17 …`): the stock
    // opening is dropped from the index instead of verifying every place against every quote.
    const n = 2000;
    const text = Array.from({ length: n }, (_, k) => `The mayor said “we will rebuild the bridge number ${k} before winter” and left.`).join('\n\n');
    const docs = [shortDoc(text)];
    const spans = [...text.matchAll(/“([^”]+)”/gu)].map((m) => ({ doc: 0, start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + (m[1] ?? '').length, attribution: TIME, translated: false, user: false, cue: 'quotation-marks' as const }));
    const stats: ShortQuoteStats = { indexBuilds: 0, tokensScanned: 0, verifications: 0 };
    findShortQuoteClusters(docs, new QuoteSpans(1, spans), [], { stats });
    expect(stats.verifications).toBeLessThan(4 * n);
  });
});
