import type { ApiMethod, Result } from '../../shared/api';

// The browser-mode transport: the page's token and one request over loopback HTTP. Nothing here needs the
// contract at run time, so the first requests can leave before the rest of the renderer is evaluated
// (see early-requests.ts).

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

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true ? 'value' in value : 'error' in value;
}

export async function post(method: ApiMethod, token: string | null, payload: unknown): Promise<Result<unknown>> {
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
