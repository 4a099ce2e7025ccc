import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupBrokenFile, backupStamp, openProjectStore, ReadOnlyProjectError, type ProjectStore } from '../../../annotations';
import { targetFor } from '../../../shared/model';
import { useTempDirs } from './temp-dir';

const temp = useTempDirs('verbatim-broken-');
const TEXT = 'The bridge reopened on Monday.';
const BACKUP = /^verbatim\.json\.broken-\d{8}-\d{6}(-\d+)?\.json$/;

const doc = { id: 'd1', path: 'one.txt', title: 'One', sha256: 'c'.repeat(64), length: TEXT.length, added: '2024-01-01T00:00:00.000Z' };
const note = (id: string, extra: Record<string, unknown> = {}) => ({
  id, kind: 'note', document: 'd1', target: targetFor('d1', TEXT, 0, 3), creator: 'ed',
  created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', tags: [], body: { status: 'open', text: '' }, ...extra,
});

async function openWith(content: string | Uint8Array): Promise<{ dir: string; store: ProjectStore; original: Buffer }> {
  const dir = await temp.make();
  await writeFile(join(dir, 'verbatim.json'), content);
  const original = await readFile(join(dir, 'verbatim.json'));
  return { dir, store: await openProjectStore(dir), original };
}

async function backups(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('verbatim.json.broken-'));
}

async function expectEveryWriteRefused(store: ProjectStore): Promise<void> {
  const writes: (() => Promise<unknown>)[] = [
    () => store.createAnnotation({ kind: 'note', document: 'd1', start: 0, end: 3 }),
    () => store.updateAnnotation({ id: 'a1', tags: ['x'] }),
    () => store.deleteAnnotation('a1'),
    () => store.updateSettings({ threshold: 'minor' }),
    () => store.setLexicon([]),
    () => store.addFiles([{ name: 'x.txt', bytes: new TextEncoder().encode('x') }]),
  ];
  for (const write of writes) await expect(write()).rejects.toThrow(ReadOnlyProjectError);
}

describe('a verbatim.json that is not JSON', () => {
  it('is backed up byte for byte, left untouched, and the project opens read-only and empty', async () => {
    const { dir, store, original } = await openWith('{"schemaVersion": 1, "documents": [ {"id": "d1",');
    const [backup, ...more] = await backups(dir);
    expect(more).toEqual([]);
    expect(backup).toMatch(BACKUP);
    expect(await readFile(join(dir, backup!))).toEqual(original);
    expect(store.readOnly).toBe(true);
    expect(store.warnings).toHaveLength(1);
    expect(store.warnings[0]).toContain(backup);
    expect(store.warnings[0]).toMatch(/not valid JSON/);
    expect(store.documents()).toEqual([]);
    await expectEveryWriteRefused(store);
    expect(await readFile(join(dir, 'verbatim.json'))).toEqual(original);
  });

  it('is not UTF-8: same treatment', async () => {
    const { dir, store } = await openWith(new Uint8Array([0x7b, 0xe9, 0x7d]));
    expect(store.readOnly).toBe(true);
    expect(store.warnings[0]).toMatch(/not UTF-8/);
    expect(await backups(dir)).toHaveLength(1);
  });
});

describe('a verbatim.json that fails the schema', () => {
  it('keeps the valid records, sets the invalid ones aside and names the first problems with their paths', async () => {
    const bad = note('a2', { target: { source: 'd1', selector: [{ type: 'TextPositionSelector', start: 'zero', end: 3 }, { type: 'TextQuoteSelector', exact: 'The' }] } });
    const content = JSON.stringify({ schemaVersion: 1, documents: [doc], annotations: [note('a1'), bad, note('a1')] });
    const { dir, store, original } = await openWith(content);
    const [backup] = await backups(dir);
    expect(store.readOnly).toBe(true);
    expect(store.annotations().map((a) => a.id)).toEqual(['a1']);
    expect(store.documents()).toEqual([doc]);
    expect(store.warnings[0]).toContain(backup);
    expect(store.warnings[0]).toMatch(/annotations\[1\]\.target\.selector\[0\]\.start: .*number/);
    expect(store.warnings[0]).toMatch(/annotations\[2\]\.id: duplicate id "a1"/);
    expect(store.warnings[0]).toMatch(/set aside as invalid: 2 of 3 annotations/);
    await expectEveryWriteRefused(store);
    expect(await readFile(join(dir, 'verbatim.json'))).toEqual(original);
    expect(await readFile(join(dir, backup!))).toEqual(original);
  });

  it('sets aside a document whose path leaves the project folder', async () => {
    const documents = [doc, { ...doc, id: 'd2', path: '../outside.txt' }, { ...doc, id: 'd3', path: '/etc/passwd' }, { ...doc, id: 'd4', path: 'C:/x.txt' }, { ...doc, id: 'd5', path: 'a\\..\\..\\x.txt' }];
    const { store } = await openWith(JSON.stringify({ schemaVersion: 1, documents }));
    expect(store.documents().map((d) => d.id)).toEqual(['d1']);
    expect(store.warnings[0]).toMatch(/documents\[1\]\.path: "\.\.\/outside\.txt" is not a path inside the project folder/);
    expect(store.warnings[0]).toMatch(/and 1 more/);
  });

  it('treats a file whose top level is not an object as broken', async () => {
    const { store } = await openWith('[1, 2, 3]');
    expect(store.readOnly).toBe(true);
    expect(store.warnings[0]).toMatch(/expected a JSON object/);
  });

  it('does not pile up backups when the same broken file is opened again', async () => {
    const { dir } = await openWith('not json');
    await openProjectStore(dir);
    expect(await backups(dir)).toHaveLength(1);
  });
});

describe('backupBrokenFile', () => {
  it('never overwrites an existing backup of different content', async () => {
    const dir = await temp.make();
    const file = join(dir, 'verbatim.json');
    const when = new Date(2024, 0, 2, 3, 4, 5);
    const first = await backupBrokenFile(file, new Uint8Array([1]), when);
    const second = await backupBrokenFile(file, new Uint8Array([2]), when);
    expect(first).toBe(join(dir, `verbatim.json.broken-${backupStamp(when)}.json`));
    expect(backupStamp(when)).toBe('20240102-030405');
    expect(second).toBe(join(dir, 'verbatim.json.broken-20240102-030405-2.json'));
    expect([...(await readFile(first))]).toEqual([1]);
    expect([...(await readFile(second))]).toEqual([2]);
  });
});

describe('a verbatim.json from a newer Verbatim', () => {
  it('opens read-only without a backup and without touching the file', async () => {
    const content = JSON.stringify({ schemaVersion: 99, documents: [doc], annotations: [note('a1'), { id: 'n2', kind: 'future-kind' }], newThing: {} });
    const { dir, store, original } = await openWith(content);
    expect(store.readOnly).toBe(true);
    expect(store.warnings[0]).toMatch(/newer version of Verbatim \(schema 99; this version knows 1\)/);
    expect(store.warnings[0]).toMatch(/1 of 2 annotations/);
    expect(store.annotations().map((a) => a.id)).toEqual(['a1']);
    expect(await backups(dir)).toEqual([]);
    await expectEveryWriteRefused(store);
    expect(await readFile(join(dir, 'verbatim.json'))).toEqual(original);
  });
});

describe('a hand-written schema-0 file', () => {
  it('is migrated and opens writable', async () => {
    const { store } = await openWith(JSON.stringify({ documents: [doc], annotations: [{ ...note('a1'), creator: undefined, modified: undefined }] }));
    expect(store.readOnly).toBe(false);
    expect(store.annotations()[0]).toMatchObject({ id: 'a1', creator: 'local-user', modified: '2024-01-01T00:00:00.000Z' });
  });
});
