import { describe, expect, it } from 'vitest';
import { analysePair, differenceSummary } from '../../../../shared/engine/analyse';
import type { TokenList } from '../../../../shared/engine/token-list';
import type { Difference, WitnessView } from '../../../../shared/engine/types';
import { tokenize } from '../../../../shared/engine/tokenize';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../../helpers/corpus';
import { alignViews, viewOf } from './helpers';

/** The passage from `startAnchor` to the end of the first `endAnchor` after it; fails if either is missing. */
function passageBetween(text: string, startAnchor: string, endAnchor: string): { start: number; end: number } {
  const start = text.indexOf(startAnchor);
  expect(start, `anchor ${startAnchor}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(endAnchor, start);
  expect(end, `anchor ${endAnchor}`).toBeGreaterThan(start);
  return { start, end: end + endAnchor.length };
}

function witness(name: string, text: string, tokens: TokenList, startAnchor: string, endAnchor: string): WitnessView {
  return viewOf(text, { id: name, tokens, ...passageBetween(text, startAnchor, endAnchor) });
}

/** The one difference whose A side reads `a` and B side reads `b`. */
function find(diffs: readonly Difference[], a: string, b: string): Difference {
  const hits = diffs.filter((d) => d.a.text === a && d.b.text === b);
  expect(hits, `${a} / ${b} in\n${differenceSummary(diffs)}`).toHaveLength(1);
  return hits[0] as Difference;
}

describe.skipIf(!hasCorpus)(`004.txt, the two Sunday Times reprints of "Armenian soldiers massacre hundreds of fleeing families"${corpusSkipReason}`, () => {
  const text = hasCorpus ? readCorpus('004.txt') : '';
  const tokens = tokenize(text);
  const analyse = (): Difference[] => {
    const bayoneted = witness('004', text, tokens, 'Survivors reported that Armenian soldiers shot and bayoneted', 'in front of her.');
    const looted = witness('004', text, tokens, 'Survivors reported that Armenian soldiers shot and looted', 'in front of her.');
    expect(bayoneted.passage.start).not.toBe(looted.passage.start);
    return analysePair(bayoneted, looted, alignViews(bayoneted, looted));
  };

  it('calls "shot and bayoneted" / "shot and looted" a major change of wording', () => {
    const d = find(analyse(), 'bayoneted', 'looted');
    expect([d.kind, d.severity, d.explanation]).toEqual(['wording', 'major', 'wording differs: bayoneted / looted']);
    expect(text.slice(d.a.start, d.a.end)).toBe('bayoneted');
  });

  it('calls "Rasia" / "Raisa" Aslanova a different name, major', () => {
    const d = find(analyse(), 'Rasia', 'Raisa');
    expect([d.kind, d.severity, d.explanation]).toEqual(['name', 'major', 'different name: Rasia / Raisa']);
  });

  it('calls "Aghdam" / "Agdam" a spelling variant, minor', () => {
    const d = find(analyse(), 'Aghdam', 'Agdam');
    expect([d.kind, d.severity, d.explanation]).toEqual(['spelling', 'minor', 'spelling variant: Aghdam / Agdam']);
  });

  it('reports "were massacred" / "were killed" as wording and "who made" / "who had made" as a function word', () => {
    const diffs = analyse();
    expect([find(diffs, 'massacred', 'killed').kind, find(diffs, 'massacred', 'killed').severity]).toEqual(['wording', 'major']);
    const had = diffs.find((d) => d.b.text === 'had');
    expect(had && [had.kind, had.severity, had.a.start === had.a.end]).toEqual(['function', 'minor', true]);
  });

  it('finds no number difference: both say "more than 450"', () => {
    const diffs = analyse();
    expect(diffs.filter((d) => d.kind === 'number'), differenceSummary(diffs)).toEqual([]);
    expect(diffs.some((d) => d.a.text.includes('450') || d.b.text.includes('450'))).toBe(false);
  });
});

describe.skipIf(!hasCorpus)(`001.txt and 004.txt, Newsweek's "The face of a massacre" quoted twice${corpusSkipReason}`, () => {
  const analyse = (): Difference[] => {
    const t1 = readCorpus('001.txt');
    const t4 = readCorpus('004.txt');
    const a = witness('001', t1, tokenize(t1), 'Azerbaijan was a charnel house', 'others were scalped.');
    const b = witness('004', t4, tokenize(t4), 'Azerbaijan was a charnel house', 'others were scalped.');
    return analysePair(a, b, alignViews(a, b));
  };

  it('calls "war-tom" / "war-torn" OCR damage, info', () => {
    const d = find(analyse(), 'war-tom', 'war-torn');
    expect([d.kind, d.severity, d.explanation]).toEqual(['ocr', 'info', 'OCR damage: war-tom / war-torn']);
  });

  it('calls "25-26 February" / "Feb. 25-26" one date written differently, not a number difference', () => {
    const diffs = analyse();
    const d = find(diffs, '25-26 February', 'Feb. 25-26');
    expect([d.kind, d.severity]).toEqual(['typography', 'info']);
    expect(diffs.filter((x) => x.kind === 'number')).toEqual([]);
  });

  it('finds nothing above info between the two faithful quotations', () => {
    const diffs = analyse();
    expect(diffs.filter((d) => d.severity !== 'info'), differenceSummary(diffs)).toEqual([]);
  });
});
