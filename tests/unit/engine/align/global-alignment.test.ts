import { describe, expect, it } from 'vitest';
import { alignGlobal, formatOps } from '../../../../shared/engine/align';
import { tokenize } from '../../../../shared/engine';

const all = (t: { length: number }) => ({ from: 0, to: t.length });

describe('alignGlobal', () => {
  it('places every token of two short stretches, changed words as replacements and a missing clause as one gap', () => {
    const a = tokenize('at around 8:30 p.m. and then attacked from three sides about two hours later');
    const b = tokenize('at around 10 p.m. and were attacked from three sides by forces');
    const r = alignGlobal(a, all(a), b, all(b), { freeEnd: false });
    const text = r ? formatOps(a, b, r.ops) : '';
    for (const run of ['= at around', '= p m and', '~ [then → were]', '= attacked from three sides']) expect(text).toContain(run);
    expect(text).toMatch(/~ \[8:30 → 10\]/u);
    expect(r?.a).toEqual(all(a));
    expect(r?.b).toEqual(all(b));
  });

  it('with a free end, stops where one side is used up and leaves the rest of the other out', () => {
    const a = tokenize('the survivors said two thousand others were still missing in the hills');
    const b = tokenize('the survivors said');
    const r = alignGlobal(a, all(a), b, all(b), { freeEnd: true });
    expect(r && formatOps(a, b, r.ops)).toBe('= the survivors said');
    expect(r?.a).toEqual({ from: 0, to: 3 });
  });

  it('aligns backwards from a passage start, returning ops in reading order', () => {
    const a = tokenize('much earlier text then the words before the passage');
    const b = tokenize('the words before the passage');
    const r = alignGlobal(a, all(a), b, all(b), { freeEnd: true, reversed: true });
    expect(r && formatOps(a, b, r.ops)).toBe('= the words before the passage');
    expect(r?.a).toEqual({ from: 4, to: a.length });
  });

  it('refuses stretches too large to align in full', () => {
    const long = tokenize('word '.repeat(1000));
    expect(alignGlobal(long, all(long), long, all(long), { freeEnd: false })).toBeNull();
  });
});
