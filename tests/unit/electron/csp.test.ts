import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, toPolicyString } from '../../../main/electron/csp';

/** The policy as a map of directive to sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe('the Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('denies everything by default', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only the app’s own scripts: no inline script, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
  });

  it('loads no remote content and opens no connections', () => {
    expect(policy.get('connect-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|ws:/);
  });

  it.each(['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors', 'worker-src'])(
    'closes %s',
    (name) => {
      expect(policy.get(name)).toEqual(["'none'"]);
    },
  );

  it('serializes directives in order, separated by semicolons', () => {
    expect(toPolicyString({ 'default-src': ["'none'"], 'img-src': ["'self'", 'data:'] })).toBe(
      "default-src 'none'; img-src 'self' data:",
    );
  });
});
