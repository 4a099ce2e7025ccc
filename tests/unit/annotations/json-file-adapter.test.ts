import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileAdapter, parseTempName, removeLeftoverTempFiles, tempNameFor, writeFileAtomic } from '../../../annotations';
import { ProjectData } from '../../../shared/model';
import { useTempDirs } from './temp-dir';

const temp = useTempDirs('verbatim-adapter-');

const project = (creator: string) => ProjectData.parse({ schemaVersion: 1, settings: { creator } });

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temp file behind', async () => {
    const dir = await temp.make();
    const file = join(dir, 'verbatim.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['verbatim.json']);
  });
});

describe('JsonFileAdapter', () => {
  it('has the data on disk when a write resolves', async () => {
    const file = join(await temp.make(), 'verbatim.json');
    const adapter = new JsonFileAdapter(file);
    await adapter.write(project('ana'));
    expect(ProjectData.parse(JSON.parse(await readFile(file, 'utf8'))).settings.creator).toBe('ana');
    expect((await adapter.read())?.settings.creator).toBe('ana');
  });

  it('serializes concurrent writes so the last one requested wins', async () => {
    const file = join(await temp.make(), 'verbatim.json');
    const adapter = new JsonFileAdapter(file);
    await Promise.all(Array.from({ length: 30 }, (_, i) => adapter.write(project(`writer-${i}`))));
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ settings: { creator: 'writer-29' } });
  });

  it('takes a snapshot when write is called, so later mutation does not leak into the file', async () => {
    const file = join(await temp.make(), 'verbatim.json');
    const adapter = new JsonFileAdapter(file);
    const data = project('before');
    const written = adapter.write(data);
    data.settings.creator = 'after';
    await written;
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ settings: { creator: 'before' } });
  });

  it('reports a failed write, and a later write still succeeds', async () => {
    const dir = await temp.make();
    const adapter = new JsonFileAdapter(join(dir, 'missing-folder', 'verbatim.json'));
    await expect(adapter.write(project('x'))).rejects.toThrow(/ENOENT/);
    expect(adapter.failed).toBe(true);
    const ok = new JsonFileAdapter(join(dir, 'verbatim.json'));
    await ok.write(project('y'));
    expect(ok.failed).toBe(false);
  });

  it('returns null from read when there is no file', async () => {
    expect(await new JsonFileAdapter(join(await temp.make(), 'verbatim.json')).read()).toBeNull();
  });
});

describe('temp files', () => {
  it('are named so that no document can have the name: a leading dot and a .tmp ending', () => {
    const name = tempNameFor('/p/verbatim.json');
    expect(name).toMatch(/^\.verbatim\.json\.\d+-[0-9a-f]{12}\.tmp$/);
    expect(parseTempName(name)).toEqual({ target: 'verbatim.json', pid: process.pid });
    expect(parseTempName('verbatim.json.tmp-notes.txt')).toBeNull();
    expect(parseTempName('verbatim.json.tmp-12-0123456789ab')).toEqual({ target: 'verbatim.json', pid: 12 });
  });

  it('removeLeftoverTempFiles removes only temp files of ours from other processes, whatever their age, and never a document', async () => {
    const dir = await temp.make();
    const dead = ['.verbatim.json.999999-0123456789ab.tmp', 'verbatim.json.tmp-999998-0123456789ab', '.verbatim.json.lock.owner.999997-0123456789ab.tmp'];
    const kept = ['verbatim.json.tmp-notes.txt', 'notes.tmp-3', `.verbatim.json.${process.pid}-0123456789ab.tmp`, '.other.json.999999-0123456789ab.tmp'];
    for (const name of [...dead, ...kept]) await writeFile(join(dir, name), '{"half');
    expect((await removeLeftoverTempFiles(dir, ['verbatim.json', 'verbatim.json.lock.owner'])).sort()).toEqual([...dead].sort());
    expect((await readdir(dir)).sort()).toEqual([...kept].sort());
  });
});
