import type { EngineCache } from '../../shared/engine/types';
import type { ProjectStore } from '../../annotations';

/** What every service function of one open project shares. */
export interface ServiceContext {
  store: ProjectStore;
  /** Per-document engine results, kept for the session so a re-check only redoes changed documents. */
  cache: EngineCache;
}
