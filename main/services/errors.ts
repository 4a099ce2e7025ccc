import { ServiceError } from '../../shared/api';
import {
  AnnotationNotFoundError, DocumentNotFoundError, DocumentRefusedError, OutsideChangeError, ReadOnlyProjectError,
} from '../../annotations';

/**
 * Turns what the store throws into the `ServiceError` a client can act on; anything not recognised is
 * returned unchanged so `dispatch` reports it as `internal` and logs its cause.
 */
export function toServiceError(error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  if (error instanceof ReadOnlyProjectError) return new ServiceError('read-only', error.message || 'the project is read-only');
  // verbatim.json changed outside and could not be merged: the project is read-only from now on.
  if (error instanceof OutsideChangeError) return new ServiceError('read-only', error.message);
  if (error instanceof AnnotationNotFoundError || error instanceof DocumentNotFoundError) return new ServiceError('not-found', error.message);
  if (error instanceof DocumentRefusedError) return new ServiceError('refused', error.message);
  // The store's boundary errors: RangeError for a span outside the text or a dangling reference, TypeError
  // for a record that fails the schema (annotation-ops.ts, project-store.ts).
  if (error instanceof RangeError || error instanceof TypeError) return new ServiceError('invalid-payload', error.message);
  return error;
}

/**
 * Runs a store operation, mapping its errors to `ServiceError` (see `toServiceError`). Only store calls go
 * through here: elsewhere a TypeError is a bug and must surface as `internal`.
 */
export async function mapStoreErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toServiceError(error);
  }
}
