import { describe, expect, it } from 'vitest';
import { setLogSink } from '../../../main/services';
import { projectBytes, useSampleSession } from './sample-copy';

const ctx = useSampleSession();

describe('the API boundary (ctx.session.dispatch)', () => {
  it.each([
    ['createAnnotation', { kind: 'claim', document: 'regional-digest', start: 'zero', end: 5 }],
    ['createAnnotation', { kind: 'claim', document: 'regional-digest', start: 9, end: 3 }],
    ['createAnnotation', { kind: 'gloss', document: 'regional-digest', start: 0, end: 3 }],
    ['updateAnnotation', { id: 'note-relief-figure', kind: 'claim' }],
    ['deleteAnnotation', { id: '' }],
    ['addDocuments', { files: [{ name: '', base64: 'aGk=' }] }],
    ['addDocuments', { files: [{ name: 'a.txt', base64: 'aGk=', path: '/etc' }] }],
    ['addDocuments', { files: [] }],
    ['updateSettings', { threshold: 'huge' }],
    ['runCheck', { minSeverity: 'some' }],
    ['projectInfo', { unexpected: 1 }],
  ])('refuses a malformed %s payload with invalid-payload and writes nothing', async (method, payload) => {
    const before = await projectBytes(ctx.dir);
    const result = await ctx.session.dispatch(method, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-payload');
    expect(await projectBytes(ctx.dir)).toEqual(before);
  });

  it('answers an unknown request with unknown-method', async () => {
    const result = await ctx.session.dispatch('dropDatabase', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown-method', message: expect.stringContaining('dropDatabase') } });
  });

  it('turns an unexpected failure into internal and logs its full cause', async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const broken = { ...ctx.session.handlers, listDocuments: async () => Promise.reject(new Error('disk on fire', { cause: new Error('EIO') })) };
      const { dispatch } = await import('../../../shared/api');
      const { logError } = await import('../../../main/services');
      const result = await dispatch(broken, 'listDocuments', {}, (m, e) => logError(`request ${m}`, e));
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'listDocuments failed because of an internal error; the details are in the log' } });
      expect(lines.join('')).toMatch(/request listDocuments: Error: disk on fire[\s\S]*caused by: Error: EIO/);
    } finally {
      setLogSink(previous);
    }
  });

  it('runs a valid request and answers ok', async () => {
    const result = await ctx.session.dispatch('listDocuments', {});
    expect(result.ok && Array.isArray(result.value) && result.value.length).toBe(4);
  });
});
