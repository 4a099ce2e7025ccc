import { describe, expect, it, vi } from 'vitest';
import { API, dispatch, ServiceError, type ApiHandlers } from '../../../shared/api';

/** Handlers that record calls; any method not overridden fails the test if reached. */
function handlers(overrides: Partial<ApiHandlers> = {}): ApiHandlers & { calls: string[] } {
  const calls: string[] = [];
  const base = Object.fromEntries(
    Object.keys(API).map((m) => [m, async () => {
      calls.push(m);
      throw new Error(`unexpected call to ${m}`);
    }]),
  ) as unknown as ApiHandlers;
  return Object.assign(base, overrides, { calls });
}

describe('dispatch', () => {
  it('rejects an unknown method without running anything', async () => {
    const h = handlers();
    expect(await dispatch(h, 'deleteEverything', {})).toEqual({ ok: false, error: { code: 'unknown-method', message: 'unknown request "deleteEverything"' } });
    expect(h.calls).toEqual([]);
  });

  it('rejects a malformed payload with a message naming the field, and never calls the handler', async () => {
    const createAnnotation = vi.fn();
    const result = await dispatch(handlers({ createAnnotation }), 'createAnnotation', { kind: 'claim', document: 'd1', start: 'zero', end: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload');
      expect(result.error.message).toMatch(/start/);
    }
    expect(createAnnotation).not.toHaveBeenCalled();
  });

  it('rejects an empty span and unknown keys', async () => {
    const h = handlers();
    const empty = await dispatch(h, 'createAnnotation', { kind: 'quote', document: 'd1', start: 4, end: 4 });
    const extra = await dispatch(h, 'readDocument', { id: 'd1', path: '../../etc/passwd' });
    expect(empty.ok || extra.ok).toBe(false);
    expect(h.calls).toEqual([]);
  });

  it('turns a ServiceError into its code and any other error into internal, logging the cause', async () => {
    const log = vi.fn();
    const notFound = await dispatch(handlers({ readDocument: async () => { throw new ServiceError('not-found', 'no document "x"'); } }), 'readDocument', { id: 'x' }, log);
    expect(notFound).toEqual({ ok: false, error: { code: 'not-found', message: 'no document "x"' } });
    expect(log).not.toHaveBeenCalled();
    const boom = await dispatch(handlers({ listDocuments: async () => { throw new Error('disk on fire'); } }), 'listDocuments', {}, log);
    expect(boom).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith('listDocuments', expect.any(Error));
  });

  it('passes the parsed payload with defaults applied to the handler', async () => {
    const createAnnotation = vi.fn(async (input: unknown) => input as never);
    await dispatch(handlers({ createAnnotation }), 'createAnnotation', { kind: 'claim', document: 'd1', start: 0, end: 5, body: {} });
    expect(createAnnotation).toHaveBeenCalledWith({ kind: 'claim', document: 'd1', start: 0, end: 5, body: { text: '', cites: [] } });
  });

  it('updateSettings passes on only the settings that were sent (no defaults filled in)', async () => {
    const updateSettings = vi.fn(async (input: unknown) => input as never);
    await dispatch(handlers({ updateSettings }), 'updateSettings', { creator: 'ana' });
    expect(updateSettings).toHaveBeenCalledWith({ creator: 'ana' });
  });
});
