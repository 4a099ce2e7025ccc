import { describe, expect, it } from 'vitest';
import { LocalAligner, matchedTokens, nearlyEqual } from '../../../../shared/engine/align';
import { tokenize, type AlignOp } from '../../../../shared/engine';
import type { TokenList } from '../../../../shared/engine/token-list';
import { filler, PASSAGE } from './helpers';

const aligner = new LocalAligner();
const all = (t: TokenList) => ({ from: 0, to: t.length });
const words = (t: TokenList, r: { from: number; to: number }) => t.slice(r.from, r.to).map((x) => x.text).join(' ');

function alignTexts(x: string, y: string) {
  const a = tokenize(x);
  const b = tokenize(y);
  const r = aligner.align(a, all(a), b, all(b));
  return { a, b, r };
}

/** The non-equal ops written out, e.g. `replace looted→bayoneted`. */
function changes(a: TokenList, b: TokenList, ops: readonly AlignOp[]): string[] {
  return ops.filter((o) => o.op !== 'equal').map((o) => `${o.op} ${words(a, o.a)}→${words(b, o.b)}`);
}

describe('LocalAligner', () => {
  it('aligns an exact copy as one equal op covering both passages', () => {
    const { a, b, r } = alignTexts(PASSAGE, PASSAGE);
    expect(r).not.toBeNull();
    expect(r?.ops).toEqual([{ op: 'equal', a: all(a), b: all(b) }]);
    expect(r?.a).toEqual(all(a));
  });

  it('marks a substituted word as a replace and keeps aligning after it', () => {
    const { a, b, r } = alignTexts(PASSAGE, PASSAGE.replace('bayoneted', 'looted'));
    expect(changes(a, b, r?.ops ?? [])).toEqual(['replace bayoneted→looted']);
    expect(r?.a).toEqual(all(a));
  });

  it('marks a changed figure as a replace of one token', () => {
    const { a, b, r } = alignTexts(PASSAGE, PASSAGE.replace('450', '540'));
    expect(changes(a, b, r?.ops ?? [])).toEqual(['replace 450→540']);
  });

  it('marks a silently omitted clause as a delete with an empty range on B', () => {
    const { a, b, r } = alignTexts(PASSAGE, PASSAGE.replace(' possibly thousands,', ''));
    const ops = r?.ops ?? [];
    expect(changes(a, b, ops)).toEqual(['delete possibly thousands→']);
    const del = ops.find((o) => o.op === 'delete');
    expect(del?.b.from).toBe(del?.b.to);
  });

  it('marks a marked elision as a delete too (the ellipsis is not a token)', () => {
    const { a, b, r } = alignTexts(PASSAGE, PASSAGE.replace('many of them women and children', '...'));
    expect(changes(a, b, r?.ops ?? [])).toEqual(['delete many of them women and children→']);
  });

  it('marks an added gloss as an insert', () => {
    const { a, b, r } = alignTexts(PASSAGE, PASSAGE.replace('Azeris,', 'Azeris [from the town of Khojaly],'));
    expect(changes(a, b, r?.ops ?? [])).toEqual(['insert →from the town of Khojaly']);
  });

  it('leaves words added at the very end outside the local alignment (a longer excerpt, not an insertion)', () => {
    const { a, r } = alignTexts(PASSAGE, `${PASSAGE} Her daughter was still missing.`);
    expect(r?.ops).toHaveLength(1);
    expect(r?.b.to).toBe(a.length);
  });

  it('places a passage embedded at different offsets in unrelated text exactly', () => {
    const a = tokenize(`${filler(1, 50)}. ${PASSAGE} ${filler(2, 30)}`);
    const b = tokenize(`${filler(3, 200)}. ${PASSAGE} ${filler(4, 10)}`);
    const p = tokenize(PASSAGE).length;
    const r = aligner.align(a, all(a), b, all(b));
    expect(r?.a).toEqual({ from: 50, to: 50 + p });
    expect(r?.b).toEqual({ from: 200, to: 200 + p });
    expect(matchedTokens(r?.ops ?? [])).toBe(p);
  });

  it('stays banded on long windows yet still places a passage with a dropped clause', () => {
    const long = `${filler(5, 300)} ${PASSAGE} ${filler(6, 300)}`;
    const a = tokenize(long);
    const b = tokenize(long.replace(' possibly thousands,', ''));
    const r = new LocalAligner({ fullCells: 0, band: 8 }).align(a, all(a), b, all(b));
    expect(r?.a).toEqual(all(a));
    expect(changes(a, b, r?.ops ?? [])).toEqual(['delete possibly thousands→']);
  });

  it('returns null when nothing aligns', () => {
    const a = tokenize(filler(7, 80));
    const b = tokenize(filler(8, 80));
    expect(aligner.align(a, all(a), b, all(b))).toBeNull();
    expect(aligner.align(a, { from: 5, to: 5 }, b, all(b))).toBeNull();
  });

  it('scores a closer copy strictly higher', () => {
    const exact = alignTexts(PASSAGE, PASSAGE).r?.score ?? 0;
    const one = alignTexts(PASSAGE, PASSAGE.replace('450', '540')).r?.score ?? 0;
    const two = alignTexts(PASSAGE, PASSAGE.replace('450', '540').replace('Aghdam', 'Baku')).r?.score ?? 0;
    expect(exact).toBeGreaterThan(one);
    expect(one).toBeGreaterThan(two);
  });

  it('keeps ops contiguous: each op starts where the previous ended, on both sides', () => {
    const { r } = alignTexts(PASSAGE, PASSAGE.replace('450', '540').replace(' possibly thousands,', '').replace('Aghdam', 'Aghdam [sic]'));
    const ops = r?.ops ?? [];
    for (let k = 1; k < ops.length; k++) {
      expect(ops[k]?.a.from).toBe(ops[k - 1]?.a.to);
      expect(ops[k]?.b.from).toBe(ops[k - 1]?.b.to);
    }
    expect(ops[0]?.a.from).toBe(r?.a.from);
    expect(ops.at(-1)?.b.to).toBe(r?.b.to);
  });
});

describe('nearlyEqual', () => {
  it.each([
    ['aslanova', 'aslanova', true],
    ['raisa', 'rasia', false],
    ['karabakh', 'karabagh', true],
    ['warton', 'wartorn', true],
    ['the', 'tho', false],
    ['bayoneted', 'looted', false],
  ])('%s ~ %s is %s', (x, y, expected) => {
    expect(nearlyEqual(x, y)).toBe(expected);
  });
});
