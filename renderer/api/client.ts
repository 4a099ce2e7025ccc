import { API_METHODS, type ApiMethod, type AppEvent, type Result, type VerbatimApi, type VerbatimEvents } from '../../shared/api';
import { accessToken, post } from './http';

export { accessToken, forgetAccessToken } from './http';

declare global {
  interface Window {
    /** The API, exposed by the Electron preload; absent in browser mode. */
    verbatim?: VerbatimApi;
    /** Events pushed by the main process, exposed by the Electron preload; absent in browser mode. */
    verbatimEvents?: VerbatimEvents;
  }
}

/** True when the API comes from the Electron preload (no token needed). */
export function isElectron(): boolean {
  return window.verbatim !== undefined;
}

/**
 * The API over loopback HTTP (browser mode): `POST api/<method>` with the payload as JSON and the token as
 * a bearer header. The body of every answer is the `Result`, whatever the HTTP status.
 */
export function createHttpApi(token: string | null): VerbatimApi {
  const api: Partial<Record<ApiMethod, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const method of API_METHODS) api[method] = (input) => post(method, token, input);
  // Every method of the contract is now present, and each returns the server's Result for that method.
  return api as unknown as VerbatimApi;
}

/** The API: the preload's `window.verbatim` in Electron, else the HTTP client with the page's token. */
export function getApi(): VerbatimApi {
  return window.verbatim ?? createHttpApi(accessToken());
}

/**
 * Subscribes to changes made outside the page (documents added from the Electron menu). Browser mode has
 * no push channel: everything there goes through the page itself, so there is nothing to hear.
 */
export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return window.verbatimEvents?.onEvent(listener) ?? (() => {});
}
