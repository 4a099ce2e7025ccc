import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, type ProjectSession } from '../../../main/services';
import { startWebHost, type WebHost } from '../../../main/web';
import {
  MAX_CITES, MAX_GAZETTEER_ENTRIES, MAX_LEXICON_ENTRIES, MAX_NOTE_CHARS, MAX_TAGS, ProjectData,
} from '../../../shared/model';
import { api } from '../web/http-client';
import { copySample, projectBytes } from './sample-copy';

let sample: Awaited<ReturnType<typeof copySample>>;
let session: ProjectSession;
let host: WebHost;
beforeEach(async () => {
  sample = await copySample();
  session = await openProject(sample.dir);
  host = await startWebHost({ session, staticDir: join(sample.dir, 'no-renderer') });
});
afterEach(async () => {
  await host.close();
  await session.close();
  await sample.cleanup();
});

const span = { document: 'regional-digest', start: 0, end: 5 };

/** Sends a request over HTTP and returns the status and the refusal's message; nothing may be written. */
async function refused(method: string, payload: unknown): Promise<{ status: number; message: string }> {
  const before = await projectBytes(sample.dir);
  const response = await api(host.port, method, payload, host.token);
  const body = JSON.parse(response.body) as { ok: boolean; error?: { code: string; message: string } };
  expect(body.ok, response.body.slice(0, 200)).toBe(false);
  expect(await projectBytes(sample.dir)).toEqual(before);
  return { status: response.status, message: body.error?.message ?? '' };
}

describe('limits on what a request may store', () => {
  it.each([
    ['a 5-million-character note', 'createAnnotation', { kind: 'note', ...span, body: { text: 'x'.repeat(5_000_000) } }, /at most 20000 characters \(MAX_NOTE_CHARS\)/],
    ['a million tags', 'createAnnotation', { kind: 'note', ...span, tags: Array.from({ length: 1_000_000 }, (_, i) => `t${i}`) }, /at most 50 tags \(MAX_TAGS\)/],
    ['a claim citing one quote 100,000 times', 'createAnnotation', { kind: 'claim', ...span, body: { cites: Array.from({ length: 100_000 }, () => 'quote-courier') } }, /MAX_CITES/],
    ['a claim citing one quote twice', 'createAnnotation', { kind: 'claim', ...span, body: { cites: ['quote-courier', 'quote-courier'] } }, /each quote at most once/],
    ['a 200,000-entry gazetteer', 'updateSettings', { gazetteer: Array.from({ length: 200_000 }, (_, i) => `The Daily ${i}`) }, /at most 5000 entries \(MAX_GAZETTEER_ENTRIES\)/],
    ['a tag on an update beyond the limit', 'updateAnnotation', { id: 'note-relief-figure', tags: Array.from({ length: MAX_TAGS + 1 }, () => 'x') }, /MAX_TAGS/],
    ['a note update beyond the limit', 'updateAnnotation', { id: 'note-relief-figure', body: { text: 'x'.repeat(MAX_NOTE_CHARS + 1) } }, /MAX_NOTE_CHARS/],
  ])('refuses %s with a 400 naming the limit, and writes nothing', async (_what, method, payload, message) => {
    const answer = await refused(method, payload);
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(message);
  });

  it('accepts what is within the limits', async () => {
    const created = await session.handlers.createAnnotation({ kind: 'note', ...span, body: { text: 'x'.repeat(MAX_NOTE_CHARS), status: 'open' }, tags: Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`) });
    expect(created.tags).toHaveLength(MAX_TAGS);
    const settings = await session.handlers.updateSettings({ gazetteer: Array.from({ length: MAX_GAZETTEER_ENTRIES }, (_, i) => `The Daily ${i}`) });
    expect(settings.gazetteer).toHaveLength(MAX_GAZETTEER_ENTRIES);
    expect(MAX_CITES).toBeGreaterThan(1);
  });

  it('the lexicon is held to its limit in the project file too: beyond it, the project opens read-only and nothing is dropped', async () => {
    const { readFile, writeFile, readdir } = await import('node:fs/promises');
    await session.close();
    const file = join(sample.dir, 'verbatim.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    data.lexicon = Array.from({ length: MAX_LEXICON_ENTRIES + 1 }, (_, i) => ({ variants: [`a${i}`, `b${i}`] }));
    await writeFile(file, JSON.stringify(data));
    session = await openProject(sample.dir);
    expect(session.store.readOnly).toBe(true);
    expect(session.store.warnings[0]).toMatch(/lexicon\[5000\]: lexicon holds at most 5000 entries/);
    expect((await readdir(sample.dir)).some((n) => n.startsWith('verbatim.json.broken-'))).toBe(true);
    expect(ProjectData.safeParse(JSON.parse(await readFile(file, 'utf8'))).success).toBe(false);
  });
});

describe('strict schemas: an unknown field is refused, never dropped', () => {
  it.each([
    ['createAnnotation with an id', { kind: 'note', ...span, id: 'chosen-by-client' }],
    ['createAnnotation with a creator', { kind: 'note', ...span, creator: 'someone-else' }],
    ['createAnnotation with an extra body field', { kind: 'note', ...span, body: { text: 'hi', extra: true } }],
    ['createAnnotation with an extra attribution field', { kind: 'quote', ...span, body: { attribution: { outlet: 'X', editor: 'Y' } } }],
    ['createAnnotation with an extra crossref target field', { kind: 'crossref', ...span, body: { relation: 'see-also', to: { annotation: 'quote-courier', start: 1 } } }],
    ['updateAnnotation with a target', { id: 'note-relief-figure', target: {} }],
    ['updateAnnotation with an extra body field', { id: 'note-relief-figure', body: { extra: 1 } }],
  ])('%s', async (_what, payload) => {
    const method = 'id' in payload && !('kind' in payload) ? 'updateAnnotation' : 'createAnnotation';
    const answer = await refused(method, payload);
    expect(answer.status).toBe(400);
  });
});
