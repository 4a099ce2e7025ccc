import { resolve } from 'node:path';
import { openProjectStore } from '../../annotations';
import type { OpenProjectOptions, ProjectStore } from '../../annotations';
import { dispatch, type ApiHandlers, type Result } from '../../shared/api';
import type { Report } from '../../shared/model';
import { MemoryEngineCache } from '../../shared/engine';
import type { EngineCache } from '../../shared/engine/types';
import { annotationHandlers } from './annotations-service';
import { CheckJobs } from './check-jobs';
import { CheckRunner, type CheckWorkerOptions } from './check-runner';
import { checkHandlers, checkProject, type ProjectCheckOptions } from './check-service';
import { ENGINE_CACHE_ENTRIES } from './check-worker-protocol';
import type { ServiceContext } from './context';
import { documentHandlers } from './documents-service';
import { logError } from './logger';
import { lexiconHandlers } from './lexicon-service';
import { projectHandlers } from './project-service';
import { suggestHandlers } from './suggest-service';
import { findHandlers } from './find-service';
import { firstViewHandlers } from './first-view-service';
import { outletHandlers } from './outlets-service';
import { exportHandlers } from './export-service';
import { importHandlers } from './import-service';

export { ENGINE_CACHE_ENTRIES };

/** Options of a session beyond its store. */
export interface SessionOptions {
  /** Where the check worker's code is (the Electron shell passes its bundle); default the TypeScript source. */
  checkWorker?: CheckWorkerOptions;
  /** The engine cache of this thread; default a fresh one of `ENGINE_CACHE_ENTRIES`. */
  cache?: EngineCache;
}

/** One open project with the handlers that serve it, shared by Electron's IPC and browser mode's HTTP. */
export interface ProjectSession {
  /** Absolute path of the project folder. */
  readonly dir: string;
  readonly store: ProjectStore;
  /** One function per request of `shared/api`, throwing `ServiceError` for expected failures. */
  readonly handlers: ApiHandlers;
  /**
   * Validates and runs one request (`dispatch` with the session's handlers), logging the cause of any
   * `internal` error to the main-side log. Never throws.
   */
  dispatch(method: string, payload: unknown): Promise<Result<unknown>>;
  /** What the service functions share (for service functions called directly: export, import). */
  readonly context: ServiceContext;
  /**
   * The project through the engine on this thread, as `runCheck` does in the worker, with progress for
   * long runs (the command line, which has nothing else to answer meanwhile).
   */
  check(options?: ProjectCheckOptions): Promise<Report>;
  /**
   * Ends any running check and its worker, waits for pending writes to reach the disk and releases the
   * project's lock. Safe to call more than once.
   */
  close(): Promise<void>;
}

/**
 * Opens the project in folder `dir` (`create: true` makes the folder and an empty `verbatim.json` when
 * missing). A `verbatim.json` that cannot be trusted opens read-only with `store.warnings` saying why; so
 * does a project another live process is writing (it holds the lock; `store.lockHolder` names it).
 * `label` says what this process is to such another one. Throws when the folder is not a project (and
 * `create` is not set) or cannot be read.
 */
export async function openProject(dir: string, options: OpenProjectOptions & SessionOptions = {}): Promise<ProjectSession> {
  const absolute = resolve(dir);
  const { create = false, access = 'write', label = 'Verbatim' } = options;
  const store = await openProjectStore(absolute, { create, access, label });
  return sessionFor(store, options);
}

/** A session over an already open store (tests pass an in-memory store). */
export function sessionFor(store: ProjectStore, options: SessionOptions = {}): ProjectSession {
  const ctx = contextFor(store, options);
  const handlers = handlersFor(ctx);
  let closing: Promise<void> | undefined;
  return {
    dir: store.dir,
    store,
    handlers,
    context: ctx,
    dispatch: (method, payload) => dispatch(handlers, method, payload, (m, error) => logError(`request ${m}`, error)),
    check: (options) => checkProject(ctx, options),
    close() {
      closing ??= ctx.jobs.close().then(() => store.close());
      return closing;
    },
  };
}

function contextFor(store: ProjectStore, options: SessionOptions): ServiceContext {
  return {
    store,
    cache: options.cache ?? new MemoryEngineCache(ENGINE_CACHE_ENTRIES),
    jobs: new CheckJobs(new CheckRunner(options.checkWorker)),
  };
}

/**
 * Every request of the API served from `store`. Checks run in a worker that starts on the first one; a
 * caller without a session to close should not start checks (the worker would outlive it).
 */
export function createHandlers(store: ProjectStore, options: SessionOptions = {}): ApiHandlers {
  return handlersFor(contextFor(store, options));
}

function handlersFor(ctx: ServiceContext): ApiHandlers {
  return {
    ...projectHandlers(ctx),
    ...lexiconHandlers(ctx),
    ...documentHandlers(ctx),
    ...annotationHandlers(ctx),
    ...checkHandlers(ctx),
    ...suggestHandlers(ctx),
    ...findHandlers(ctx),
    ...outletHandlers(ctx),
    ...exportHandlers(ctx),
    ...importHandlers(ctx),
    ...firstViewHandlers(ctx),
  };
}
