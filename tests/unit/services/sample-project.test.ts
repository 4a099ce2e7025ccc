import { mkdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anchor, openProjectStore, toProjectJSON } from '../../../annotations';
import { buildSampleProject } from '../../../main/sample/build-sample';
import { ensureSampleProject, fingerprint, SAMPLE_PROJECT_NAME, sampleProjectSource } from '../../../main/services';
import { ProjectData } from '../../../shared/model';

const source = sampleProjectSource();
const sample = async () => ProjectData.parse(JSON.parse(await readFile(join(source, 'verbatim.json'), 'utf8')));
const text = (path: string) => readFile(join(source, path), 'utf8');

describe('the built-in sample project', () => {
  it('has a verbatim.json that validates and matches what generate.ts builds from the documents', async () => {
    const data = await sample();
    expect(data.schemaVersion).toBe(1);
    const committed = await readFile(join(source, 'verbatim.json'), 'utf8');
    // Out of date? Run `npx tsx main/sample/generate.ts`.
    expect(committed).toBe(toProjectJSON(await buildSampleProject(source)));
  });

  it('records the sha256 and length the store computes for every document', async () => {
    for (const record of (await sample()).documents) {
      expect(fingerprint(record.path, new Uint8Array(await readFile(join(source, record.path))))).toEqual({ sha256: record.sha256, length: record.length });
    }
  });

  it('anchors every annotation exactly at its stored position', async () => {
    const data = await sample();
    const paths = new Map(data.documents.map((d) => [d.id, d.path]));
    for (const a of data.annotations) {
      const t = await text(paths.get(a.document)!);
      const [position, quote] = a.target.selector;
      expect(t.slice(position.start, position.end), a.id).toBe(quote.exact);
      expect(anchor(t, a.target), a.id).toEqual({ start: position.start, end: position.end });
      expect(quote.prefix).toBe(t.slice(Math.max(0, position.start - 32), position.start));
      expect(quote.suffix).toBe(t.slice(position.end, position.end + 32));
    }
  });

  it('has quotes with attribution, two claims citing quotes, a crossref and a note', async () => {
    const data = await sample();
    const kinds = data.annotations.map((a) => a.kind);
    expect(kinds.filter((k) => k === 'quote').length).toBeGreaterThanOrEqual(4);
    const quoteIds = new Set(data.annotations.filter((a) => a.kind === 'quote').map((a) => a.id));
    const claims = data.annotations.filter((a) => a.kind === 'claim');
    expect(claims).toHaveLength(2);
    for (const c of claims) expect(c.body.cites.every((id) => quoteIds.has(id))).toBe(true);
    expect(kinds).toContain('crossref');
    expect(kinds).toContain('note');
    const crossref = data.annotations.find((a) => a.kind === 'crossref');
    if (crossref?.kind !== 'crossref' || !crossref.body.to || !('document' in crossref.body.to)) throw new Error('expected a crossref to a span');
    const to = crossref.body.to;
    expect((await text(paths(data).get(to.document)!)).slice(to.start, to.end)).toBe('Mirela Kovač, who runs the bakery on Averne’s main square');
  });

  it('carries each deliberate difference in the documents', async () => {
    const [courier, relief, digest, briefing] = await Promise.all(
      ['courier-clipping.txt', 'relief-committee-report.md', 'regional-digest.txt', 'council-briefing.md'].map(text),
    );
    expect(courier).toContain('More than 340 homes');
    expect(relief).toContain('More than 430 homes'); // number
    expect(relief).toContain('were abandoned on Saturday'); // wording (evacuated)
    expect(relief).toContain('at its limit […]'); // marked elision
    expect(relief).toContain('sirens [in Millbrook] had sounded'); // bracketed insertion
    expect(digest).toContain('engineer Tomas Berger'); // name (Brandt)
    expect(digest).toContain('who oversaw the release. He said'); // silent omission
    expect(digest).toContain('Mirela Kovac,'); // spelling (Kovač)
    expect(digest).toContain('the color of'); // spelling (colour)
    expect(digest).toContain('"We had no choice - the dam'); // typography (“ ” and –)
    expect(briefing).toContain('The Valley Post reported on 14 May 2019'); // attribution
  });
});

function paths(data: ProjectData): Map<string, string> {
  return new Map(data.documents.map((d) => [d.id, d.path]));
}

describe('ensureSampleProject', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'verbatim-sample-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  it('copies the sample into <userDataDir>/Sample Project on first use, and it opens writable without warnings', async () => {
    const dir = await ensureSampleProject(join(home, 'nested', 'data'));
    expect(dir).toBe(join(home, 'nested', 'data', SAMPLE_PROJECT_NAME));
    const store = await openProjectStore(dir);
    expect(store.readOnly).toBe(false);
    expect(store.warnings).toEqual([]);
    expect(store.documents()).toHaveLength(4);
    expect(await store.readText('courier-clipping')).toBe(await text('courier-clipping.txt'));
    await store.flush();
  });

  it("never overwrites the user's copy", async () => {
    const dir = await ensureSampleProject(home);
    await writeFile(join(dir, 'verbatim.json'), '{"schemaVersion":1,"mine":true}\n');
    expect(await ensureSampleProject(home)).toBe(dir);
    expect(await readFile(join(dir, 'verbatim.json'), 'utf8')).toBe('{"schemaVersion":1,"mine":true}\n');
  });

  it('recomputes hashes when the checkout changed line endings, so the copy stays consistent', async () => {
    const altered = join(home, 'altered-source');
    await mkdir(altered);
    const data = await sample();
    for (const d of data.documents) await writeFile(join(altered, d.path), (await text(d.path)).replace(/\n/g, '\r\n'));
    await writeFile(join(altered, 'verbatim.json'), await readFile(join(source, 'verbatim.json')));
    const dir = await ensureSampleProject(join(home, 'user'), altered);
    const copied = ProjectData.parse(JSON.parse(await readFile(join(dir, 'verbatim.json'), 'utf8')));
    const original = data.documents.find((d) => d.id === 'courier-clipping')!;
    const record = copied.documents.find((d) => d.id === 'courier-clipping')!;
    expect(record.sha256).not.toBe(original.sha256);
    expect(record.length).toBeGreaterThan(original.length);
  });

  it('throws when the source holds no sample, leaving nothing behind', async () => {
    await expect(ensureSampleProject(home, join(home, 'missing'))).rejects.toThrow();
    await expect(readFile(join(home, SAMPLE_PROJECT_NAME, 'verbatim.json'))).rejects.toThrow();
  });
});
