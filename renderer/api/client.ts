import { API_METHODS, type ApiMethod, type AppEvent, type Result, type VerbatimApi, type VerbatimEvents } from '../../shared/api';

declare global {
  interface Window {
    /** The API, exposed by the Electron preload; absent in browser mode. */
    verbatim?: VerbatimApi;
    /** Events pushed by the main process, exposed by the Electron preload; absent in browser mode. */
    verbatimEvents?: VerbatimEvents;
  }
}

/** sessionStorage key of the browser-mode token (per tab, gone when the tab closes). */
const TOKEN_KEY = 'verbatim.token';

/** The token read from the address in this page's life, in case sessionStorage refuses to keep it. */
let pageToken: string | null = null;

/** sessionStorage can throw (storage disabled by policy); the token then lives only as long as the page. */
function remember(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(TOKEN_KEY);
    else sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Not fatal: a reload without the query will ask for the link again.
  }
}

function remembered(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/**
 * The browser-mode access token: from `?token=` in the address (then remembered in sessionStorage and
 * removed from the address bar, so it does not linger in history or screenshots), else the remembered one
 * (a reload without the query keeps working). `null` when there is none.
 */
export function accessToken(): string | null {
  const url = new URL(window.location.href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) {
    pageToken = fromQuery;
    remember(fromQuery);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromQuery;
  }
  return pageToken ?? remembered();
}

/** Forgets the remembered token, after the server refused it. */
export function forgetAccessToken(): void {
  pageToken = null;
  remember(null);
}

/** True when the API comes from the Electron preload (no token needed). */
export function isElectron(): boolean {
  return window.verbatim !== undefined;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value;
}

async function post(method: ApiMethod, token: string | null, payload: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(payload ?? {}),
    });
  } catch (error) {
    // A network failure is not a Result from the server; report it as one so callers handle one shape.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Cannot reach the Verbatim server (${reason}). Is it still running?` } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (isResult(body)) return body;
  return { ok: false, error: { code: 'internal', message: `The server answered ${method} with HTTP ${response.status} and no result.` } };
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
