import { describe, expect, it } from 'vitest';
import { fingerprints, hashString, NgramIndex, positionsByHash, radixOrder } from '../../../../shared/engine/align';
import { tokenize } from '../../../../shared/engine';
import { filler } from './helpers';

const fp = (text: string, n = 5) => fingerprints(tokenize(text), n);

describe('fingerprints', () => {
  it('has one entry per n-gram start and none for a text shorter than n', () => {
    expect(fp('one two three four five six seven').length).toBe(3);
    expect(fp('one two three').length).toBe(0);
    expect(fp('').length).toBe(0);
  });

  it('gives equal n-grams equal hashes, whatever the case, spacing or punctuation', () => {
    const a = fp('Armenian soldiers shot and bayoneted');
    const b = fp('armenian   SOLDIERS, shot and bayoneted.');
    expect([...a]).toEqual([...b]);
  });

  it('tells word order and changed words apart', () => {
    const [x] = fp('alpha bravo charlie delta echo', 5);
    const [y] = fp('echo delta charlie bravo alpha', 5);
    const [z] = fp('alpha bravo charlie delta foxtrot', 5);
    expect(x).not.toBe(y);
    expect(x).not.toBe(z);
  });

  it('refuses an n-gram size that is not a positive integer', () => {
    expect(() => fingerprints(tokenize('a b c'), 0)).toThrow(RangeError);
    expect(() => fingerprints(tokenize('a b c'), 2.5)).toThrow(RangeError);
  });

  it('hashes strings to unsigned 32-bit numbers deterministically', () => {
    expect(hashString('khojaly')).toBe(hashString('khojaly'));
    expect(hashString('khojaly')).not.toBe(hashString('khojali'));
    expect(hashString('x')).toBeGreaterThanOrEqual(0);
    expect(hashString('x')).toBeLessThan(2 ** 32);
  });
});

describe('radixOrder', () => {
  it('sorts indices by key, keeping equal keys in input order', () => {
    const keys = Uint32Array.from([5, 0xffff0000, 3, 5, 0, 0x10000, 3]);
    const { order: o, sorted } = radixOrder(keys);
    const order = [...o];
    expect(order.map((i) => keys[i])).toEqual([...keys].sort((a, b) => a - b));
    expect([...sorted]).toEqual([...keys].sort((a, b) => a - b));
    expect(order.filter((i) => keys[i] === 5)).toEqual([0, 3]);
    expect(order.filter((i) => keys[i] === 3)).toEqual([2, 6]);
  });
});

describe('NgramIndex', () => {
  const groups = (index: NgramIndex) => {
    const out: [number, number][][] = [];
    index.forEachGroup((docs, positions, count) => out.push(Array.from({ length: count }, (_, k) => [docs[k] as number, positions[k] as number])));
    return out;
  };

  it('groups the positions of a shared n-gram across documents, in document order', () => {
    const index = new NgramIndex();
    index.add(0, fp('xray yankee alpha bravo charlie delta echo zulu'));
    index.add(1, fp('alpha bravo charlie delta echo'));
    expect(index.size).toBe(4 + 1);
    expect(groups(index)).toEqual([[[0, 2], [1, 0]]]);
  });

  it('visits n-grams found in more places than the cap as stars (each place paired with the first only)', () => {
    const index = new NgramIndex({ maxPostings: 2 });
    for (let d = 0; d < 3; d++) index.add(d, fp(`${filler(d, 6)} alpha bravo charlie delta echo`));
    const stars: boolean[] = [];
    index.forEachGroup((_d, _p, count, star) => stars.push(count === 3 && star));
    expect(stars).toEqual([true]);
  });

  it('visits n-grams repeated too often inside one document (running headers) as stars, and skips those past the star cap', () => {
    const header = 'foreign relations committee points of agreement';
    const strict = new NgramIndex({ maxPerDocument: 2 });
    strict.add(0, fp([header, filler(1, 5), header, filler(2, 5), header].join(' ')));
    strict.add(1, fp(header));
    const stars: boolean[] = [];
    strict.forEachGroup((_d, _p, _count, star) => stars.push(star));
    expect(stars.length).toBeGreaterThan(0);
    expect(stars.every((s) => s)).toBe(true);
    const lenient = new NgramIndex({ maxPerDocument: 3 });
    lenient.add(0, fp([header, filler(1, 5), header, filler(2, 5), header].join(' ')));
    const plain: boolean[] = [];
    lenient.forEachGroup((_d, _p, _count, star) => plain.push(star));
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.some((s) => s)).toBe(false);
    const capped = new NgramIndex({ maxPostings: 2, maxStarPostings: 2 });
    for (let d = 0; d < 3; d++) capped.add(d, fp(`${filler(d, 6)} alpha bravo charlie delta echo`));
    expect(groups(capped)).toEqual([]);
  });

  it('finds nothing in unrelated texts', () => {
    const index = new NgramIndex();
    index.add(0, fp(filler(1, 300)));
    index.add(1, fp(filler(2, 300)));
    expect(groups(index)).toEqual([]);
  });
});

describe('positionsByHash', () => {
  it('lists every position of each fingerprint inside the range', () => {
    const f = fp('alpha bravo charlie delta echo alpha bravo charlie delta echo', 5);
    const map = positionsByHash(f, 0, f.length);
    expect(map.get(f[0] as number)).toEqual([0, 5]);
    expect(positionsByHash(f, 1, 5).get(f[0] as number)).toBeUndefined();
  });
});
