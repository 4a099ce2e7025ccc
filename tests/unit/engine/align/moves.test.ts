// Moved passages (align/moves.ts): a delete and an insert holding the same words are one move.
import { describe, expect, it } from 'vitest';
import { markMoves } from '../../../../shared/engine/align/moves';
import { tokenize } from '../../../../shared/engine';
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

  it('leaves gaps whose words differ by more than a stray token unmarked', () => {
    const ops: AlignOp[] = [
      { op: 'delete', a: range(0, 5), b: range(0, 0) },
      { op: 'equal', a: range(7, 11), b: range(0, 4) },
      { op: 'insert', a: range(11, 11), b: range(4, 11) },
    ];
    expect(markMoves(ops, A, B).some((op) => op.moved !== undefined)).toBe(false);
  });
});
