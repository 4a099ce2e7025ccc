import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFile, writeJsonAtomic } from '../../../main/electron/json-file';

describe('writeJsonAtomic and readJsonFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-json-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips a value and leaves no temporary file behind', async () => {
    const file = join(dir, 'nested', 'state.json');
    await writeJsonAtomic(file, { a: 1, b: ['x'] });
    expect(await readJsonFile(file)).toEqual({ a: 1, b: ['x'] });
    expect(await readdir(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it('applies quick successive writes in order, so the last one wins', async () => {
    const file = join(dir, 'state.json');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeJsonAtomic(file, { i })));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ i: 19 });
  });

  it('reads a missing file as null without complaint', async () => {
    const problems: string[] = [];
    expect(await readJsonFile(join(dir, 'missing.json'), (m) => problems.push(m))).toBeNull();
    expect(problems).toEqual([]);
  });

  it('rejects a write whose folder cannot be made, and later writes still work', async () => {
    const blocked = join(dir, 'file');
    await writeJsonAtomic(blocked, 1);
    await expect(writeJsonAtomic(join(blocked, 'child.json'), 2)).rejects.toThrow();
    await writeJsonAtomic(blocked, 3);
    expect(await readJsonFile(blocked)).toBe(3);
  });
});
