import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProjectStore, toProjectJSON } from '../../../annotations';
import { ProjectData } from '../../../shared/model';
import { useTempDirs } from './temp-dir';

const temp = useTempDirs('verbatim-outside-');
const TEXT = 'The Ledger reported that the bridge reopened on Monday after repairs.\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const onDisk = async (dir: string) => ProjectData.parse(JSON.parse(await readFile(join(dir, 'verbatim.json'), 'utf8')));

/** Changes verbatim.json as `git pull` or an editor would: read it, change the data, write it back. */
async function editOutside(dir: string, change: (data: ProjectData) => ProjectData): Promise<void> {
  await writeFile(join(dir, 'verbatim.json'), toProjectJSON(change(await onDisk(dir))));
}

async function openWithNote() {
  const dir = await temp.make();
  const store = await openProjectStore(dir, { create: true });
  const { added } = await store.addFiles([{ name: 'ledger.txt', bytes: utf8(TEXT) }]);
  const note = await store.createAnnotation({ kind: 'note', document: added[0]!.id, start: 4, end: 10 });
  return { dir, store, doc: added[0]!.id, note };
}

describe('a change to verbatim.json from outside while the project is open', () => {
  it('is merged by record id before the next write, never overwritten, and the store sees it', async () => {
    const { dir, store, doc, note } = await openWithNote();
    const pulled = { ...note, id: 'pulled-from-git', tags: ['teammate'] };
    await editOutside(dir, (data) => ({ ...data, annotations: [...data.annotations, pulled], settings: { ...data.settings, threshold: 'minor' } }));
    const mine = await store.createAnnotation({ kind: 'claim', document: doc, start: 0, end: 3 });
    const saved = await onDisk(dir);
    expect(saved.annotations.map((a) => a.id).sort()).toEqual([note.id, 'pulled-from-git', mine.id].sort());
    expect(saved.settings.threshold).toBe('minor');
    expect(store.annotations().map((a) => a.id)).toContain('pulled-from-git');
    expect(store.data().settings.threshold).toBe('minor');
    await store.close();
  });

  it('a record deleted outside stays deleted; one this process changed meanwhile is a conflict', async () => {
    const { dir, store, doc, note } = await openWithNote();
    const other = await store.createAnnotation({ kind: 'note', document: doc, start: 11, end: 17 });
    await editOutside(dir, (data) => ({ ...data, annotations: data.annotations.filter((a) => a.id !== other.id) }));
    await store.updateAnnotation({ id: note.id, tags: ['mine'] });
    expect((await onDisk(dir)).annotations.map((a) => a.id)).toEqual([note.id]);
    await store.close();
  });

  it('both sides changing one record: the outside version is kept, this process stops writing, and its data is kept aside', async () => {
    const { dir, store, note } = await openWithNote();
    await editOutside(dir, (data) => ({ ...data, annotations: data.annotations.map((a) => (a.id === note.id ? { ...a, tags: ['theirs'] } : a)) }));
    const outside = await readFile(join(dir, 'verbatim.json'), 'utf8');
    await expect(store.updateAnnotation({ id: note.id, tags: ['ours'] })).rejects.toThrow(/changed outside Verbatim and annotation ".*" changed both there and here/);
    expect(await readFile(join(dir, 'verbatim.json'), 'utf8')).toBe(outside);
    expect(store.readOnly).toBe(true);
    expect(store.warnings[0]).toMatch(/kept in verbatim\.json\.unsaved-/);
    const kept = (await readdir(dir)).find((n) => n.startsWith('verbatim.json.unsaved-'))!;
    const aside = ProjectData.parse(JSON.parse(await readFile(join(dir, kept), 'utf8')));
    expect(aside.annotations.find((a) => a.id === note.id)?.tags).toEqual(['ours']);
    await expect(store.updateSettings({ creator: 'later' })).rejects.toThrow(/read-only/);
    await store.close();
  });

  it('a file made unreadable outside (a half-saved edit) is not overwritten', async () => {
    const { dir, store } = await openWithNote();
    await writeFile(join(dir, 'verbatim.json'), '{ "schemaVersion": 1, "documents": [');
    await expect(store.updateSettings({ creator: 'x' })).rejects.toThrow(/no longer reads/);
    expect(await readFile(join(dir, 'verbatim.json'), 'utf8')).toBe('{ "schemaVersion": 1, "documents": [');
    await store.close();
  });
});
