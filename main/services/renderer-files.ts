import { extname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Serving the built renderer's files, shared by both shells (Electron's `app://` protocol and browser
 * mode's loopback host), which may not import each other.
 */

/** Content types by extension; anything else is served as bytes, never sniffed (hosts send `nosniff`). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The `Content-Type` for a served file, by extension. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Why a raw URL path may not be served, or null when it may: a `..` or `.` segment (also percent-encoded),
 * a backslash, a NUL, a drive letter or a doubled slash. Checked on the raw path because URL parsing would
 * quietly remove the `..` before we could see it.
 */
export function unsafePathReason(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'malformed percent-encoding';
  }
  if (decoded.includes('\0')) return 'NUL in path';
  if (decoded.includes('\\')) return 'backslash in path';
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return 'not a plain absolute URL path';
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return 'dot segment in path';
  if (/^\/[A-Za-z]:/.test(decoded)) return 'drive letter in path';
  return null;
}

/** True when `path` lies strictly inside `root` (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !isAbsolute(rel);
}

/** The file a safe URL path names under `root` (`/` is `index.html`), or null when it is unsafe or outside. */
export function rendererFileFor(root: string, rawPath: string): string | null {
  if (unsafePathReason(rawPath) !== null) return null;
  const pathname = decodeURIComponent(rawPath);
  const absoluteRoot = resolve(root);
  const target = resolve(absoluteRoot, `.${pathname === '/' ? '/index.html' : pathname}`);
  return isInside(absoluteRoot, target) ? target : null;
}
