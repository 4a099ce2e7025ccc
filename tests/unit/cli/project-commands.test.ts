import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectData } from '../../../shared/model';
import { main } from '../../../bin/cli/main';
import { runCli } from './run-cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
  await writeFile(join(dir, 'one.md'), '# First clipping\n\nThe Ledger reported: “The bridge reopened on Monday after nine weeks of repairs, the council said.”\n');
  await writeFile(join(dir, 'two.txt'), 'Second clipping.\nThe Ledger wrote: "The bridge reopened on Monday after six weeks of repairs, the council said."\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const project = () => join(dir, 'proj');
const stored = async () => ProjectData.parse(JSON.parse(await readFile(join(project(), 'verbatim.json'), 'utf8')));

describe('verbatim init and add', () => {
  it('init creates verbatim.json listing the documents with their sha256', async () => {
    const { code, stdout } = await runCli(['init', 'proj', 'one.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 document/);
    const data = await stored();
    expect(data.documents.map((d) => d.title)).toEqual(['First clipping']);
    expect(data.documents[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('add appends a document and refuses a binary file with exit code 2, naming it', async () => {
    await runCli(['init', 'proj'], dir);
    await writeFile(join(dir, 'bad.txt'), new Uint8Array([0, 159, 146, 150, 0]));
    const { code, stdout, stderr } = await runCli(['add', 'proj', 'two.txt', 'bad.txt'], dir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/added .*two\.txt/);
    expect(stderr).toMatch(/bad\.txt/);
    expect((await stored()).documents).toHaveLength(1);
  });
});

describe('verbatim suggest', () => {
  it('lists quote candidates and stores them as quote annotations with --accept', async () => {
    await runCli(['init', 'proj', 'one.md', 'two.txt'], dir);
    const listed = await runCli(['suggest', 'proj', '--json'], dir);
    expect(listed.code).toBe(0);
    const suggestions = JSON.parse(listed.stdout) as { text: string }[];
    expect(suggestions.some((s) => s.text.includes('The bridge reopened'))).toBe(true);
    const accepted = await runCli(['suggest', 'proj', '--accept'], dir);
    expect(accepted.code).toBe(0);
    const quotes = (await stored()).annotations.filter((a) => a.kind === 'quote');
    expect(quotes.length).toBe(suggestions.length);
    expect(quotes.every((q) => q.tags.includes('suggested'))).toBe(true);
  });
});

describe('verbatim check on a project folder', () => {
  it('exits 1 on the changed figure, and shows stage progress only on a terminal stderr', async () => {
    await runCli(['init', 'proj', 'one.md', 'two.txt'], dir);
    let stdout = '';
    let stderr = '';
    const code = await main(['check', 'proj'], {
      stdout: { write: (s: string) => (stdout += s), isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY: true },
      cwd: dir,
      env: {},
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/CRITICAL number/);
    expect(stderr).toMatch(/tokenize \d+\/\d+/);
    // The progress line is erased before the report, so a terminal is left clean.
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});
