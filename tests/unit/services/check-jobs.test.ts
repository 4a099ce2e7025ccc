import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, openProject, setLogSink, type ProjectSession } from '../../../main/services';
import { ServiceError, type CheckJobStatus } from '../../../shared/api';
import { Report } from '../../../shared/model';
import { buildElectron } from '../../../scripts/build-electron.js';
import { syntheticCorpus } from '../../bench/synthetic';
import { copySample } from './sample-copy';

/** Polls `checkStatus` until `until` holds (each answer is passed to it), at most `tries` times. */
async function pollUntil(session: ProjectSession, job: string, until: (s: CheckJobStatus) => boolean, tries = 2_000): Promise<CheckJobStatus> {
  for (let i = 0; i < tries; i++) {
    const status = await session.handlers.checkStatus({ job });
    if (until(status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`job ${job} never reached the awaited state`);
}

const finished = (s: CheckJobStatus) => s.state !== 'running';

let sample: Awaited<ReturnType<typeof copySample>>;
let large: { dir: string; session: ProjectSession };
beforeAll(async () => {
  sample = await copySample();
  // About 4 MB of generated press text: a check that takes seconds, long enough to act while it runs.
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-large-'));
  const files: string[] = [];
  for (const doc of syntheticCorpus({ totalChars: 4_000_000, docChars: 200_000, seed: 7 })) {
    const file = join(dir, `${doc.id}.txt`);
    await writeFile(file, doc.text);
    files.push(file);
  }
  const session = await createProject(join(dir, 'project'), files);
  large = { dir, session };
});
afterAll(async () => {
  await large.session.close();
  await rm(large.dir, { recursive: true, force: true });
  await sample.cleanup();
});

describe('check jobs in the worker thread', () => {
  it('startCheck answers at once with a job whose status ends done, with the same report as a check on this thread, handed over once', async () => {
    const session = await openProject(sample.dir);
    try {
      const { job } = await session.handlers.startCheck({ minSeverity: 'info' });
      const done = await pollUntil(session, job, finished);
      expect(done.state).toBe('done');
      const report = Report.parse(done.report);
      expect(report).toEqual(await session.check({ minSeverity: 'info' }));
      expect(report.discrepancies.length).toBeGreaterThan(0);
      expect(await session.handlers.checkStatus({ job })).toEqual({ state: 'done' });
    } finally {
      await session.close();
    }
  });

  it('keeps answering other requests while a long check runs, and reports its progress', async () => {
    const { session } = large;
    const { job } = await session.handlers.startCheck({});
    const running = await pollUntil(session, job, (s) => s.progress !== undefined || finished(s));
    expect(running.state).toBe('running');
    expect(running.progress).toMatchObject({ stage: expect.any(String), done: expect.any(Number), total: expect.any(Number) });
    // With the engine on this thread, no request could be answered until the check was over.
    expect((await session.handlers.listDocuments({})).length).toBe(20);
    expect((await session.handlers.checkStatus({ job })).state).toBe('running');
    expect(await session.handlers.cancelCheck({ job })).toEqual({ cancelled: true });
  });

  it('cancelCheck ends a running job; the job stays cancelled and a new check afterwards completes', async () => {
    const { session } = large;
    const { job } = await session.handlers.startCheck({});
    await pollUntil(session, job, (s) => s.progress !== undefined || finished(s));
    expect(await session.handlers.cancelCheck({ job })).toEqual({ cancelled: true });
    expect(await session.handlers.checkStatus({ job })).toEqual({ state: 'cancelled' });
    expect(await session.handlers.cancelCheck({ job })).toEqual({ cancelled: false });
    const second = await session.handlers.startCheck({});
    const done = await pollUntil(session, second.job, finished);
    expect(done.state).toBe('done');
    expect(done.report?.documents).toHaveLength(20);
    expect((await session.handlers.checkStatus({ job })).state).toBe('cancelled');
  });

  it('a new startCheck cancels the job still running, and runCheck still answers with the report', async () => {
    const { session } = large;
    const first = await session.handlers.startCheck({});
    const second = await session.handlers.startCheck({});
    expect((await session.handlers.checkStatus({ job: first.job })).state).toBe('cancelled');
    await session.handlers.cancelCheck({ job: second.job });
    const report = await session.handlers.runCheck({});
    expect(report.documents).toHaveLength(20);
  });

  it('a check waited for (an export, runCheck) that a newer check of the same options replaces answers with the newer report, which its starter still gets', async () => {
    const { session } = large;
    const waited = session.handlers.runCheck({});
    // The window re-checks after an edit while the export's check runs.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { job } = await session.handlers.startCheck({});
    const report = await waited;
    expect(report.documents).toHaveLength(20);
    const done = await pollUntil(session, job, finished);
    expect(done.state).toBe('done');
    expect(done.report).toEqual(report);
  });

  it('a waited-for check replaced by one with other options, or cancelled by the user, is refused', async () => {
    const { session } = large;
    const waited = session.handlers.runCheck({ minSeverity: 'critical' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { job } = await session.handlers.startCheck({});
    await expect(waited).rejects.toMatchObject({ code: 'refused' });
    await session.handlers.cancelCheck({ job });
  });

  it('checkStatus and cancelCheck of an unknown job fail with not-found', async () => {
    const session = await openProject(sample.dir);
    try {
      const result = await session.dispatch('checkStatus', { job: 'no-such-job' });
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await session.dispatch('cancelCheck', { job: 'no-such-job' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await session.dispatch('startCheck', { minSeverity: 'severe' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    } finally {
      await session.close();
    }
  });

  it('a worker that cannot start fails the job with a message that names no path and no stack, the cause going to the log', async () => {
    const logged: string[] = [];
    const previous = setLogSink((line) => logged.push(line));
    const session = await openProject(sample.dir, { checkWorker: { script: join(sample.dir, 'no-such-worker.cjs') } });
    try {
      const { job } = await session.handlers.startCheck({});
      const failed = await pollUntil(session, job, finished);
      expect(failed.state).toBe('failed');
      expect(failed.error).toMatch(/could not run/);
      expect(failed.error).not.toContain(sample.dir);
      expect(logged.join('')).toContain('no-such-worker.cjs');
      await expect(session.handlers.runCheck({})).rejects.toBeInstanceOf(ServiceError);
    } finally {
      setLogSink(previous);
      await session.close();
    }
  });

  it('runs from the esbuild bundle Electron uses: built, then loaded by a plain Node worker', async () => {
    const out = await mkdtemp(join(tmpdir(), 'verbatim-bundle-'));
    try {
      await buildElectron({ outDir: out });
      const session = await openProject(sample.dir, { checkWorker: { script: join(out, 'check-worker.cjs') } });
      try {
        const report = await session.handlers.runCheck({ minSeverity: 'info' });
        expect(report).toEqual(await session.check({ minSeverity: 'info' }));
        expect(report.claims.some((c) => c.flagged)).toBe(true);
      } finally {
        await session.close();
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
