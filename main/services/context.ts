import type { EngineCache } from '../../shared/engine/types';
import type { ProjectStore } from '../../annotations';
import type { CheckJobs } from './check-jobs';

/** What every service function of one open project shares. */
export interface ServiceContext {
  store: ProjectStore;
  /**
   * Per-document engine results of this thread (quote suggestions, the command line's check), kept for the
   * session so repeated work only redoes changed documents. Checks in the worker have the worker's own.
   */
  cache: EngineCache;
  /** Check jobs running in the session's worker thread. */
  jobs: CheckJobs;
}
