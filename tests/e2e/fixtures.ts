import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { test as base, expect } from '@playwright/test';
import type { ApiInput, ApiMethod, ApiOutput, Result } from '../../shared/api';
import { ROOT, SAMPLE } from './paths';

/** The line browser mode prints once it listens. */
const URL_LINE = /Verbatim browser mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/;
/** How long the server may take to start (tsx compiles on first run). Not a sleep: an upper bound. */
const START_TIMEOUT_MS = 45_000;
/** The project folder's name, which the window shows as the project name. */
export const PROJECT_NAME = 'Sample Project';

/** A running browser-mode server on a fresh copy of the sample project. */
export interface Server {
  /** The full URL with the token, as printed. */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  token: string;
  /** The project folder (a temporary copy). */
  projectDir: string;
  /** Calls the API as the page does; for arranging and checking state, not for the behaviour under test. */
  call<M extends ApiMethod>(method: M, payload: ApiInput<M>): Promise<ApiOutput<M>>;
}

/** Copies the sample's `verbatim.json` and the documents it lists into `to` (not its generator scripts). */
async function copySample(to: string): Promise<void> {
  const json = await readFile(join(SAMPLE, 'verbatim.json'), 'utf8');
  const data = JSON.parse(json) as { documents: { path: string }[] };
  await mkdir(to, { recursive: true });
  for (const d of data.documents) {
    const target = join(to, ...d.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(SAMPLE, ...d.path.split('/')), target);
  }
  await copyFile(join(SAMPLE, 'verbatim.json'), join(to, 'verbatim.json'));
}

/** Starts `tsx main/web/cli.ts` on `projectDir` and resolves with the URL it prints. */
function startServer(projectDir: string): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(
    'npx',
    ['tsx', process.env['VERBATIM_E2E_CLI'] ?? 'main/web/cli.ts', '--project', projectDir, '--port', '0', '--static', join(ROOT, 'dist', 'renderer')],
    // Own process group, so the teardown can end npx and the node process under it together.
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stopServer(child);
      reject(new Error(`browser mode printed no URL within ${START_TIMEOUT_MS} ms; stderr:\n${stderr}`));
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = URL_LINE.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolve({ child, url: m[1]!, token: decodeURIComponent(m[2]!) });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with code ${code} before printing its URL; stderr:\n${stderr}`));
    });
  });
}

function stopServer(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone: nothing to stop.
  }
}

/** What the server's project starts as: a copy of the sample project, or an empty project. */
export type StartingProject = 'sample' | 'empty';

/** An empty project: a folder with a `verbatim.json` holding no documents. */
async function emptyProject(to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  await writeFile(join(to, 'verbatim.json'), `${JSON.stringify({ schemaVersion: 1, documents: [], annotations: [], lexicon: [], settings: {} })}\n`);
}

export const test = base.extend<{ server: Server; project: StartingProject }>({
  project: ['sample', { option: true }],
  server: async ({ request, project }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'verbatim-e2e-'));
    const projectDir = join(root, project === 'empty' ? 'Journey Project' : PROJECT_NAME);
    if (project === 'empty') await emptyProject(projectDir);
    else await copySample(projectDir);
    const { child, url, token } = await startServer(projectDir);
    const origin = new URL(url).origin;
    const call = async <M extends ApiMethod>(method: M, payload: ApiInput<M>): Promise<ApiOutput<M>> => {
      const response = await request.post(`${origin}/api/${method}`, {
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        data: payload,
      });
      const result = (await response.json()) as Result<ApiOutput<M>>;
      if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
      return result.value;
    };
    try {
      await use({ url, origin, token, projectDir, call });
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      stopServer(child);
      await exited;
      await rm(root, { recursive: true, force: true });
    }
  },
});

export { expect };

/**
 * The first plain sentence of a document's text (starting a paragraph or after another sentence; prose,
 * not a heading or a block quote line; at least 40 characters with no quotation marks) that overlaps none of the `taken` spans (existing annotations), so
 * marking it is plainly a new annotation.
 */
export function firstSentence(text: string, taken: readonly { start: number; end: number }[] = []): string {
  const found = freeSentence(text, taken);
  if (found === null) throw new Error('no free plain sentence in the document');
  return found;
}

/** Like {@link firstSentence}, but `null` when the text has no such sentence; a span enclosing more than the sentence's paragraph does not take it. */
export function freeSentence(text: string, taken: readonly { start: number; end: number }[] = []): string | null {
  const sentence = /(?<=^|\n\n|\r\n\r\n|[.!?] )[A-Z][^.!?“”"\n\r]{38,}[.!?:](?=$|[\r\n]| [A-Z])/g;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    if (/^\s*[#>*-]/.test(line)) continue;
    // A block quote of the whole article (a clipping under its masthead) does not take its sentences.
    const before = text.lastIndexOf('\n\n', start);
    const after = text.indexOf('\n\n', end);
    const paragraph = { start: before === -1 ? 0 : before + 2, end: after === -1 ? text.length : after };
    const takes = (t: { start: number; end: number }) => t.start < end && start < t.end && !(t.start <= paragraph.start && t.end >= paragraph.end);
    if (!taken.some(takes)) return m[0];
  }
  return null;
}
