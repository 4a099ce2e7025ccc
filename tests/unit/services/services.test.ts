import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, sessionFor } from '../../../main/services';
import { MemoryEngineCache } from '../../../shared/engine';
import { ServiceError } from '../../../shared/api';
import { ProjectData, Report } from '../../../shared/model';
import { base64, projectBytes, useSampleSession } from './sample-copy';

const ctx = useSampleSession();

const stored = async () => ProjectData.parse(JSON.parse((await projectBytes(ctx.dir)).toString('utf8')));

/** Resolves to the ServiceError code a call fails with. */
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('project and documents', () => {
  it('projectInfo names the project after its folder and reports it writable', async () => {
    const info = await ctx.session.handlers.projectInfo({});
    expect(info).toMatchObject({ name: 'Sample Project', path: ctx.dir, readOnly: false, warnings: [] });
    expect(info.settings.threshold).toBe('major');
  });

  it('updateSettings stores the new settings in verbatim.json', async () => {
    const settings = await ctx.session.handlers.updateSettings({ threshold: 'minor', gazetteer: ['The Valley Post'], creator: 'reviewer' });
    expect(settings.threshold).toBe('minor');
    expect((await stored()).settings).toEqual(settings);
  });

  it('lists the documents and reads one with its text', async () => {
    const docs = await ctx.session.handlers.listDocuments({});
    expect(docs.map((d) => d.id)).toEqual(['courier-clipping', 'relief-committee-report', 'regional-digest', 'council-briefing']);
    const content = await ctx.session.handlers.readDocument({ id: 'courier-clipping' });
    expect(content.record.id).toBe('courier-clipping');
    expect(content.text).toContain('More than 340 homes');
    expect(content.text.length).toBe(content.record.length);
  });

  it('readDocument of an unknown id fails with not-found', async () => {
    expect(await codeOf(ctx.session.handlers.readDocument({ id: 'nope' }))).toBe('not-found');
  });

  it('addDocuments adds a text file and returns a binary file in refused without throwing', async () => {
    const result = await ctx.session.handlers.addDocuments({
      files: [
        { name: 'extra.txt', base64: base64('The Valley Post, 14 May 2019\n\nMore than 340 homes were evacuated.\n') },
        { name: 'scan.txt', base64: base64(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0])) },
        { name: 'broken.txt', base64: 'not base64!' },
      ],
    });
    expect(result.added.map((d) => d.path)).toEqual(['extra.txt']);
    expect(result.refused.map((r) => r.name).sort()).toEqual(['broken.txt', 'scan.txt']);
    expect(result.refused.find((r) => r.name === 'scan.txt')?.reason).toMatch(/binary/);
    expect((await stored()).documents).toHaveLength(5);
  });
});

describe('annotations', () => {
  it('lists every annotation anchored where it was made', async () => {
    const listed = await ctx.session.handlers.listAnnotations({});
    expect(listed).toHaveLength(9);
    for (const { annotation, anchor } of listed) {
      expect(anchor, annotation.id).toEqual({ start: annotation.target.selector[0].start, end: annotation.target.selector[0].end });
    }
    const one = await ctx.session.handlers.listAnnotations({ document: 'council-briefing' });
    expect(one.map((a) => a.annotation.id).sort()).toEqual(['claim-briefing-warning', 'quote-briefing']);
  });

  it('re-anchors after the text changed and marks an annotation whose passage is gone as orphaned', async () => {
    const path = join(ctx.dir, 'council-briefing.md');
    const { text } = await ctx.session.handlers.readDocument({ id: 'council-briefing' });
    const edited = `A new first line.\n\n${text.replace('Residents of Averne were given no direct warning before the gates were opened', 'Something else entirely happened here, with other words.')}`;
    await writeFile(path, edited);
    const listed = await ctx.session.handlers.listAnnotations({ document: 'council-briefing' });
    const quote = listed.find((a) => a.annotation.id === 'quote-briefing')!;
    expect(edited.slice(quote.anchor!.start, quote.anchor!.end)).toBe(quote.annotation.target.selector[1].exact);
    expect(listed.find((a) => a.annotation.id === 'claim-briefing-warning')!.anchor).toBeNull();
  });

  it('creates, updates and deletes an annotation, each change landing in verbatim.json', async () => {
    const { text } = await ctx.session.handlers.readDocument({ id: 'regional-digest' });
    const start = text.indexOf('Tomas Berger');
    const created = await ctx.session.handlers.createAnnotation({
      kind: 'note', document: 'regional-digest', start, end: start + 'Tomas Berger'.length, body: { status: 'open', text: 'Brandt?' },
    });
    expect(created.target.selector[1].exact).toBe('Tomas Berger');
    expect((await stored()).annotations.some((a) => a.id === created.id)).toBe(true);

    const updated = await ctx.session.handlers.updateAnnotation({ id: created.id, body: { status: 'confirmed' }, tags: ['names'] });
    expect(updated.kind === 'note' && updated.body).toMatchObject({ status: 'confirmed', text: 'Brandt?' });
    expect((await stored()).annotations.find((a) => a.id === created.id)?.tags).toEqual(['names']);

    expect(await ctx.session.handlers.deleteAnnotation({ id: created.id })).toEqual({ id: created.id });
    expect((await stored()).annotations.some((a) => a.id === created.id)).toBe(false);
  });

  it('maps store failures to codes: unknown ids not-found, a span outside the text or a bad body invalid-payload', async () => {
    expect(await codeOf(ctx.session.handlers.updateAnnotation({ id: 'nope', tags: [] }))).toBe('not-found');
    expect(await codeOf(ctx.session.handlers.deleteAnnotation({ id: 'nope' }))).toBe('not-found');
    expect(await codeOf(ctx.session.handlers.createAnnotation({ kind: 'claim', document: 'nope', start: 0, end: 1 }))).toBe('not-found');
    expect(await codeOf(ctx.session.handlers.createAnnotation({ kind: 'claim', document: 'regional-digest', start: 10, end: 100_000 }))).toBe('invalid-payload');
    expect(await codeOf(ctx.session.handlers.createAnnotation({ kind: 'claim', document: 'regional-digest', start: 0, end: 5, body: { text: '', cites: ['claim-relief-housing'] } }))).toBe('invalid-payload');
    expect(await codeOf(ctx.session.handlers.updateAnnotation({ id: 'note-relief-figure', body: { status: 'maybe' } }))).toBe('invalid-payload');
    expect(await codeOf(ctx.session.handlers.updateAnnotation({ id: 'note-relief-figure', body: { attribution: {} } }))).toBe('invalid-payload');
    expect(await codeOf(ctx.session.handlers.createAnnotation({
      kind: 'crossref', document: 'regional-digest', start: 0, end: 5, body: { relation: 'see-also', to: { document: 'courier-clipping', start: 0, end: 99_999 }, note: '' },
    }))).toBe('invalid-payload');
  });
});

describe('runCheck and suggestQuotes', () => {
  it('returns a report that validates against Report, flagging the claim whose cited quote differs', async () => {
    const report = Report.parse(await ctx.session.handlers.runCheck({}));
    expect(report.documents).toHaveLength(4);
    expect(report.claims.map((c) => c.id).sort()).toEqual(['claim-briefing-warning', 'claim-relief-housing']);
    expect(report.claims.every((c) => c.flagged)).toBe(true);
  });

  it('finds every kind of difference the sample project demonstrates, each with its severity', async () => {
    const report = await ctx.session.handlers.runCheck({ minSeverity: 'info' });
    const found = new Set(report.discrepancies.map((x) => `${x.kind}/${x.severity}`));
    for (const expected of [
      'number/critical', 'wording/major', 'name/major', 'omission/major', 'omission/minor', 'insertion/minor',
      'attribution/major', 'spelling/minor', 'typography/info',
    ]) {
      expect(found, expected).toContain(expected);
    }
    const figure = report.discrepancies.find((x) => x.kind === 'number')!;
    expect([figure.a.text, figure.b.text].sort()).toEqual(['340', '430']);
  });

  it('re-checks incrementally on this thread: unchanged documents come from the ctx.session cache, with the same report', async () => {
    const cache = new MemoryEngineCache();
    const cached = sessionFor(ctx.session.store, { cache });
    const first = await cached.check({});
    const misses = cache.stats.misses;
    expect(misses).toBeGreaterThan(0);
    expect(await cached.check({})).toEqual(first);
    expect(cache.stats.misses).toBe(misses);
    expect(cache.stats.hits).toBeGreaterThanOrEqual(4);
    expect(await cached.handlers.runCheck({})).toEqual(first);
    await cached.close();
  });

  it('suggestQuotes after a command-line check reuses the per-document work of the check instead of detecting again', async () => {
    const cache = new MemoryEngineCache();
    const cached = sessionFor(ctx.session.store, { cache });
    await cached.check({});
    const { misses, sets, hits } = cache.stats;
    await cached.handlers.suggestQuotes({});
    expect(cache.stats.hits).toBe(hits + cached.store.documents().length);
    expect(cache.stats.misses).toBe(misses);
    expect(cache.stats.sets).toBe(sets);
  });

  it('suggestQuotes leaves out candidates a quote annotation already covers', async () => {
    const suggestions = await ctx.session.handlers.suggestQuotes({});
    const quotes = (await ctx.session.handlers.listAnnotations({})).filter((a) => a.annotation.kind === 'quote');
    for (const s of suggestions) {
      for (const q of quotes.filter((x) => x.annotation.document === s.document)) {
        const overlap = Math.min(q.anchor!.end, s.end) - Math.max(q.anchor!.start, s.start);
        expect(overlap < Math.min(q.anchor!.end - q.anchor!.start, s.end - s.start) / 2).toBe(true);
      }
    }
    expect(await codeOf(ctx.session.handlers.suggestQuotes({ document: 'nope' }))).toBe('not-found');
  });
});

describe('a read-only project', () => {
  it('refuses every write with read-only and leaves verbatim.json as it was', async () => {
    await ctx.session.close();
    await writeFile(join(ctx.dir, 'verbatim.json'), '{ not json');
    ctx.session = await openProject(ctx.dir);
    const info = await ctx.session.handlers.projectInfo({});
    expect(info.readOnly).toBe(true);
    expect(info.warnings.join(' ')).toMatch(/could not be trusted/);
    const before = await projectBytes(ctx.dir);
    expect(await codeOf(ctx.session.handlers.updateSettings({ threshold: 'minor' }))).toBe('read-only');
    expect(await codeOf(ctx.session.handlers.addDocuments({ files: [{ name: 'x.txt', base64: base64('hello there') }] }))).toBe('read-only');
    expect(await codeOf(ctx.session.handlers.createAnnotation({ kind: 'claim', document: 'x', start: 0, end: 1 }))).toBe('read-only');
    expect(await codeOf(ctx.session.handlers.updateAnnotation({ id: 'x', tags: [] }))).toBe('read-only');
    expect(await codeOf(ctx.session.handlers.deleteAnnotation({ id: 'x' }))).toBe('read-only');
    expect(await projectBytes(ctx.dir)).toEqual(before);
  });
});
