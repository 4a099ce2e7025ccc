import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, contentTypeFor, isAppUrl, resolveAppPath } from '../../../main/electron/app-url';

const root = resolve('/opt/verbatim/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://verbatim/', 'index.html'],
    ['app://verbatim/index.html', 'index.html'],
    ['app://verbatim/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://verbatim/assets/index-abc.js?v=2#x', 'assets/index-abc.js'],
    ['app://verbatim/assets/a%20b.css', 'assets/a b.css'],
  ])('maps %s inside the renderer folder', (url, file) => {
    expect(resolveAppPath(url, root)).toBe(join(root, file));
  });

  it.each([
    ['an encoded slash and parent', 'app://verbatim/assets/..%2f..%2f..%2fsecret'],
    ['a backslash', 'app://verbatim/assets\\..\\..\\secret'],
    ['an encoded backslash', 'app://verbatim/assets%5c..%5csecret'],
    ['a NUL byte', 'app://verbatim/index.html%00.js'],
    ['a malformed escape', 'app://verbatim/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a file URL', 'file:///etc/passwd'],
    ['an https URL', 'https://verbatim/index.html'],
    ['not a URL', 'index.html'],
    ['a doubled slash', 'app://verbatim//etc/passwd'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it.each([
    ['app://verbatim/../secret.txt', 'secret.txt'],
    ['app://verbatim/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('keeps %s inside the renderer folder (the URL parser folds the dot segments first)', (url, file) => {
    expect(resolveAppPath(url, root)).toBe(join(root, file));
  });
});

describe('isAppUrl', () => {
  it('accepts the entry page and refuses look-alikes', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/index.html?doc=1`)).toBe(true);
    expect(isAppUrl('app://verbatim.evil/index.html')).toBe(false);
    expect(isAppUrl('http://verbatim/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['data.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('serves %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
