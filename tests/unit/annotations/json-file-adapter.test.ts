import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonFileAdapter, removeStaleTempFiles, STALE_TEMP_MS, writeFileAtomic } from '../../../annotations';
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

describe('removeStaleTempFiles', () => {
  it('removes old temp files of the target and keeps young ones and unrelated files', async () => {
    const dir = await temp.make();
    const file = join(dir, 'verbatim.json');
    await writeFile(join(dir, 'verbatim.json.tmp-1-old'), '{"half');
    await writeFile(join(dir, 'verbatim.json.tmp-2-young'), '{"half');
    await writeFile(join(dir, 'notes.tmp-3'), 'keep');
    const old = new Date(Date.now() - STALE_TEMP_MS - 5_000);
    await utimes(join(dir, 'verbatim.json.tmp-1-old'), old, old);
    expect(await removeStaleTempFiles(file)).toEqual(['verbatim.json.tmp-1-old']);
    expect((await readdir(dir)).sort()).toEqual(['notes.tmp-3', 'verbatim.json.tmp-2-young']);
  });
});
