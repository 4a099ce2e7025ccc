/**
 * The two-writer test: two browser-mode hosts (separate processes) on one project folder, the command
 * line's `add` while they run, and an edit of verbatim.json from outside meanwhile. Every create a host
 * acknowledged must be in the file afterwards, with the outside edit; the second host and the CLI are
 * refused, told who holds the project. `npm test` runs it small (tests/unit/reliability);
 * `npm run reliability:two-writers` runs it larger and prints the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readProjectText, toProjectJSON } from '../../annotations';
import type { Annotation } from '../../shared/model';
import { crashProject } from './crash';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a two-writer run found. */
export interface TwoWriterFigures {
  acknowledged: number;
  refusedSecondHost: number;
  /** The second host's refusal named the first host as the holder. */
  toldWhoHolds: boolean;
  cliAddExitCode: number;
  lost: number;
  /** The record added from outside while the hosts ran, missing afterwards: 0 or 1. */
  outsideLost: number;
  corrupt: number;
}

interface Host {
  child: ChildProcess;
  port: number;
  token: string;
  stderr(): string;
}

/** Starts `npm run serve`'s host (tsx main/web/cli.ts) on `dir` in its own process. */
async function startHost(dir: string, token: string): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'main', 'web', 'cli.ts'), '--project', dir, '--token', token, '--static', join(dir, 'no-renderer')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}): ${stderr.trim()}`)));
  });
  return { child, port, token, stderr: () => stderr };
}

async function stopHost(host: Host): Promise<void> {
  const exited = new Promise((resolve) => host.child.once('exit', resolve));
  host.child.kill('SIGTERM');
  await exited;
}

async function call(host: Host, method: string, payload: unknown): Promise<{ ok: boolean; value?: { id?: string }; error?: { code: string; message: string } }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as { ok: boolean; value?: { id?: string }; error?: { code: string; message: string } };
}

/** Runs the CLI (`bin/verbatim.js`) in its own process and resolves to its exit code. */
function runCliProcess(args: string[], cwd: string): Promise<number> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'verbatim.js'), ...args], { cwd, stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code ?? -1)));
}

/** `creates` creates through each host, all at once, with an outside edit and a CLI add in the middle. */
export async function runTwoWriters(options: { creates: number }): Promise<TwoWriterFigures> {
  const dir = await crashProject();
  const hosts: Host[] = [];
  try {
    const first = await startHost(dir, 'first-host-token');
    hosts.push(first);
    const second = await startHost(dir, 'second-host-token');
    hosts.push(second);
    const document = 'clip';
    const create = (host: Host, i: number) => call(host, 'createAnnotation', { kind: 'note', document, start: 0, end: 5, body: { text: `n${i}`, status: 'open' } });
    const half = Math.floor(options.creates / 2);
    const results = await Promise.all([
      ...Array.from({ length: half }, (_, i) => create(first, i)),
      ...Array.from({ length: options.creates }, (_, i) => create(second, i)),
    ]);
    // Meanwhile a teammate's change arrives from outside (git pull): one more annotation in the file.
    const outside = await editOutside(dir);
    await writeFile(join(dir, 'four.txt'), 'A fourth clipping that the command line tries to add.\n');
    const cliAddExitCode = await runCliProcess(['add', dir, join(dir, 'four.txt')], dir);
    results.push(...(await Promise.all(Array.from({ length: options.creates - half }, (_, i) => create(first, half + i)))));
    const acknowledged = results.flatMap((r) => (r.ok && r.value?.id ? [r.value.id] : []));
    const refusals = results.filter((r) => !r.ok);
    const toldWhoHolds = refusals.length > 0 && refusals.every((r) => r.error?.code === 'read-only' && /browser mode .*pid \d+/.test(r.error.message));
    for (const host of hosts.splice(0)) await stopHost(host);
    const data = readProjectText(await readFile(join(dir, 'verbatim.json'), 'utf8'));
    const ids = new Set(typeof data === 'string' ? [] : data.annotations.map((a) => a.id));
    return {
      acknowledged: acknowledged.length,
      refusedSecondHost: refusals.length,
      toldWhoHolds,
      cliAddExitCode,
      lost: acknowledged.filter((id) => !ids.has(id)).length,
      outsideLost: ids.has(outside) ? 0 : 1,
      corrupt: typeof data === 'string' ? 1 : 0,
    };
  } finally {
    for (const host of hosts) await stopHost(host);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Adds one annotation to verbatim.json as an outside tool would (read, change, write in place); returns its id. */
async function editOutside(dir: string): Promise<string> {
  const file = join(dir, 'verbatim.json');
  const data = readProjectText(await readFile(file, 'utf8'));
  if (typeof data === 'string') throw new Error(`verbatim.json does not read: ${data}`);
  const model = data.annotations[0] as Annotation;
  const added = { ...model, id: 'added-outside', tags: ['from-git'] };
  await writeFile(file, toProjectJSON({ ...data, annotations: [...data.annotations, added] }));
  return added.id;
}
