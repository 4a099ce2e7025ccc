/**
 * The check worker: a `worker_threads` thread that runs the engine for one project session, so the host
 * (browser mode) and the Electron main process keep answering every other request while a check runs.
 *
 * It keeps its own engine cache between checks, so a re-check redoes only documents whose text changed;
 * cancelling a check terminates the thread, and the next check starts a fresh one with an empty cache.
 * Runs from the TypeScript sources (loaded through tsx, see `check-runner.ts`) and from the esbuild bundle
 * Electron uses (`dist/electron/check-worker.cjs`).
 */
import { parentPort } from 'node:worker_threads';
import { check, MemoryEngineCache } from '../../shared/engine';
import type { Progress } from '../../shared/engine/types';
import { ENGINE_CACHE_ENTRIES, PROGRESS_INTERVAL_MS, type CheckRequest, type CheckWorkerMessage } from './check-worker-protocol';

const port = parentPort;
if (port === null) throw new Error('check-worker.ts runs only as a worker thread');

const cache = new MemoryEngineCache(ENGINE_CACHE_ENTRIES);

/** A progress listener that posts at most one message per `PROGRESS_INTERVAL_MS`, and every stage change. */
function progressPoster(run: number, post: (message: CheckWorkerMessage) => void): (p: Progress) => void {
  let lastStage = '';
  let lastAt = 0;
  return (progress) => {
    const now = Date.now();
    if (progress.stage === lastStage && progress.done !== progress.total && now - lastAt < PROGRESS_INTERVAL_MS) return;
    lastStage = progress.stage;
    lastAt = now;
    post({ type: 'progress', run, progress: { ...progress } });
  };
}

port.on('message', (request: CheckRequest) => {
  const post = (message: CheckWorkerMessage) => port.postMessage(message);
  if (request?.type !== 'check') return;
  try {
    const report = check(request.input, { cache, onProgress: progressPoster(request.run, post) });
    post({ type: 'done', run: request.run, report });
  } catch (error) {
    // The engine throws RangeError/TypeError for input it refuses; its message is for the user, the stack is not.
    post({ type: 'failed', run: request.run, error: error instanceof Error ? error.message : String(error) });
  }
});
