import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { SECURITY_HEADERS, sendText } from './http-util';

/** Content types by extension; anything else is served as bytes, never sniffed (see `nosniff`). */
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

/** The page served for `/` when the renderer has not been built. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Verbatim: renderer not built</title></head>
<body><h1>The Verbatim renderer is not built</h1>
<p>Run <code>npm run build:renderer</code> in the Verbatim folder, then reload this page.</p></body></html>
`;

/**
 * Why a raw request path may not be served, or null when it may: a `..` segment (also percent-encoded),
 * a backslash, a NUL, a drive or doubled slash. Checked on the raw path because URL parsing would quietly
 * remove the `..` before we could see it.
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

/**
 * Serves GET/HEAD requests for files under `staticDir` (`/` is `index.html`). Paths are refused with 403
 * when unsafe (see `unsafePathReason`) or when the resolved file, symlinks followed, lies outside
 * `staticDir`; missing files are 404.
 */
export function createStaticRoute(staticDir: string): (req: IncomingMessage, res: ServerResponse, rawPath: string) => Promise<void> {
  const root = resolve(staticDir);
  return async (req, res, rawPath) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    if (unsafePathReason(rawPath) !== null) return sendText(res, 403, 'Forbidden\n');
    const pathname = decodeURIComponent(rawPath);
    const wanted = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    if (!inside(root, wanted)) return sendText(res, 403, 'Forbidden\n');
    const file = await realFile(root, wanted);
    if (file === 'outside') return sendText(res, 403, 'Forbidden\n');
    if (file === null) {
      if (pathname === '/' || pathname === '/index.html') return sendNotBuilt(req, res);
      return sendText(res, 404, 'Not found\n');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(file.size),
      // The renderer is rebuilt in place during development; revalidate rather than serve a stale bundle.
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file.path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}

/** The real path and size of a regular file under `root`; `null` when missing, `'outside'` when a link leads out. */
async function realFile(root: string, wanted: string): Promise<{ path: string; size: number } | null | 'outside'> {
  try {
    const [realRoot, real] = await Promise.all([realpath(root), realpath(wanted)]);
    if (!inside(realRoot, real)) return 'outside';
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function sendNotBuilt(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(NOT_BUILT_PAGE)),
    'Cache-Control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : NOT_BUILT_PAGE);
}
