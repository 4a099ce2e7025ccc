/**
 * Check jobs of one session: `startCheck` starts one in the background, `checkStatus` follows it and hands
 * over the report once, `cancelCheck` ends it. At most one job runs at a time per project; starting a new
 * one cancels the one before (its result could only be older than the new one's), and whoever waits for
 * the old one gets the new one's report.
 */
import { randomUUID } from 'node:crypto';
import { ServiceError, type CheckJobStatus } from '../../shared/api';
import type { Report } from '../../shared/model';
import type { CheckInput, Progress } from '../../shared/engine/types';
import { CheckCancelledError, CheckFailedError, type CheckRunner } from './check-runner';
import { logError } from './logger';

/** How many finished jobs are remembered for `checkStatus` (an undelivered report can be megabytes); older ones answer `not-found`. */
export const FINISHED_JOBS_KEPT = 4;

interface Job {
  id: string;
  state: CheckJobStatus['state'];
  progress?: Progress;
  /** Held until one status answer (or `wait`) has handed it over, then dropped: reports can be large. */
  report?: Report;
  error?: string;
  /** What the job checks (two jobs with one key give the same report on the same texts). */
  key: string;
  /** The job whose start cancelled this one, when one did (not when a user cancelled it). */
  replacedBy?: string;
}

/** The job table of one session, over its `CheckRunner`. */
export class CheckJobs {
  private readonly jobs = new Map<string, Job>();
  /** Each job's outcome: the report, or a rejection saying why there is none. */
  private readonly results = new WeakMap<Job, Promise<Report>>();
  private current: Job | null = null;

  constructor(private readonly runner: CheckRunner) {}

  /**
   * Starts a job: `prepare` gathers the engine input (reading documents, anchoring annotations) on this
   * thread, then the engine runs in the worker. Cancels the job running before. `key` names what is
   * checked (the options), so `wait` follows a replacement only to a job checking the same. Returns the
   * new job's id.
   */
  start(prepare: () => Promise<CheckInput>, key = ''): string {
    const id = randomUUID();
    const previous = this.current;
    if (previous !== null) {
      this.cancel(previous.id);
      previous.replacedBy = id;
    }
    const job: Job = { id, state: 'running', key };
    const result = this.execute(job, prepare);
    // `wait` and `status` read the outcome from the job; nobody may be listening to the promise itself.
    result.catch(() => undefined);
    this.results.set(job, result);
    this.jobs.set(id, job);
    this.current = job;
    this.forgetOldJobs();
    return id;
  }

  /** The job's state; the report comes with the first answer that says `done`. Throws `not-found`. */
  status(id: string): CheckJobStatus {
    const job = this.find(id);
    const status: CheckJobStatus = { state: job.state };
    if (job.state === 'running' && job.progress) status.progress = { ...job.progress };
    if (job.state === 'done' && job.report) {
      status.report = job.report;
      delete job.report;
    }
    if (job.error !== undefined) status.error = job.error;
    return status;
  }

  /** Cancels the job if it is still running; `false` when it had already finished. Throws `not-found`. */
  cancel(id: string): boolean {
    const job = this.find(id);
    if (job.state !== 'running') return false;
    job.state = 'cancelled';
    delete job.progress;
    if (this.current === job) {
      this.current = null;
      this.runner.cancel();
    }
    return true;
  }

  /**
   * Resolves to the job's report (handing it over, as `status` does), or rejects with a `ServiceError`.
   * A job replaced by a newer one with the same key resolves to the newer one's report: an export waiting
   * for the check must not fail because the window re-checked after an edit meanwhile (the newer report is
   * the more current).
   */
  async wait(id: string, handOver = true): Promise<Report> {
    const job = this.find(id);
    try {
      const report = await this.results.get(job);
      if (report === undefined) throw new Error('a job without a result');
      if (handOver) delete job.report;
      return report;
    } catch {
      // The newer job's report stays for whoever started it (its window polls `status` for it).
      const newer = job.state === 'cancelled' && job.replacedBy !== undefined ? this.jobs.get(job.replacedBy) : undefined;
      if (newer !== undefined && newer.key === job.key) return this.wait(newer.id, false);
      if (job.state === 'cancelled') throw new ServiceError('refused', 'the check was cancelled');
      throw new ServiceError('internal', job.error ?? 'the check failed');
    }
  }

  /** Cancels the running job and ends the worker (the session is closing). */
  async close(): Promise<void> {
    if (this.current !== null) this.cancel(this.current.id);
    await this.runner.close();
  }

  private async execute(job: Job, prepare: () => Promise<CheckInput>): Promise<Report> {
    try {
      const input = await prepare();
      if (job.state !== 'running') throw new CheckCancelledError('the check was cancelled');
      const report = await this.runner.run(input, (progress) => {
        if (job.state === 'running') job.progress = progress;
      });
      if (job.state !== 'running') throw new CheckCancelledError('the check was cancelled');
      job.state = 'done';
      job.report = report;
      return report;
    } catch (error) {
      if (job.state === 'running') {
        job.state = 'failed';
        job.error = failureMessage(error);
      }
      throw error;
    } finally {
      delete job.progress;
      if (this.current === job) this.current = null;
    }
  }

  private find(id: string): Job {
    const job = this.jobs.get(id);
    if (job === undefined) throw new ServiceError('not-found', `no check job "${id}" in this session (finished jobs are kept for a while only)`);
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(job.id);
  }
}

/** What the user reads when a job failed: the engine's refusal as it is, anything else without internals. */
function failureMessage(error: unknown): string {
  if (error instanceof CheckFailedError || error instanceof ServiceError) return error.message;
  logError('check job', error);
  return 'the check could not run (an internal error; the details are in the log)';
}
