// `verbatim lexicon`: a project's spelling knowledge is data it can see and edit, and a check follows it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Report } from '../../../shared/model';
import { runCli } from './run-cli';

const PASSAGE = (town: string, name: string) =>
  `Officials in ${town} said that at least 450 families had been moved to safety before the river burst its banks, and ${name} said the barrier had failed.`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-lexicon-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A project of two documents quoting the passage with the given spellings. */
async function project(a: [string, string], b: [string, string]): Promise<string> {
  await writeFile(join(dir, 'a.txt'), `The Guardian reported on 2 March 1992: “${PASSAGE(...a)}”\n`);
  await writeFile(join(dir, 'b.txt'), `As The Guardian wrote (March 2, 1992), “${PASSAGE(...b)}”\n`);
  expect((await runCli(['init', 'p', 'a.txt', 'b.txt'], dir)).code).toBe(0);
  return join(dir, 'p');
}

async function kinds(folder: string): Promise<string[]> {
  const r = Report.parse(JSON.parse((await runCli(['check', folder, '--json'], dir)).stdout));
  return r.discrepancies.map((x) => `${x.kind} ${x.severity}`);
}

describe('verbatim lexicon', () => {
  it('lists the project entries, the shipped entries and the schemes, and adds and removes entries', async () => {
    const folder = await project(['Millbrook', 'Peter Doyle'], ['Milbrook', 'Peter Doyle']);
    expect(await kinds(folder)).toEqual(['name major']);
    const added = await runCli(['lexicon', folder, 'add', 'Millbrook', 'Milbrook', '--note', 'one town, two spellings'], dir);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('1. Millbrook = Milbrook  (one town, two spellings)');
    expect(await kinds(folder)).toEqual(['spelling minor']);
    const listed = JSON.parse((await runCli(['lexicon', folder, '--json'], dir)).stdout) as { entries: unknown[]; builtin: unknown[]; schemes: { id: string; enabled: boolean }[] };
    expect(listed.entries).toHaveLength(1);
    expect(listed.builtin.length).toBeGreaterThan(0);
    expect(listed.schemes.every((s) => s.enabled)).toBe(true);
    expect((await runCli(['lexicon', folder, 'remove', '1'], dir)).code).toBe(0);
    expect(await kinds(folder)).toEqual(['name major']);
  });

  it('applies a transliteration scheme only while the project enables it', async () => {
    const folder = await project(['Millbrook', 'Ivan Petrovsky'], ['Millbrook', 'Ivan Petrovskiy']);
    expect(await kinds(folder)).toEqual(['spelling minor']);
    expect((await runCli(['lexicon', folder, 'schemes', 'none'], dir)).stdout).toContain('[ ] russian-latin');
    expect(await kinds(folder)).toEqual(['name major']);
    expect((await runCli(['lexicon', folder, 'schemes', 'all'], dir)).code).toBe(0);
    expect(await kinds(folder)).toEqual(['spelling minor']);
  });

  it('refuses what it cannot do with exit 2 and a reason', async () => {
    const folder = await project(['Millbrook', 'Peter Doyle'], ['Millbrook', 'Peter Doyle']);
    const cases: [string[], RegExp][] = [
      [['lexicon', folder, 'schemes', 'klingon'], /unknown transliteration scheme "klingon"/u],
      [['lexicon', folder, 'remove', '3'], /there is no entry 3/u],
      [['lexicon', folder, 'add', 'Only'], /at least two spellings/u],
      [['lexicon', folder, 'frobnicate'], /unknown lexicon action/u],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
