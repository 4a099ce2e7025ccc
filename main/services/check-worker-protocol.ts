/**
 * The messages between a project session and its check worker (`check-worker.ts`). Plain data only: they
 * cross `postMessage`, which copies them with the structured clone algorithm.
 */
import type { Report } from '../../shared/model';
import type { CheckInput, Progress } from '../../shared/engine/types';

/** Main thread → worker: run the engine once over `input`. `run` numbers the request. */
export interface CheckRequest {
  type: 'check';
  run: number;
  input: CheckInput;
}

/** Worker → main thread: how far run `run` is, the report when it is done, or why it failed. */
export type CheckWorkerMessage =
  | { type: 'progress'; run: number; progress: Progress }
  | { type: 'done'; run: number; report: Report }
  | { type: 'failed'; run: number; error: string };

/**
 * How many document analyses the engine cache keeps (in a session's worker and in the CLI's in-process
 * check). Keys change whenever a document's text, the lexicon or the gazetteer changes, so the cache is
 * bounded for a window left open all day; 512 covers several versions of every document of a large project.
 */
export const ENGINE_CACHE_ENTRIES = 512;

/**
 * Least time between two progress messages of one stage, in milliseconds. The engine reports after every
 * document and cluster; a message each time would cost more than the work on a project of tiny documents.
 */
export const PROGRESS_INTERVAL_MS = 100;
