/**
 * Runs checks in the session's worker thread (`check-worker.ts`): one worker at a time, started on the
 * first check and kept for the next (it holds the engine cache), terminated to cancel a check.
 */
import { Worker } from 'node:worker_threads';
import type { Report } from '../../shared/model';
import type { CheckInput, Progress } from '../../shared/engine/types';
import type { CheckRequest, CheckWorkerMessage } from './check-worker-protocol';

/**
 * Where the worker's code is: omitted, the TypeScript source `check-worker.ts` beside this file, loaded
 * through tsx (tests, `tsx`, `npm run serve`); or a JavaScript file, such as the esbuild bundle
 * `dist/electron/check-worker.cjs` that the Electron shell passes (a bundle has no TypeScript to load).
 */
export interface CheckWorkerOptions {
  /** Absolute path of a JavaScript worker file; default: the TypeScript source through tsx. */
  script?: string;
}

/** The check was cancelled (its worker terminated) before it finished. */
export class CheckCancelledError extends Error {
  override readonly name = 'CheckCancelledError';
}

/** The worker ran but the engine refused the input or failed; the message is meant for the user. */
export class CheckFailedError extends Error {
  override readonly name = 'CheckFailedError';
}

/**
 * Code of a worker that loads the TypeScript worker through tsx's API. `eval` code, because Node cannot
 * start a worker from a `.ts` file by itself, and a vitest or tsx process has no loader the worker inherits.
 */
const TSX_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsxApi).then(({ tsImport }) => tsImport(workerData.entry, workerData.entry));
`;

function startWorker(options: CheckWorkerOptions): Worker {
  if (options.script !== undefined) return new Worker(options.script);
  const here: unknown = import.meta.url;
  // A CommonJS bundle has no TypeScript beside it: such a caller must name its bundle. It has no
  // import.meta.resolve either, though the Electron main bundle is given an import.meta.url (for pdf.js).
  if (typeof here !== 'string' || !here.startsWith('file:') || typeof import.meta.resolve !== 'function') {
    throw new Error('the check worker script is not configured (a bundled build must pass its check-worker.cjs)');
  }
  // The ES module build of tsx's API: its CommonJS build cannot register the loader from an eval worker.
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./check-worker.ts', here).href;
  return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { tsxApi, entry } });
}

interface Running {
  run: number;
  resolve(report: Report): void;
  reject(error: Error): void;
  onProgress(progress: Progress): void;
}

/** One session's check worker. Not safe for two checks at once: `run` cancels the one before. */
export class CheckRunner {
  private worker: Worker | null = null;
  private running: Running | null = null;
  private runs = 0;

  constructor(private readonly options: CheckWorkerOptions = {}) {}

  /**
   * Runs the engine over `input` in the worker and resolves to the report. Rejects with
   * `CheckCancelledError` when `cancel` (or another `run`) ends it first, `CheckFailedError` when the engine
   * refuses the input, and any other error when the worker itself fails (could not start, crashed).
   */
  run(input: CheckInput, onProgress: (progress: Progress) => void = () => {}): Promise<Report> {
    this.cancel();
    const worker = this.ensureWorker();
    const run = ++this.runs;
    return new Promise<Report>((resolve, reject) => {
      this.running = { run, resolve, reject, onProgress };
      // Held while a check runs, so a process with nothing else to do waits for the report.
      worker.ref();
      const request: CheckRequest = { type: 'check', run, input };
      worker.postMessage(request);
    });
  }

  /** Ends the running check, if any, by terminating the worker; the next `run` starts a new one. */
  cancel(): void {
    const running = this.running;
    if (running === null) return;
    this.running = null;
    this.stopWorker();
    running.reject(new CheckCancelledError('the check was cancelled'));
  }

  /** Cancels any running check and ends the worker. */
  async close(): Promise<void> {
    this.cancel();
    this.stopWorker();
  }

  private ensureWorker(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = startWorker(this.options);
    worker.on('message', (message: CheckWorkerMessage) => this.onMessage(message));
    worker.on('error', (error) => this.onWorkerGone(worker, error));
    worker.on('exit', (code) => this.onWorkerGone(worker, new Error(`the check worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = null;
    // terminate() resolves once the thread is gone; nothing waits on it because the worker is already forgotten.
    if (worker !== null) void worker.terminate();
  }

  private onMessage(message: CheckWorkerMessage): void {
    const running = this.running;
    if (running === null || message.run !== running.run) return;
    if (message.type === 'progress') {
      running.onProgress(message.progress);
      return;
    }
    this.running = null;
    this.worker?.unref();
    if (message.type === 'done') running.resolve(message.report);
    else running.reject(new CheckFailedError(message.error));
  }

  private onWorkerGone(worker: Worker, error: Error): void {
    // Events of a worker we already terminated (cancel) are expected and mean nothing.
    if (worker !== this.worker) return;
    this.worker = null;
    const running = this.running;
    this.running = null;
    running?.reject(error);
  }
}
