import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { contentTypeFor, isInside, rendererFileFor } from '../services/renderer-files';
import { SECURITY_HEADERS, sendText } from './http-util';

/** The page served for `/` when the renderer has not been built. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Verbatim: renderer not built</title></head>
<body><h1>The Verbatim renderer is not built</h1>
<p>Run <code>npm run build:renderer</code> in the Verbatim folder, then reload this page.</p></body></html>
`;

/**
 * Serves GET/HEAD requests for files under `staticDir` (`/` is `index.html`). Paths are refused with 403
 * when unsafe (see `unsafePathReason`) or when the resolved file, symlinks followed, lies outside
 * `staticDir`; missing files are 404.
 */
export function createStaticRoute(staticDir: string): (req: IncomingMessage, res: ServerResponse, rawPath: string) => Promise<void> {
  const root = resolve(staticDir);
  return async (req, res, rawPath) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    const wanted = rendererFileFor(root, rawPath);
    if (wanted === null) return sendText(res, 403, 'Forbidden\n');
    const pathname = decodeURIComponent(rawPath);
    const file = await realFile(root, wanted);
    if (file === 'outside') return sendText(res, 403, 'Forbidden\n');
    if (file === null) {
      if (pathname === '/' || pathname === '/index.html') return sendNotBuilt(req, res);
      return sendText(res, 404, 'Not found\n');
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeFor(file.path),
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
    if (!isInside(realRoot, real)) return 'outside';
    const info = await stat(real);
    return info.isFile() ? { path: real, size: info.size } : null;
  } catch {
    return null;
  }
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
