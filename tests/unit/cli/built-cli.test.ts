// The built command line (scripts/build-cli.js): it must behave as the sources do, start without loading
// the engine for --help, and the launcher must never run a build older than the sources.
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { projectRoot } from '../../helpers/corpus';

// Beside dist/cli, at the same depth, so the build finds package.json as the real one does.
const outDir = join(projectRoot, 'dist', `cli-test-${process.pid}`);
let work = '';

const run = (...args: string[]) => spawnSync(process.execPath, [join(outDir, 'run.js'), ...args], { encoding: 'utf8', cwd: work });

beforeAll(async () => {
  await buildCli({ outDir });
  work = await mkdtemp(join(tmpdir(), 'verbatim-built-'));
  await writeFile(join(work, 'a.txt'), 'Reuters reported: “The storm destroyed 200 homes along the coast road and closed the bridge.”\n');
  await writeFile(join(work, 'b.txt'), 'As Reuters wrote, “The storm destroyed 300 homes along the coast road and closed the bridge.”\n');
}, 60_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the built command line', () => {
  it('prints the usage and the version', async () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: verbatim <command>/u);
    const pkg = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    expect(run('--version').stdout.trim()).toBe(pkg.version);
  });

  it('checks two files as the sources do: a changed figure, exit code 1', () => {
    const r = run('check', 'a.txt', 'b.txt', '--json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { discrepancies: { kind: string; severity: string }[] };
    expect(report.discrepancies.map((d) => [d.kind, d.severity])).toContainEqual(['number', 'critical']);
  });

  it('says what was wrong with the usage, exit code 2', () => {
    const r = run('check', 'a.txt', '--scope', 'everything');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--scope must be one of press, quotes, all/u);
  });

  it('lists the sources it was built from, so the launcher can tell when it is stale', async () => {
    const inputs = JSON.parse(await readFile(join(outDir, 'inputs.json'), 'utf8')) as string[];
    expect(inputs).toContain('bin/cli/main.ts');
    expect(inputs).toContain('shared/engine/index.ts');
    expect(inputs.every((p) => !p.startsWith('node_modules') && !p.startsWith('..'))).toBe(true);
  });
});

describe('bin/verbatim.js', () => {
  // A copy of the launcher in a folder of its own, with a stand-in build and stand-in sources.
  let root = '';
  const launch = () => spawnSync(process.execPath, [join(root, 'bin', 'verbatim.js')], { encoding: 'utf8' });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'verbatim-launcher-'));
    await mkdir(join(root, 'bin', 'cli'), { recursive: true });
    await mkdir(join(root, 'dist', 'cli'), { recursive: true });
    await copyFile(join(projectRoot, 'bin', 'verbatim.js'), join(root, 'bin', 'verbatim.js'));
    await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
    await writeFile(join(root, 'bin', 'cli', 'run.ts'), "const from: string = 'sources';\nconsole.log(from);\n");
    await writeFile(join(root, 'dist', 'cli', 'run.js'), "console.log('build');\n");
    await writeFile(join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify(['bin/cli/run.ts']));
  });

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('runs the build when no source changed since', async () => {
    const past = new Date(Date.now() - 60_000);
    await utimes(join(root, 'bin', 'cli', 'run.ts'), past, past);
    const r = launch();
    expect([r.stdout.trim(), r.stderr]).toEqual(['build', '']);
  });

  it('runs the sources, and says why, when one changed after the build', async () => {
    const future = new Date(Date.now() + 60_000);
    await utimes(join(root, 'bin', 'cli', 'run.ts'), future, future);
    const r = launch();
    expect(r.stdout.trim()).toBe('sources');
    expect(r.stderr).toMatch(/running from the TypeScript sources \(bin\/cli\/run\.ts changed since the build/u);
  });

  it('runs the sources when there is no build', async () => {
    await rm(join(root, 'dist'), { recursive: true, force: true });
    const r = launch();
    expect(r.stdout.trim()).toBe('sources');
    expect(r.stderr).toMatch(/there is no build in dist\/cli/u);
  });
});
