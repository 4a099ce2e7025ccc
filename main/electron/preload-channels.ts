import type { ApiMethod } from '../../shared/api/contract';

/**
 * The API methods the preload exposes: the keys of the contract's `API`, read from the contract when
 * scripts/build-electron.js bundles the preload and put in as a constant (esbuild `define`). Not imported
 * at run time: the contract builds its zod schemas at module load, which would bundle zod and the whole
 * model into every window's preload, and the preload validates nothing (the main side does, in `dispatch`).
 */
declare const __VERBATIM_API_METHODS__: readonly ApiMethod[];

/** The methods built into this bundle (see above); throws outside a preload bundle, where there are none. */
export function preloadMethods(): readonly ApiMethod[] {
  if (typeof __VERBATIM_API_METHODS__ === 'undefined') throw new Error('the API method list is put in when the preload is bundled (scripts/build-electron.js)');
  return __VERBATIM_API_METHODS__;
}

/** The IPC channel of a method; the same string as `channelOf` in shared/api (a unit test checks). */
export function preloadChannelOf(method: ApiMethod): string {
  return `verbatim:${method}`;
}

/** The one channel the main process pushes events to the renderer on. */
export const EVENT_CHANNEL = 'verbatim:event';
