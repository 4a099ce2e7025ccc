import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/** The custom scheme the renderer is served from (registered as standard and secure in main.ts). */
export const APP_SCHEME = 'app';
/** The single host of that scheme; together they make the one origin IPC accepts requests from. */
export const APP_HOST = 'verbatim';
/** `app://verbatim`, the renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Content types for what Vite emits; anything else is served as bytes the page cannot execute. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The `Content-Type` for a served file, by extension. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `url` parses and belongs to the app origin (scheme and host both match). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    // Not a URL at all: certainly not ours.
    return false;
  }
}

/**
 * Maps an `app://verbatim/...` URL to a file inside `root` (the built renderer), or `null` when the URL is
 * not ours or would leave `root` (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL bytes).
 * `/` maps to `index.html`. The query string and fragment are ignored.
 */
export function resolveAppPath(url: string, root: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    // A malformed percent-escape: refuse rather than guess.
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, relativePath);
  const rel = relative(absoluteRoot, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return target;
}
