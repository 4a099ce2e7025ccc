import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Report } from '../../../shared/model';
import { corpusDir, corpusSkipReason, hasCorpus } from '../../helpers/corpus';
import { runCli } from './run-cli';

const ARTICLE =
  'Survivors reported that soldiers shot more than 450 villagers, many of them women and children, ' +
  'who were fleeing the attack on their town across the frozen mountain passes before dawn on Wednesday.';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, text: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe('verbatim check', () => {
  it('exits 0 and reports no discrepancy when two documents quote a passage identically', async () => {
    await write('a.txt', `The Ledger reported: “${ARTICLE}”\n`);
    await write('b.txt', `Another account. As the Ledger wrote: “${ARTICLE}”\n`);
    const { code, stdout } = await runCli(['check', 'a.txt', 'b.txt', '--json'], dir);
    const report = Report.parse(JSON.parse(stdout));
    expect(report.discrepancies.filter((x) => x.severity === 'major' || x.severity === 'critical')).toEqual([]);
    expect(code).toBe(0);
  });

  it('exits 1 with a critical number discrepancy at the right offsets when a figure changes', async () => {
    const a = `The Ledger reported: “${ARTICLE}”\n`;
    const b = `As the Ledger wrote: “${ARTICLE.replace('450', '540')}”\n`;
    await write('a.txt', a);
    await write('b.txt', b);
    const { code, stdout } = await runCli(['check', 'a.txt', 'b.txt', '--json'], dir);
    const report = Report.parse(JSON.parse(stdout));
    const numbers = report.discrepancies.filter((x) => x.kind === 'number');
    expect(numbers).toHaveLength(1);
    const [x] = numbers;
    const sides = [x!.a, x!.b].sort((p, q) => p.text.localeCompare(q.text));
    expect(sides.map((s) => s.text)).toEqual(['450', '540']);
    const texts: Record<string, string> = {};
    for (const d of report.documents) texts[d.id] = d.path.endsWith('a.txt') ? a : b;
    for (const s of sides) expect(texts[s.document]!.slice(s.start, s.end)).toBe(s.text);
    expect(x!.severity).toBe('critical');
    expect(code).toBe(1);
  });

  it('prints a readable report with the differing words marked when not asked for JSON', async () => {
    await write('a.txt', `The Ledger reported: “${ARTICLE}”\n`);
    await write('b.txt', `As the Ledger wrote: “${ARTICLE.replace('450', '540')}”\n`);
    const { stdout } = await runCli(['check', dir], dir);
    expect(stdout).toMatch(/CRITICAL number/);
    expect(stdout).toMatch(/\[-(450|540)-\]/);
    expect(stdout).toMatch(/\{\+(450|540)\+\}/);
    expect(stdout).not.toContain('\u001b['); // no colour when stdout is not a terminal
  });

  it('exits 2 naming the file and the reason when an input is binary', async () => {
    await write('a.txt', `The Ledger reported: “${ARTICLE}”\n`);
    await write('scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0]));
    const { code, stderr, stdout } = await runCli(['check', 'a.txt', 'scan.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/scan\.txt/);
    expect(stderr).toMatch(/binary/i);
    expect(stdout).toBe('');
  });

  it('exits 2 when a file does not exist', async () => {
    const { code, stderr } = await runCli(['check', 'missing.txt'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.txt: no such file/);
  });

  it('exits 2 on an unknown severity or flag', async () => {
    await write('a.txt', ARTICLE);
    expect((await runCli(['check', 'a.txt', '--min-severity', 'huge'], dir)).code).toBe(2);
    expect((await runCli(['check', 'a.txt', '--colour'], dir)).code).toBe(2);
    expect((await runCli(['frobnicate'], dir)).code).toBe(2);
  });

  it('names a mistyped option or command with the one it was probably meant to be, without the whole help', async () => {
    await write('a.txt', ARTICLE);
    const flag = await runCli(['check', 'a.txt', '--jsn'], dir);
    expect([flag.code, flag.stderr]).toEqual([2, 'verbatim: unknown option --jsn (did you mean --json?)\nRun verbatim --help for the commands and their options.\n']);
    const command = await runCli(['chek', 'a.txt'], dir);
    expect([command.code, command.stderr]).toEqual([2, 'verbatim: unknown command "chek" (did you mean check?)\nRun verbatim --help for the commands and their options.\n']);
  });

  it('--min-severity critical ignores a major-only difference for the exit code', async () => {
    await write('a.txt', `The Ledger reported: “${ARTICLE}”\n`);
    await write('b.txt', `As the Ledger wrote: “${ARTICLE.replace('shot', 'robbed')}”\n`);
    const major = await runCli(['check', 'a.txt', 'b.txt'], dir);
    const critical = await runCli(['check', 'a.txt', 'b.txt', '--min-severity', 'critical'], dir);
    expect(major.code).toBe(1);
    expect(critical.code).toBe(0);
  });
});

describe.skipIf(!hasCorpus)(`verbatim check on the corpus${corpusSkipReason}`, () => {
  it('prints a report that validates against the DESIGN.md format', async () => {
    const files = ['001.txt', '002.txt', '004.txt'].map((f) => join(corpusDir, f));
    const { code, stdout } = await runCli(['check', ...files, '--json'], dir);
    expect([0, 1]).toContain(code);
    const report = Report.parse(JSON.parse(stdout));
    expect(report.documents).toHaveLength(3);
    expect(report.clusters.length).toBeGreaterThan(0);
  });
});

describe('verbatim check --scope', () => {
  const STATEMENT = 'The council will meet every Thursday in the old town hall to hear residents on the new harbour plans until the end of 2024.';
  const repeated = `${STATEMENT} Later the same memo says it again. ${STATEMENT.replace('2024', '2025')}`;

  it('leads with press quotes, counts quoted material by default and a document’s own repeats only with --scope all', async () => {
    await write('a.txt', `The Guardian reported on 2 March 1992: “${ARTICLE}”\n`);
    await write('b.txt', `As The Guardian wrote (March 2, 1992), “${ARTICLE.replace('450', '540')}”\n`);
    await write('c.txt', `An unrelated memo.\n\n${repeated}\n`);
    const all = Report.parse(JSON.parse((await runCli(['check', 'a.txt', 'b.txt', 'c.txt', '--json'], dir)).stdout));
    expect(all.clusters.map((c) => c.kind)).toEqual([...all.clusters.map((c) => c.kind)].sort((x, y) => ['press', 'quote', 'repeat'].indexOf(x) - ['press', 'quote', 'repeat'].indexOf(y)));
    expect(all.clusters[0]?.kind).toBe('press');
    expect(all.clusters.some((c) => c.kind === 'repeat')).toBe(true);

    const press = Report.parse(JSON.parse((await runCli(['check', 'a.txt', 'b.txt', 'c.txt', '--json', '--scope', 'press'], dir)).stdout));
    expect(new Set(press.clusters.map((c) => c.kind))).toEqual(new Set(['press']));
    expect(press.discrepancies.every((x) => press.clusters.some((c) => c.id === x.cluster))).toBe(true);

    // The repeat alone: its figure changes, yet by default nothing in scope does.
    const onlyRepeat = await runCli(['check', 'c.txt', 'a.txt'], dir);
    expect(onlyRepeat.code).toBe(0);
    expect(onlyRepeat.stdout).toMatch(/outside the quotes scope .* --scope all/u);
    expect((await runCli(['check', 'c.txt', 'a.txt', '--scope', 'all'], dir)).code).toBe(1);
  });

  it('refuses an unknown scope with exit 2', async () => {
    await write('a.txt', ARTICLE);
    const { code, stderr } = await runCli(['check', 'a.txt', '--scope', 'everything'], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--scope must be one of press, quotes, all/u);
  });
});
