import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, contentTypeFor, resolveAppPath } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Declares `app:` as a standard, secure scheme. Must run before the app is ready (Electron's rule).
 *
 * Standard gives the renderer a real origin (`app://verbatim`), so relative and root-relative URLs in
 * Vite's output resolve, and IPC can check the sender's origin. Secure makes it a secure context. It does
 * not get `bypassCSP`, `corsEnabled` or `allowServiceWorkers`: the page needs none of them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer (`rendererRoot`, i.e. dist/renderer) on `app://verbatim/` in `session`, with
 * the Content-Security-Policy and hardening headers on every response. Only GET and HEAD of files inside
 * the root are answered; anything else is 404/405. Reading through `fs` works inside the asar archive too,
 * since Electron's fs patches it in.
 */
export function serveRenderer(session: Session, rendererRoot: string, log: (message: string) => void): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'method not allowed');
    const file = resolveAppPath(request.url, rendererRoot);
    if (file === null) return textResponse(404, 'not found');
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(file) },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR') log(`cannot serve ${request.url}: ${String(error)}`);
      return textResponse(404, 'not found');
    }
  });
}

/** Headers every app response carries. */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    // The files change only when the app is rebuilt; a stale cache across rebuilds in development is worse.
    'Cache-Control': 'no-store',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}
