/**
 * The crash test: a real writer process (`writer.ts`) is killed with SIGKILL at random moments while it
 * writes; afterwards every write it acknowledged must be in `verbatim.json`, the file must be valid, and
 * no temp file may be left once the project is opened again. `npm test` runs a few kills
 * (tests/unit/reliability); `npm run reliability:crash` runs many and prints the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { openProjectStore, parseTempName, readProjectText } from '../../annotations';
import { prng } from '../bench/synthetic';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What a crash run found. */
export interface CrashFigures {
  kills: number;
  acknowledged: number;
  lost: number;
  /** 1 when verbatim.json did not read back as a valid project, else 0. */
  corrupt: number;
  /** Temp files left in the folder after the project was opened again. */
  strayTempFiles: number;
}

/** Starts `writer.ts` on `dir` with tsx, calling `onAck` for every acknowledged id. */
function startWriter(dir: string, onAck: (id: string) => void, extra: string[] = []): { child: ChildProcess; ready: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'reliability', 'writer.ts'), dir, ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') resolve();
      else if (line.startsWith('ack ')) onAck(line.slice(4));
    });
    child.once('exit', (code) => reject(new Error(`the writer exited (${code}) before it was ready: ${stderr.trim()}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited };
}

/** A project with one document in a new temp folder. */
export async function crashProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-crash-'));
  await writeFile(join(dir, 'clip.txt'), 'The Ledger reported that the bridge reopened on Monday after nine weeks of repairs.\n');
  const store = await openProjectStore(dir, { create: true, label: 'crash-test set-up' });
  await store.addFiles([{ name: 'clip.txt', bytes: await readFile(join(dir, 'clip.txt')) }]);
  await store.close();
  return dir;
}

/**
 * Kills a writer `kills` times, each after a random number of milliseconds (up to `maxDelayMs`) into its
 * writing, then lets one writer finish `finalWrites` writes normally and checks the folder.
 */
export async function runCrashTest(options: { kills: number; maxDelayMs?: number; finalWrites?: number; seed?: number; dir?: string }): Promise<CrashFigures> {
  const dir = options.dir ?? (await crashProject());
  const rand = prng(options.seed ?? 9);
  const acknowledged = new Set<string>();
  try {
    for (let k = 0; k < options.kills; k++) {
      const writer = startWriter(dir, (id) => acknowledged.add(id));
      await writer.ready;
      await new Promise((resolve) => setTimeout(resolve, Math.floor(rand() * (options.maxDelayMs ?? 300))));
      writer.child.kill('SIGKILL');
      await writer.exited;
    }
    const last = startWriter(dir, (id) => acknowledged.add(id), ['--count', String(options.finalWrites ?? 8)]);
    await last.ready;
    const code = await last.exited;
    if (code !== 0) throw new Error(`the last writer exited with ${code}`);
    const text = await readFile(join(dir, 'verbatim.json'), 'utf8');
    const data = readProjectText(text);
    const ids = new Set(typeof data === 'string' ? [] : data.annotations.map((a) => a.id));
    const strays = (await readdir(dir)).filter((name) => parseTempName(name) !== null || name.startsWith('verbatim.json.lock'));
    return {
      kills: options.kills,
      acknowledged: acknowledged.size,
      lost: [...acknowledged].filter((id) => !ids.has(id)).length,
      corrupt: typeof data === 'string' ? 1 : 0,
      strayTempFiles: strays.length,
    };
  } finally {
    if (options.dir === undefined) await rm(dir, { recursive: true, force: true });
  }
}
