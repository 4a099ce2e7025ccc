import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail } from '../../shared/api';
import { logError, type ProjectSession } from '../services';
import { createApiRoute } from './api-route';
import { sendResult, sendText } from './http-util';
import { createStaticRoute } from './static-files';

/** The only interface browser mode listens on: nothing outside this machine can reach it. */
export const LOOPBACK = '127.0.0.1';

/** Options of `startWebHost`. */
export interface WebHostOptions {
  /** The open project whose handlers serve `/api`. The host does not close it. */
  session: ProjectSession;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** The per-run secret every API request must carry; default 24 random bytes, base64url. */
  token?: string;
  /** The built renderer (`dist/renderer`), served for GET. */
  staticDir: string;
  /** Largest API request body in bytes; default `MAX_BODY_BYTES` (64 MB). */
  maxBodyBytes?: number;
}

/** A running host. */
export interface WebHost {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string;
  port: number;
  token: string;
  /** Stops listening and drops open connections; resolves once the server is closed. */
  close(): Promise<void>;
}

/**
 * Serves browser mode on 127.0.0.1: `POST /api/<method>` runs the request through the session's handlers
 * (bearer token required), every other GET is a file of `staticDir`. Requests whose Host header is not
 * this host (DNS rebinding) are refused before anything else.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  if (!/^[\x21-\x7e]+$/.test(token)) throw new RangeError('the token must be non-empty printable ASCII without spaces');
  const port = options.port ?? 0;
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new RangeError(`port must be an integer 0..65535, got ${port}`);

  const hosts = new Set<string>();
  const origins = new Set<string>();
  const api = createApiRoute({ session: options.session, token, origins, ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }) });
  const files = createStaticRoute(options.staticDir);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logError(`web host ${req.method ?? '?'} ${req.url ?? '?'}`, error);
      if (!res.headersSent) sendResult(res, fail('internal', 'the host failed to answer; see its log'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const isApi = rawPath === '/api' || rawPath.startsWith('/api/');
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
      // A page on another name that resolves to 127.0.0.1 (DNS rebinding) must not reach the project.
      req.resume();
      if (isApi) return sendResult(res, fail('forbidden', 'unknown Host header'), 403, { Connection: 'close' });
      return sendText(res, 403, 'Forbidden: unknown Host header\n', { Connection: 'close' });
    }
    return isApi ? api(req, res, rawPath) : files(req, res, rawPath);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  for (const name of [`${LOOPBACK}:${actual}`, `localhost:${actual}`]) {
    hosts.add(name);
    origins.add(`http://${name}`);
  }

  let closed: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK}:${actual}/?token=${encodeURIComponent(token)}`,
    port: actual,
    token,
    close() {
      closed ??= new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Browsers keep idle connections open; without this, close would wait for them to time out.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
