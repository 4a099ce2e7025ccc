// Replace ops whose edges belong elsewhere (align/replace-edges.ts) and a word split in two beside a
// substitution (align/shift-substitutions.ts): the gaps that moves are matched on come out clean.
import { describe, expect, it } from 'vitest';
import { shiftSubstitutions } from '../../../../shared/engine/align/shift-substitutions';
import { trimReplaceEdges } from '../../../../shared/engine/align/replace-edges';
import { TokenList } from '../../../../shared/engine/token-list';
import type { AlignOp, Token } from '../../../../shared/engine/types';

/** Tokens of `words`, one space apart; a word written `A ccording` is one token (a repaired split). */
function tokens(words: readonly string[]): TokenList {
  let at = 0;
  const list = words.map((text) => {
    const t: Token = { text, start: at, end: at + text.length, norm: text.toLowerCase().replace(/\s+/gu, ''), kind: 'word', noise: [] };
    at = t.end + 1;
    return t;
  });
  return TokenList.from(words.join(' '), list);
}

const op = (kind: AlignOp['op'], a: [number, number], b: [number, number]): AlignOp => ({ op: kind, a: { from: a[0], to: a[1] }, b: { from: b[0], to: b[1] } });

/** Every token of both sides, in order, covered exactly once. */
function covers(ops: readonly AlignOp[], na: number, nb: number): boolean {
  let ia = 0;
  let ib = 0;
  for (const o of ops) {
    if (o.a.from !== ia || o.b.from !== ib) return false;
    ia = o.a.to;
    ib = o.b.to;
  }
  return ia === na && ib === nb;
}

describe('trimReplaceEdges', () => {
  it('takes a word split in two off a replace, leaving the other word as a gap', () => {
    const a = tokens(['flood', 'barrier', 'A ccording', 'to']);
    const b = tokens(['flood', 'A', 'ccording', 'to']);
    const out = trimReplaceEdges([op('equal', [0, 1], [0, 1]), op('replace', [1, 3], [1, 3]), op('equal', [3, 4], [3, 4])], a, b);
    expect(out).toEqual([op('equal', [0, 1], [0, 1]), op('delete', [1, 2], [1, 1]), op('replace', [2, 3], [1, 3]), op('equal', [3, 4], [3, 4])]);
  });

  it('takes equal words off a replace of unequal lengths', () => {
    const a = tokens(['the', 'barrier', 'broke', 'at', 'noon']);
    const b = tokens(['the', 'broke', 'at', 'noon']);
    const out = trimReplaceEdges([op('equal', [0, 1], [0, 1]), op('replace', [1, 3], [1, 2]), op('equal', [3, 5], [2, 4])], a, b);
    expect(out).toEqual([op('equal', [0, 1], [0, 1]), op('delete', [1, 2], [1, 1]), op('equal', [2, 3], [1, 2]), op('equal', [3, 5], [2, 4])]);
    expect(covers(out, a.length, b.length)).toBe(true);
  });

  it('leaves a replace of two changed words and a plain split alone', () => {
    const a = tokens(['storm', 'destroyed', 'homes']);
    const b = tokens(['gale', 'wrecked', 'homes']);
    const ops = [op('replace', [0, 2], [0, 2]), op('equal', [2, 3], [2, 3])];
    expect(trimReplaceEdges(ops, a, b)).toEqual(ops);
    const split = [op('replace', [0, 1], [0, 2])];
    expect(trimReplaceEdges(split, tokens(['According']), tokens(['A', 'ccording']))).toEqual(split);
  });
});

describe('shiftSubstitutions and a split word', () => {
  it('pairs a word with its two pieces at the gap’s start, so the gap is the moved sentence alone', () => {
    // A: `warnings were issued The damage …`; B: `warnings were i ssued More than … the district The damage …`,
    // aligned with `issued` replaced by `district` and `i ssued More than … the` inserted before it.
    const a = tokens(['were', 'issued', 'The', 'damage']);
    const b = tokens(['were', 'i', 'ssued', 'More', 'than', 'ten', 'people', 'left', 'the', 'district', 'The', 'damage']);
    const ops = [op('equal', [0, 1], [0, 1]), op('insert', [1, 1], [1, 9]), op('replace', [1, 2], [9, 10]), op('equal', [2, 4], [10, 12])];
    const out = shiftSubstitutions(ops, a, b);
    expect(out).toEqual([op('equal', [0, 1], [0, 1]), op('replace', [1, 2], [1, 3]), op('insert', [2, 2], [3, 10]), op('equal', [2, 4], [10, 12])]);
    expect(covers(out, a.length, b.length)).toBe(true);
  });
});
