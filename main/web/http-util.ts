import type { ServerResponse } from 'node:http';
import type { ApiErrorCode, Result } from '../../shared/api';

/**
 * The Content-Security-Policy of every response: the renderer's own scripts, styles and API only; no
 * inline script, no plugins, no framing, no `<base>` rewriting.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every response, whatever it is. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The HTTP status that carries each error code (the body is always the `Result`). */
export const STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  'invalid-payload': 400,
  forbidden: 403,
  'unknown-method': 404,
  'not-found': 404,
  'read-only': 409,
  refused: 422,
  internal: 500,
};

/** Writes `result` as JSON with the status its error code maps to (`status` overrides, e.g. 413, 415). */
export function sendResult(res: ServerResponse, result: Result<unknown>, status?: number, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(result);
  res.writeHead(status ?? (result.ok ? 200 : STATUS_OF[result.error.code]), {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    // API answers hold project data: never kept by the browser or anything in between.
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/** Writes a short plain-text answer (static-file errors, refused hosts). */
export function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}
