import type { z } from 'zod';
import { API, isApiMethod, type ApiHandlers } from './contract';
import { fail, ok, ServiceError, type Result } from './result';

/** Receives the cause of an `internal` error, which the client sees only as a message. */
export type ErrorLogger = (method: string, error: unknown) => void;

/**
 * The one boundary every request crosses, in Electron and in browser mode alike: reject unknown methods,
 * validate the payload against the contract (nothing runs on a payload that fails), run the handler, and
 * turn whatever it throws into a `Result`.
 */
export async function dispatch(
  handlers: ApiHandlers,
  method: string,
  payload: unknown,
  logError: ErrorLogger = () => {},
): Promise<Result<unknown>> {
  if (!isApiMethod(method)) return fail('unknown-method', `unknown request "${method}"`);
  const parsed = API[method].input.safeParse(payload ?? {});
  if (!parsed.success) return fail('invalid-payload', `invalid ${method} request: ${describeIssues(parsed.error)}`);
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message);
    logError(method, error);
    // Never the message itself: a Node error's message carries absolute paths, and the cause is in the log.
    const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && /^E[A-Z]+$/.test(error.code) ? ` (${error.code})` : '';
    return fail('internal', `${method} failed because of an internal error${code}; the details are in the log`);
  }
}

/** One line naming each failing field, e.g. `end: expected number`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
