import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '../../shared/api';
import type { ProjectSession } from '../services';
import { sendResult } from './http-util';

/** Largest request body accepted: a batch of uploaded documents as base64 (20 MiB files, a third larger). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** What the API route needs from the host. */
export interface ApiRouteOptions {
  session: ProjectSession;
  token: string;
  /** The origins a browser page of this host sends (`http://127.0.0.1:PORT`, `http://localhost:PORT`). */
  origins: ReadonlySet<string>;
  maxBodyBytes?: number;
}

/** A request method name: letters only, so nothing odd reaches `dispatch` or the log. */
const METHOD_NAME = /^[A-Za-z]{1,64}$/;

/**
 * Serves `POST /api/<method>`: checks the origin and the bearer token before anything else (a refused
 * request reads no body and runs nothing), then the content type and size, then runs the request through
 * the session's `dispatch` and answers its `Result` as JSON.
 */
export function createApiRoute(options: ApiRouteOptions): (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void> {
  const expected = digest(options.token);
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  return async (req, res, pathname) => {
    if (req.method !== 'POST') {
      return sendResult(res, fail('invalid-payload', 'API requests use POST'), 405, { Allow: 'POST' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !options.origins.has(origin)) {
      return refuse(req, res, fail('forbidden', 'requests from other origins are refused'));
    }
    if (!tokenMatches(req.headers.authorization, expected)) {
      return refuse(req, res, fail('forbidden', 'missing or wrong token (send "Authorization: Bearer <token>" from the URL the host printed)'));
    }
    if (!isJson(req.headers['content-type'])) {
      return refuse(req, res, fail('invalid-payload', 'the request body must be JSON (Content-Type: application/json)'), 415);
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) return refuse(req, res, tooLarge(maxBody), 413);
    const body = await readBody(req, maxBody);
    if (body === null) return refuse(req, res, tooLarge(maxBody), 413);
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      return sendResult(res, fail('invalid-payload', `the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`));
    }
    const method = decodeURIComponentSafe(pathname.slice('/api/'.length));
    if (method === null || !METHOD_NAME.test(method)) {
      return sendResult(res, fail('unknown-method', `unknown request "${pathname.slice('/api/'.length).slice(0, 64)}"`));
    }
    sendResult(res, await options.session.dispatch(method, payload));
  };
}

/**
 * Compares the bearer token in constant time. Both sides are hashed first so the comparison has a fixed
 * length and takes no longer for a closer guess.
 */
function tokenMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer ([^\s]+)$/.exec(header ?? '');
  const given = digest(match?.[1] ?? '');
  // Evaluated in full either way; `match` only decides after the constant-time comparison ran.
  return timingSafeEqual(given, expected) && match !== null;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

function tooLarge(max: number): ReturnType<typeof fail> {
  return fail('refused', `the request is larger than ${Math.round(max / (1024 * 1024))} MB; add fewer or smaller files at a time`);
}

/**
 * Answers a refused request without reading its body. The connection is closed afterwards: leaving an
 * unread upload on a keep-alive connection would make the next request parse garbage.
 */
function refuse(req: IncomingMessage, res: ServerResponse, result: ReturnType<typeof fail>, status?: number): void {
  res.shouldKeepAlive = false;
  sendResult(res, result, status, { Connection: 'close' });
  req.resume();
}

/** The whole body, or null as soon as it exceeds `max` bytes. */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decodeURIComponentSafe(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}
