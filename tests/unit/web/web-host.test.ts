import { mkdir, mkdtemp, rm, writeFile, symlink } from 'node:fs/promises';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, type ProjectSession } from '../../../main/services';
import { startWebHost, type WebHost } from '../../../main/web';
import { Annotation, ProjectData } from '../../../shared/model';
import { copySample, projectBytes } from '../services/sample-copy';
import { api, raw } from './http-client';

const TOKEN = 'test-token-0123456789';
let sample: Awaited<ReturnType<typeof copySample>>;
let session: ProjectSession;
let host: WebHost;
let staticDir: string;

beforeEach(async () => {
  sample = await copySample();
  session = await openProject(sample.dir);
  staticDir = join(sample.home, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Verbatim</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(join(staticDir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(sample.home, 'secret.txt'), 'outside the renderer');
  host = await startWebHost({ session, staticDir, token: TOKEN });
});
afterEach(async () => {
  await host.close();
  await session.close();
  await sample.cleanup();
});

/** True when an HTTP request to `address`:`port` gets any answer. */
function reaches(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: address, port, path: '/', timeout: 2000, headers: { Host: `127.0.0.1:${port}` } }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

const stored = async () => ProjectData.parse(JSON.parse((await projectBytes(sample.dir)).toString('utf8')));

describe('startWebHost', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
    expect(host.port).toBeGreaterThan(0);
    // Every other address of this machine (IPv6 loopback, the network interfaces) must not answer.
    const others = ['::1', ...Object.values(networkInterfaces()).flat().flatMap((i) => (i && !i.internal ? [i.address] : []))];
    for (const address of others) expect(await reaches(address, host.port), address).toBe(false);
    expect(await reaches('127.0.0.1', host.port)).toBe(true);
  });

  it('generates a random token when none is given', async () => {
    const other = await startWebHost({ session, staticDir });
    try {
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(other.token).not.toBe(TOKEN);
    } finally {
      await other.close();
    }
  });
});

describe('POST /api/<method>', () => {
  it('answers a request with the right token with its Result', async () => {
    const res = await api(host.port, 'listDocuments', {}, TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const result = JSON.parse(res.body) as { ok: boolean; value: unknown[] };
    expect(result.ok).toBe(true);
    expect(result.value).toHaveLength(4);
  });

  it('refuses a request without the token, or with a wrong one, with 403 and runs nothing', async () => {
    const before = await projectBytes(sample.dir);
    const payload = { kind: 'note', document: 'regional-digest', start: 0, end: 5 };
    for (const token of [null, 'wrong-token', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const res = await api(host.port, 'createAnnotation', payload, token);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const basic = await api(host.port, 'createAnnotation', payload, null, { Authorization: `Basic ${TOKEN}` });
    expect(basic.status).toBe(403);
    expect(await projectBytes(sample.dir)).toEqual(before);
  });

  it('refuses a Host header that is not this host (DNS rebinding), even with the token', async () => {
    const before = await projectBytes(sample.dir);
    for (const hostHeader of ['evil.example:80', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const res = await raw(host.port, {
        method: 'POST',
        path: '/api/createAnnotation',
        headers: { Host: hostHeader, 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ kind: 'note', document: 'regional-digest', start: 0, end: 5 }),
      });
      expect(res.status).toBe(403);
      expect((await raw(host.port, { path: '/', headers: { Host: hostHeader } })).status).toBe(403);
    }
    expect((await raw(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
    expect(await projectBytes(sample.dir)).toEqual(before);
  });

  it('refuses a cross-origin request and a body that is not JSON', async () => {
    const origin = await api(host.port, 'listDocuments', {}, TOKEN, { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    const form = await raw(host.port, {
      method: 'POST', path: '/api/listDocuments', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` }, body: '{}',
    });
    expect(form.status).toBe(415);
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    const garbage = await raw(host.port, {
      method: 'POST', path: '/api/listDocuments', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: '{nope',
    });
    expect(garbage.status).toBe(400);
    expect((await raw(host.port, { path: '/api/listDocuments', headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
  });

  it('maps error codes to statuses: unknown method 404, bad payload 400, unknown id 404', async () => {
    const unknown = await api(host.port, 'unknown', {}, TOKEN);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect((await api(host.port, '__proto__', {}, TOKEN)).status).toBe(404);
    const bad = await api(host.port, 'createAnnotation', { kind: 'claim', document: 'x', start: 'a', end: 1 }, TOKEN);
    expect(bad.status).toBe(400);
    const missing = await api(host.port, 'readDocument', { id: 'nope' }, TOKEN);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a body over the size limit with 413 and a Result saying so', async () => {
    const res = await raw(host.port, {
      method: 'POST',
      path: '/api/addDocuments',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, 'Content-Length': String(65 * 1024 * 1024) },
      body: '{}',
    }).catch((error: unknown) => ({ status: -1, body: String(error), headers: {} }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/larger than 64 MB/) } });
  });

  it('stops reading a chunked body once it passes the limit, with 413', async () => {
    const small = await startWebHost({ session, staticDir, token: TOKEN, maxBodyBytes: 1024 });
    try {
      const res = await raw(small.port, {
        method: 'POST',
        path: '/api/addDocuments',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, 'Transfer-Encoding': 'chunked' },
        body: JSON.stringify({ files: [{ name: 'big.txt', base64: 'A'.repeat(4096) }] }),
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
    } finally {
      await small.close();
    }
  });

  it('creates an annotation over HTTP that lands in verbatim.json', async () => {
    const { text } = (JSON.parse((await api(host.port, 'readDocument', { id: 'council-briefing' }, TOKEN)).body) as { value: { text: string } }).value;
    const start = text.indexOf('Petra Holm');
    const res = await api(host.port, 'createAnnotation', { kind: 'note', document: 'council-briefing', start, end: start + 10, body: { text: 'spokeswoman' } }, TOKEN);
    expect(res.status).toBe(200);
    const created = Annotation.parse((JSON.parse(res.body) as { value: unknown }).value);
    const onDisk = (await stored()).annotations.find((a) => a.id === created.id);
    expect(onDisk?.target.selector[1].exact).toBe('Petra Holm');
  });
});

describe('static files', () => {
  it('serves index.html for / and assets with their content types and the security headers', async () => {
    const index = await raw(host.port, { path: `/?token=${TOKEN}` });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('<title>Verbatim</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(index.headers['content-security-policy']).toContain("object-src 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect((await raw(host.port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw(host.port, { path: '/assets/app.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw(host.port, { path: '/assets/none.js' })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '//etc/passwd',
    '/%',
  ])('refuses the traversal %s', async (path) => {
    const res = await raw(host.port, { path });
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body).not.toContain('outside the renderer');
  });

  it('refuses a symbolic link that leads out of the renderer folder', async () => {
    await symlink(join(sample.home, 'secret.txt'), join(staticDir, 'link.txt')).catch(() => undefined);
    const res = await raw(host.port, { path: '/link.txt' });
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('outside the renderer');
  });

  it('says the renderer is not built when its folder has no index.html', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'verbatim-empty-'));
    const bare = await startWebHost({ session, staticDir: empty, token: TOKEN });
    try {
      const res = await raw(bare.port, { path: '/' });
      expect(res.status).toBe(503);
      expect(res.body).toContain('npm run build:renderer');
      expect((await api(bare.port, 'projectInfo', {}, TOKEN)).status).toBe(200);
    } finally {
      await bare.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
