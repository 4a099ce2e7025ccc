/**
 * What every API handler returns instead of throwing (Electron passes only an error's message across IPC,
 * so the code has to travel as data).
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Error codes a client can act on. */
export type ApiErrorCode =
  | 'invalid-payload' // the request failed its schema; nothing was done
  | 'unknown-method' // no such request in the contract
  | 'not-found' // the document or annotation named does not exist
  | 'refused' // the input was understood but is not acceptable (binary file, path outside the project, ...)
  | 'read-only' // the project opened read-only (its verbatim.json could not be trusted)
  | 'forbidden' // missing or wrong token, or a sender that is not ours
  | 'internal'; // a bug or an I/O failure; the cause is logged on the main side

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ApiErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/**
 * An expected failure thrown by a service function; `dispatch` turns it into `{ ok: false }` with its code.
 * Anything else thrown becomes `internal`.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
