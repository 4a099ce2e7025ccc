// Words split by stray spaces or line-end hyphens that reach analysis unrepaired: the letter-equal part of
// a stretch of non-equal ops is one OCR/layout difference (info), and only that part. Tokens are cut here
// without the tokenizer's split-word repair, so each shape reaches analysis the way a narrow column leaves
// it whatever the normalizer decides.
import { describe, expect, it } from 'vitest';
import { analysePair } from '../../../../shared/engine/analyse';
import { differenceSummary } from '../../../../shared/engine/analyse/explain';
import { joinSplitWords } from '../../../../shared/engine/analyse/split-words';
import type { AlignOp, Difference, Token } from '../../../../shared/engine/types';
import type { DiscrepancyKind, Severity } from '../../../../shared/model';
import { alignViews, unmark, viewOf } from './helpers';

/** Words and numbers as a scanner sees them: a line-end hyphen break stays inside its word, nothing is joined. */
function rawTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-\u00AD]\n[\p{L}]+)*/gu)) {
    const word = m[0];
    const start = m.index;
    out.push({ text: word, start, end: start + word.length, norm: word.replace(/[-\u00AD]\n/gu, '').toLowerCase(), kind: /^\d+$/u.test(word) ? 'number' : 'word', noise: [] });
  }
  return out;
}

const view = (id: string, text: string): ReturnType<typeof viewOf> => viewOf(text, { id, tokens: rawTokens(text) });

interface SplitCase {
  name: string;
  /** Witness A and B, the expected difference's span marked `⟦…⟧` on each side. */
  a: string;
  b: string;
  kind: DiscrepancyKind;
  severity: Severity;
  /** Ops standing for an aligner's placement; a plain LCS over norms when absent. */
  ops?: AlignOp[];
  /** How many differences the pair has in all (the marked one among them). */
  count?: number;
}

const CASES: SplitCase[] = [
  { name: 'a lone capital and the rest of the word', a: 'Statute of the ⟦International⟧ Criminal Court', b: 'Statute of the ⟦I nternational⟧ Criminal Court', kind: 'ocr', severity: 'info' },
  { name: 'a word split in the middle', a: 'Code of the ⟦Criminal⟧ Court', b: 'Code of the ⟦Cr iminal⟧ Court', kind: 'ocr', severity: 'info' },
  { name: 'a split and a line-end hyphen in one word', a: 'Statute of the ⟦International⟧ Criminal Court', b: 'Statute of the ⟦I nter-\nnational⟧ Criminal Court', kind: 'ocr', severity: 'info' },
  { name: 'a last letter split off', a: 'and means ⟦any⟧ of the acts', b: 'and means ⟦an y⟧ of the acts', kind: 'ocr', severity: 'info' },
  { name: 'a word split differently on both sides', a: 'and means ⟦an y⟧ of the acts', b: 'and means ⟦a ny⟧ of the acts', kind: 'ocr', severity: 'info' },
  {
    name: 'a split beside a changed word: the change stays major',
    a: 'the International ⟦court⟧ ruled', b: 'the I nternational ⟦tribunal⟧ ruled', kind: 'wording', severity: 'major', count: 2,
  },
  {
    name: 'a split beside a changed word: the split is info',
    a: 'the ⟦International⟧ court ruled', b: 'the ⟦I nternational⟧ tribunal ruled', kind: 'ocr', severity: 'info', count: 2,
  },
  {
    // The aligner paired B's first `to` with A's and left the fragment `to` of `to wn` alone.
    name: 'a split whose first piece the aligner matched to an equal word',
    a: 'they went to ⟦town⟧ today', b: 'they went to ⟦to wn⟧ today', kind: 'ocr', severity: 'info',
    ops: [
      { op: 'equal', a: { from: 0, to: 2 }, b: { from: 0, to: 2 } },
      { op: 'insert', a: { from: 2, to: 2 }, b: { from: 2, to: 3 } },
      { op: 'equal', a: { from: 2, to: 3 }, b: { from: 3, to: 4 } },
      { op: 'replace', a: { from: 3, to: 4 }, b: { from: 4, to: 5 } },
      { op: 'equal', a: { from: 4, to: 5 }, b: { from: 5, to: 6 } },
    ],
  },
  {
    // The fragment inserted and the rest deleted on their own, with a changed word between (interleaved gaps).
    name: 'fragments placed as gaps around a replace',
    a: 'the ⟦Criminal⟧ Code', b: 'the ⟦Cr iminal⟧ Code', kind: 'ocr', severity: 'info',
    ops: [
      { op: 'equal', a: { from: 0, to: 1 }, b: { from: 0, to: 1 } },
      { op: 'insert', a: { from: 1, to: 1 }, b: { from: 1, to: 2 } },
      { op: 'delete', a: { from: 1, to: 2 }, b: { from: 2, to: 2 } },
      { op: 'insert', a: { from: 2, to: 2 }, b: { from: 2, to: 3 } },
      { op: 'equal', a: { from: 2, to: 3 }, b: { from: 3, to: 4 } },
    ],
  },
  { name: 'letters equal only across a full stop are two words', a: 'it was ⟦in. Deed⟧ so', b: 'it was ⟦indeed⟧ so', kind: 'wording', severity: 'major' },
  { name: 'a figure split differently is no split', a: 'more than ⟦1 50⟧ people', b: 'more than ⟦150⟧ people', kind: 'number', severity: 'critical' },
];

describe('analysePair reads a split word as one OCR/layout difference', () => {
  it.each(CASES)('$name → $kind ($severity)', (c) => {
    const ma = unmark(c.a);
    const mb = unmark(c.b);
    const a = view('a', ma.text);
    const b = view('b', mb.text);
    const diffs = analysePair(a, b, c.ops ?? alignViews(a, b));
    expect(diffs, differenceSummary(diffs)).toHaveLength(c.count ?? 1);
    const d = diffs.find((x) => x.a.start === ma.start && x.b.start === mb.start) as Difference | undefined;
    expect(d, differenceSummary(diffs)).toBeDefined();
    expect({ kind: d?.kind, severity: d?.severity }).toEqual({ kind: c.kind, severity: c.severity });
    expect(d?.a).toEqual({ start: ma.start, end: ma.end, text: ma.text.slice(ma.start, ma.end) });
    expect(d?.b).toEqual({ start: mb.start, end: mb.end, text: mb.text.slice(mb.start, mb.end) });
  });

  it('labels a split across a line-end hyphen as a split, not as OCR damage', () => {
    const a = view('a', 'the International Court');
    const b = view('b', 'the I nter-\nnational Court');
    expect(analysePair(a, b, alignViews(a, b)).map((d) => d.explanation)).toEqual(['word split or joined: International / I nter- national']);
  });

  it('leaves ops without a split as the aligner gave them', () => {
    const a = view('a', 'soldiers shot and bayoneted more than 450');
    const b = view('b', 'soldiers shot and looted more than 450');
    const ops = alignViews(a, b);
    expect(joinSplitWords(a, b, ops)).toEqual(ops);
  });
});

describe('a figure or month that moved inside a date', () => {
  it('is one date written differently (info), not two omissions', () => {
    const ma = unmark('adopted on ⟦December 9, 1948⟧ as any');
    const mb = unmark('adopted on ⟦9 December 1948⟧ as any');
    const a = viewOf(ma.text, { id: 'a' });
    const b = viewOf(mb.text, { id: 'b' });
    const diffs = analysePair(a, b, alignViews(a, b));
    expect(diffs.map((d) => [d.kind, d.severity, d.a.start, d.a.end, d.b.start, d.b.end])).toEqual([['typography', 'info', ma.start, ma.end, mb.start, mb.end]]);
  });

  it('keeps a lone number that moved away from any month an omission', () => {
    const a = viewOf('they came 15 by night and left', { id: 'a' });
    const b = viewOf('they came by night 15 and left', { id: 'b' });
    const labels = analysePair(a, b, alignViews(a, b)).map((d) => d.explanation);
    expect(labels.some((l) => l.startsWith('date written differently'))).toBe(false);
  });
});
