import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/corpus';
import { api } from './http-client';

const CLI = resolve(projectRoot, 'main', 'web', 'cli.ts');
const LINE = /^Verbatim browser mode: http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/m;

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'verbatim-serve-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Starts `tsx main/web/cli.ts` with `args`; resolves with the child and its output so far. */
function start(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: projectRoot,
    env: { ...process.env, VERBATIM_HOME: home, VITEST: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (c: Buffer) => (out.stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out.stderr += c.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, out, exited };
}

async function waitForLine(out: { stdout: string }, exited: Promise<unknown>): Promise<RegExpExecArray> {
  let ended = false;
  void exited.then(() => (ended = true));
  for (let i = 0; i < 300 && !ended; i++) {
    const match = LINE.exec(out.stdout);
    if (match) return match;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no URL line; stdout: ${out.stdout}`);
}

describe('npm run serve (main/web/cli.ts)', () => {
  let running: ChildProcess | undefined;
  afterEach(() => {
    if (running && running.exitCode === null) running.kill('SIGKILL');
  });

  it('serves the sample project copied into $VERBATIM_HOME, prints one URL line and stops on SIGTERM', async () => {
    const { child, out, exited } = start(['--token', 'cli-test-token']);
    running = child;
    const [, port, token] = await waitForLine(out, exited);
    expect(token).toBe('cli-test-token');
    expect(out.stdout.match(/Verbatim browser mode:/g)).toHaveLength(1);
    expect(out.stdout).toMatch(/Ctrl\+C/);
    const res = await api(Number(port), 'projectInfo', {}, token!);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Sample Project', path: join(home, 'Sample Project') } });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('exits 2 with a one-line message when the project cannot be opened', async () => {
    const { out, exited } = start(['--project', join(home, 'no-such-project')]);
    expect(await exited).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/cannot open project .*no-such-project/);
    expect(out.stdout).toBe('');
  });

  it('exits 2 on a bad flag', async () => {
    const { exited, out } = start(['--port', 'eighty']);
    expect(await exited).toBe(2);
    expect(out.stderr).toMatch(/--port/);
  });
});
