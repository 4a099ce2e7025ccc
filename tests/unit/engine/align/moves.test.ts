// Moved passages (align/moves.ts): a delete and an insert holding the same words are one move.
import { describe, expect, it } from 'vitest';
import { markMoves } from '../../../../shared/engine/align/moves';
import { check, tokenize } from '../../../../shared/engine';
import { doc } from './helpers';
import type { AlignOp } from '../../../../shared/engine/types';

const A = tokenize('The army sent boats to the town. We never saw this. According to the chief crews worked all night.');
const B = tokenize('We never saw this. The army sent boats to the town. A ccording to the chief crews worked all night.');
const range = (from: number, to: number) => ({ from, to });

describe('markMoves', () => {
  it('marks a delete and an insert of the same words as one move', () => {
    const ops: AlignOp[] = [
      { op: 'delete', a: range(0, 7), b: range(0, 0) },
      { op: 'equal', a: range(7, 11), b: range(0, 4) },
      { op: 'insert', a: range(11, 11), b: range(4, 11) },
    ];
    const out = markMoves(ops, A, B);
    expect(out[0]?.moved).toBe(1);
    expect(out[2]?.moved).toBe(1);
  });

  it('cuts a stray token off the edge of a gap (a split word the alignment put beside it), and the rest is the move', () => {
    // `A ccording`: the alignment puts the split word's first piece at the end of the moved sentence.
    const ops: AlignOp[] = [
      { op: 'delete', a: range(0, 7), b: range(0, 0) },
      { op: 'equal', a: range(7, 11), b: range(0, 4) },
      { op: 'insert', a: range(11, 11), b: range(4, 12) },
      { op: 'replace', a: range(11, 12), b: range(12, 13) },
    ];
    const out = markMoves(ops, A, B);
    const moved = out.filter((op) => op.moved !== undefined);
    expect(moved.map((op) => [op.op, op.a, op.b])).toEqual([
      ['delete', range(0, 7), range(0, 0)],
      ['insert', range(11, 11), range(4, 11)],
    ]);
    expect(out.find((op) => op.op === 'insert' && op.moved === undefined)?.b).toEqual(range(11, 12));
  });

  it('slides a gap along a word both ends share to where it holds the moved words', () => {
    const X = tokenize('Rescue came. The army sent boats to the town. The storm hit the coast hard. End here.');
    const Y = tokenize('Rescue came. The storm hit the coast hard. The army sent boats to the town. End here.');
    // The alignment put the delete one word late: `The [army … town The] storm`.
    const ops: AlignOp[] = [
      { op: 'equal', a: range(0, 3), b: range(0, 3) },
      { op: 'delete', a: range(3, 10), b: range(3, 3) },
      { op: 'equal', a: range(10, 15), b: range(3, 8) },
      { op: 'insert', a: range(15, 15), b: range(8, 15) },
      { op: 'equal', a: range(15, 17), b: range(15, 17) },
    ];
    const out = markMoves(ops, X, Y);
    expect(out.map((op) => [op.op, op.a, op.b, op.moved])).toEqual([
      ['equal', range(0, 2), range(0, 2), undefined],
      ['delete', range(2, 9), range(2, 2), 1],
      ['equal', range(9, 15), range(2, 8), undefined],
      ['insert', range(15, 15), range(8, 15), 1],
      ['equal', range(15, 17), range(15, 17), undefined],
    ]);
  });

  it('leaves gaps whose words differ by more than a stray token unmarked', () => {
    const ops: AlignOp[] = [
      { op: 'delete', a: range(0, 5), b: range(0, 0) },
      { op: 'equal', a: range(7, 11), b: range(0, 4) },
      { op: 'insert', a: range(11, 11), b: range(4, 11) },
    ];
    expect(markMoves(ops, A, B).some((op) => op.moved !== undefined)).toBe(false);
  });
});

describe('a sentence moved and edited', () => {
  const S1 = 'Three bus routes will be cut from January, the council confirmed yesterday.';
  const S2 = (share: string) => `Passenger numbers on the 14 and 22 routes have fallen by a ${share} since 2019.`;
  const S3 = 'A consultation on replacement services will open next week, and every household will be written to.';
  const S4 = 'The committee will hear from the operators before it decides.';
  const text = (...s: string[]) => `The Westfield Herald reported on 7 October 2025: “${s.join(' ')}”\n`;

  it('is one transposition with its changed words reported inside it, not an omission and an insertion', () => {
    const r = check({ documents: [doc('a', text(S1, S2('third'), S3, S4)), doc('b', text(S1, S3, S2('half'), S4))] });
    const found = r.discrepancies.filter((d) => d.severity !== 'info').map((d) => [d.kind, d.explanation]);
    expect(found).toContainEqual(['wording', 'wording differs: third / half']);
    expect(found.some(([kind]) => kind === 'transposition')).toBe(true);
    expect(found.some(([kind]) => kind === 'omission' || kind === 'insertion')).toBe(false);
  });

  it('leaves a sentence rewritten beyond a few words an omission and an insertion', () => {
    const other = 'Ridership on two of the routes dropped sharply after the pandemic, officials admitted.';
    const r = check({ documents: [doc('a', text(S1, S2('third'), S3, S4)), doc('b', text(S1, S3, other, S4))] });
    expect(r.discrepancies.some((d) => d.kind === 'transposition')).toBe(false);
  });
});
