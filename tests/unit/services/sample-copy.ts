import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ensureSampleProject, openProject, type ProjectSession } from '../../../main/services';

/** A fresh copy of the sample project in a temp folder, and how to remove it. */
export async function copySample(): Promise<{ dir: string; home: string; cleanup(): Promise<void> }> {
  const home = await mkdtemp(join(tmpdir(), 'verbatim-services-'));
  const dir = await ensureSampleProject(home);
  return { dir, home, cleanup: () => rm(home, { recursive: true, force: true }) };
}

/** The bytes of a project's verbatim.json, to prove a refused request wrote nothing. */
export function projectBytes(dir: string): Promise<Buffer> {
  return readFile(join(dir, 'verbatim.json'));
}

/** A file's bytes as the base64 an upload carries. */
export function base64(text: string | Uint8Array): string {
  return Buffer.from(text).toString('base64');
}

/** The sample copy and the session a test works on; a test may replace `session` (it is closed after). */
export interface SampleContext {
  dir: string;
  session: ProjectSession;
}

/** Call at the top of a test file: before each test a fresh sample copy is opened in `ctx`, closed and removed after. */
export function useSampleSession(): SampleContext {
  const ctx = {} as SampleContext;
  let cleanup = async () => {};
  beforeEach(async () => {
    const sample = await copySample();
    cleanup = sample.cleanup;
    ctx.dir = sample.dir;
    ctx.session = await openProject(sample.dir);
  });
  afterEach(async () => {
    await ctx.session.close();
    await cleanup();
  });
  return ctx;
}
