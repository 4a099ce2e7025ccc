import { resolve } from 'node:path';
import { openProjectStore } from '../../annotations';
import type { ProjectStore } from '../../annotations';
import { dispatch, type ApiHandlers, type Result } from '../../shared/api';
import type { Report } from '../../shared/model';
import { MemoryEngineCache } from '../../shared/engine';
import type { EngineCache } from '../../shared/engine/types';
import { annotationHandlers } from './annotations-service';
import { checkHandlers, checkProject, type ProjectCheckOptions } from './check-service';
import type { ServiceContext } from './context';
import { documentHandlers } from './documents-service';
import { logError } from './logger';
import { projectHandlers } from './project-service';
import { suggestHandlers } from './suggest-service';
import { findHandlers } from './find-service';
import { outletHandlers } from './outlets-service';

/**
 * How many document analyses a session's engine cache keeps. Keys change whenever a document's text, the
 * lexicon or the gazetteer changes, so the cache is bounded for a window left open all day; 512 covers
 * several versions of every document of a large project.
 */
export const ENGINE_CACHE_ENTRIES = 512;

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
  /** The project through the engine, as `runCheck` does, with progress for long runs (the command line). */
  check(options?: ProjectCheckOptions): Promise<Report>;
  /** Waits for pending writes to reach the disk. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens the project in folder `dir` (`create: true` makes the folder and an empty `verbatim.json` when
 * missing). A `verbatim.json` that cannot be trusted opens read-only with `store.warnings` saying why.
 * Throws when the folder is not a project (and `create` is not set) or cannot be read.
 */
export async function openProject(dir: string, options: { create?: boolean } = {}): Promise<ProjectSession> {
  const absolute = resolve(dir);
  const store = await openProjectStore(absolute, { create: options.create ?? false });
  return sessionFor(store);
}

/** A session over an already open store (tests pass an in-memory store). */
export function sessionFor(store: ProjectStore, cache: EngineCache = new MemoryEngineCache(ENGINE_CACHE_ENTRIES)): ProjectSession {
  const ctx: ServiceContext = { store, cache };
  const handlers = handlersFor(ctx);
  let closing: Promise<void> | undefined;
  return {
    dir: store.dir,
    store,
    handlers,
    dispatch: (method, payload) => dispatch(handlers, method, payload, (m, error) => logError(`request ${m}`, error)),
    check: (options) => checkProject(ctx, options),
    close() {
      closing ??= store.flush();
      return closing;
    },
  };
}

/** Every request of the API served from `store`; `cache` keeps engine results between checks. */
export function createHandlers(store: ProjectStore, cache: EngineCache = new MemoryEngineCache(ENGINE_CACHE_ENTRIES)): ApiHandlers {
  return handlersFor({ store, cache });
}

function handlersFor(ctx: ServiceContext): ApiHandlers {
  return {
    ...projectHandlers(ctx),
    ...documentHandlers(ctx),
    ...annotationHandlers(ctx),
    ...checkHandlers(ctx),
    ...suggestHandlers(ctx),
    ...findHandlers(ctx),
    ...outletHandlers(ctx),
  };
}
