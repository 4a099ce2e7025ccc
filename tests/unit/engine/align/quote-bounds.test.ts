import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import { doc, filler, PASSAGE } from './helpers';

const run = (a: string, b: string) => check({ documents: [doc('a', a), doc('b', b)] });
/** A witness runs from its first word to its last: closing punctuation and marks are not in it. */
const words = (s: string): string => s.replace(/[^\p{L}\p{N}]+$/u, '');

describe('witnesses are bounded by their quotes', () => {
  it('stops at the quotation marks, so two introductions that differ are not part of the quote', () => {
    const a = `${filler(1, 20)}. The Ledger reported that day: “${PASSAGE}” ${filler(2, 20)}.`;
    const b = `${filler(3, 20)}. As the Ledger reported at the time: “${PASSAGE}” ${filler(4, 20)}.`;
    const r = run(a, b);
    expect(r.clusters).toHaveLength(1);
    for (const w of r.clusters[0]?.witnesses ?? []) expect(w.text).toBe(words(PASSAGE));
    expect(r.discrepancies).toEqual([]);
  });

  it('stops at an article body, so the dateline and headline above it are not part of the quote', () => {
    const headline = 'Armenian soldiers massacre hundreds of fleeing families';
    const a = `# THE SUNDAY TIMES\n\n**The Sunday Times, 1 March 1992,  \n"${headline}"**\n\n*By Thomas Goltz*\n\n${PASSAGE}\n\n---\n\n${filler(5, 30)}\n`;
    const b = `${filler(6, 30)}\n\n## ${headline}\n\n${PASSAGE.replace('bayoneted', 'looted')}\n\n${filler(7, 30)}\n`;
    const r = run(a, b);
    // Two clusters: the article body, and the headline (a short quote, looked up exactly) on its own.
    expect(r.clusters).toHaveLength(2);
    const body = r.clusters.find((c) => c.witnesses.some((w) => w.document === 'a' && w.start === a.indexOf(PASSAGE)));
    const inA = body?.witnesses.find((w) => w.document === 'a');
    expect(inA?.start).toBe(a.indexOf(PASSAGE));
    expect(inA?.end).toBeLessThanOrEqual(a.indexOf('---'));
    const titled = r.clusters.find((c) => c !== body);
    expect(titled?.witnesses.map((w) => [w.document, w.start, w.end])).toEqual([['a', a.indexOf(headline), a.indexOf(headline) + headline.length], ['b', b.indexOf(headline), b.indexOf(headline) + headline.length]]);
    expect(inA?.attribution).toMatchObject({ outlet: 'The Sunday Times', date: '1992-03-01' });
    expect(r.discrepancies.filter((x) => x.severity !== 'info').map((x) => [x.kind, x.a.text, x.b.text])).toEqual([['wording', 'bayoneted', 'looted']]);
  });

  it('keeps a reprint without marks whole, though the speakers it quotes have marks of their own', () => {
    const speech = `${PASSAGE} "That's when the real slaughter began," said Azer Hajiev, one of three soldiers to survive. "The Armenians just shot and shot."`;
    const a = `${filler(8, 20)}\n\n${speech}\n\n${filler(9, 20)}`;
    const b = `${filler(10, 20)}\n\n${speech}\n\n${filler(11, 20)}`;
    const r = run(a, b);
    expect(r.clusters).toHaveLength(1);
    for (const w of r.clusters[0]?.witnesses ?? []) expect(w.text).toBe(words(speech));
  });

  it('reports a figure changed in the first word of both quotes', () => {
    const p = `450 villagers were shot, ${PASSAGE}`;
    const r = run(`${filler(12, 20)}. The Ledger wrote: “${p}” ${filler(13, 10)}.`, `${filler(14, 20)}. The Ledger said: “${p.replace('450', '540')}” ${filler(15, 10)}.`);
    expect(r.discrepancies.map((x) => [x.kind, x.a.text, x.b.text])).toEqual([['number', '450', '540']]);
  });
});

describe('noise and layout are not discrepancies of wording', () => {
  it('reads a word split by a stray space that the aligner placed as a fragment plus a replacement as ocr (info)', () => {
    const a = `${filler(16, 20)}. “The Convention on the Prevention and Punishment of the Crime of Genocide was adopted by the General Assembly in 1948.” ${filler(17, 10)}`;
    const b = `${filler(18, 20)}. “The Convention On the P revention and Punishment of the Crime of Genocide was adopted by the General Assembly in 1948.” ${filler(19, 10)}`;
    const r = run(a, b);
    expect(r.discrepancies.filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('reads the line numbers run into a scanned bill as typography (info), a figure against a plain word as no figure', () => {
    const text = 'Recognizing the many contributions made by citizens of the republic of Azerbaijan and that it is in the best interest of the state to promote relationships with the Azerbaijani people.';
    const numbered = text.replace('made by', 'made 15 by').replace('best interest', '16 best interest').replace('to promote', '17 to promote');
    const r = run(`${filler(20, 20)}. “${text}” ${filler(21, 10)}`, `${filler(22, 20)}. “${numbered}” ${filler(23, 10)}`);
    expect(r.discrepancies.map((x) => [x.kind, x.severity])).toEqual([['typography', 'info'], ['typography', 'info'], ['typography', 'info']]);
  });

  it('reads a lone number with one neighbour nearby (a date’s day) as a dropped figure, not a line number', () => {
    const text = 'Reported on 9 July: the army sent 10 soldiers with boats and trucks to help evacuate the lower part of the town before the river burst its banks.';
    const dropped = text.replace('sent 10 soldiers', 'sent soldiers');
    const r = run(`${filler(28, 20)}. “${text}” ${filler(29, 10)}`, `${filler(30, 20)}. “${dropped}” ${filler(31, 10)}`);
    expect(r.discrepancies.map((x) => [x.kind, x.severity, x.a.text])).toEqual([['number', 'critical', '10']]);
  });

  it('reads words lost where a damaged scan breaks off mid-sentence as a minor omission, a cut-off word as ocr', () => {
    const clean = `${PASSAGE} "The Armenians just shot and shot. And then they came in and started carving up people with their bayonets and knives," said one of the survivors who reached the town.`;
    const damaged = `${PASSAGE} "The Armenians\n\ning up people with their bayonets and knives," said one of the survivors who reached the town.`;
    const r = run(`${filler(24, 20)}\n\n${clean}\n\n${filler(25, 10)}`, `${filler(26, 20)}\n\n${damaged}\n\n${filler(27, 10)}`);
    expect(r.discrepancies.filter((x) => x.severity === 'major' || x.severity === 'critical')).toEqual([]);
    expect(r.discrepancies.some((x) => x.kind === 'omission' && x.severity === 'minor')).toBe(true);
  });
});
