/**
 * The preload of every project window. It runs sandboxed (only `electron` and a few built-ins can be
 * required), so scripts/build-electron.js bundles it with its few imports inlined.
 *
 * It exposes exactly two things to the page, both frozen and both built from our own lists:
 * - `window.verbatim`: one function per request of the API contract (its method names are read from the
 *   contract when this file is bundled, see preload-channels.ts), each `invoke`-ing that request's
 *   channel and always resolving to a `Result` (never rejecting);
 * - `window.verbatimEvents.onEvent(listener)`: events the main process pushes (documents added from the
 *   menu, ...), only the known ones, as fresh plain objects; returns an unsubscribe function.
 * Nothing raw crosses the bridge: no `ipcRenderer`, no event objects, no channel names chosen by the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { fail } from '../../shared/api/result';
import { isAppEvent, type AppEvent } from './app-events';
import { EVENT_CHANNEL, preloadChannelOf, preloadMethods } from './preload-channels';

type Invoker = (payload?: unknown) => Promise<unknown>;

const api: Record<string, Invoker> = {};
for (const method of preloadMethods()) {
  const channel = preloadChannelOf(method);
  api[method] = (payload?: unknown) =>
    // An invoke rejects only when the main side has no handler or the window is closing; the page is
    // promised Results, so that becomes one too.
    ipcRenderer.invoke(channel, payload ?? {}).catch((error: unknown) =>
      fail('internal', `${method} could not reach the app: ${error instanceof Error ? error.message : String(error)}`),
    );
}

const events = {
  onEvent(listener: (event: AppEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      if (isAppEvent(payload)) listener({ type: payload.type });
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('verbatim', Object.freeze(api));
contextBridge.exposeInMainWorld('verbatimEvents', Object.freeze(events));
