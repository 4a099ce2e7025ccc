import type { ApiMethod } from '../../shared/api/contract';

/**
 * Every request of the API contract, as the preload needs it, with no runtime dependency.
 *
 * Why a copy: the preload runs sandboxed in every window, and `shared/api/contract.ts` builds its zod
 * schemas at module load, so importing even `channelOf` from it would bundle zod and the whole model into
 * the preload. The preload validates nothing (the main side does, in `dispatch`), so it only needs the
 * names. The copy cannot drift: the `satisfies` clause rejects a name that is not in the contract, the
 * `MissingFromPreload` check below rejects a contract method missing here, and a unit test compares the
 * list with `API_METHODS` and `channelOf` at run time.
 */
export const PRELOAD_METHODS = [
  'projectInfo',
  'updateSettings',
  'listDocuments',
  'readDocument',
  'addDocuments',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'runCheck',
  'suggestQuotes',
  'listOutlets',
  'createAnnotations',
  'restoreAnnotation',
  'reanchorAnnotation',
  'findInProject',
  'documentHashes',
] as const satisfies readonly ApiMethod[];

/** Contract methods the list above lacks; must be `never` for this file to compile. */
type MissingFromPreload = Exclude<ApiMethod, (typeof PRELOAD_METHODS)[number]>;
const everyMethodListed: [MissingFromPreload] extends [never] ? true : MissingFromPreload = true;
void everyMethodListed;

/** The IPC channel of a method; the same string as `channelOf` in shared/api (a unit test checks). */
export function preloadChannelOf(method: ApiMethod): string {
  return `verbatim:${method}`;
}

/** The one channel the main process pushes events to the renderer on. */
export const EVENT_CHANNEL = 'verbatim:event';
