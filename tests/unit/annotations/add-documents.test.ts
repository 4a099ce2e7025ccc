import { createHash } from 'node:crypto';
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentNotFoundError, DocumentRefusedError, openProjectStore } from '../../../annotations';
import { ProjectData } from '../../../shared/model';
import { useTempDirs } from './temp-dir';

const temp = useTempDirs('verbatim-docs-');
const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (name: string, text: string) => ({ name, bytes: utf8(text) });
/** The folder's files, without the project lock an open store holds. */
const folder = async (dir: string) => (await readdir(dir)).filter((name) => !name.startsWith('verbatim.json.lock')).sort();
const onDisk = async (dir: string) => ProjectData.parse(JSON.parse(await readFile(join(dir, 'verbatim.json'), 'utf8')));

async function newProject() {
  const dir = await temp.make();
  return { dir, store: await openProjectStore(dir, { create: true }) };
}

describe('addFiles', () => {
  it('copies accepted files into the folder and records id, path, title, sha256, length and time', async () => {
    const { dir, store } = await newProject();
    const text = '\uFEFF# First clipping\r\n\r\nThe Ledger reported.\r\n';
    const { added, refused } = await store.addFiles([{ name: 'One.md', bytes: utf8(text) }]);
    expect(refused).toEqual([]);
    const decoded = text.slice(1);
    expect(added).toEqual([{
      id: 'one', path: 'One.md', title: 'First clipping', length: decoded.length,
      sha256: createHash('sha256').update(decoded).digest('hex'), added: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown as string,
    }]);
    expect(await readFile(join(dir, 'One.md'), 'utf8')).toBe(text);
    expect((await onDisk(dir)).documents).toEqual(added);
    expect(await store.readText('one')).toBe(decoded);
  });

  it('reports each refused file with its reason and still adds the good ones', async () => {
    const { dir, store } = await newProject();
    const { added, refused } = await store.addFiles([
      { name: 'scan.txt', bytes: new Uint8Array([0, 159, 146, 150, 0]) },
      file('two.txt', 'Second clipping.\n'),
      file('paper.pdf', 'text'),
      file('sheet.xlsx', 'text'),
    ]);
    expect(added.map((d) => d.path)).toEqual(['two.txt']);
    expect(refused).toEqual([
      { name: 'scan.txt', reason: 'binary file (contains NUL bytes)' },
      { name: 'paper.pdf', reason: 'is damaged: not a readable PDF (Invalid PDF structure.)' },
      { name: 'sheet.xlsx', reason: 'only .txt, .md, .html, .docx and .pdf documents can be added' },
    ]);
    expect(await folder(dir)).toEqual(['two.txt', 'verbatim.json']);
  });

  it('refuses the same content twice, naming the document already there', async () => {
    const { store } = await newProject();
    await store.addFiles([file('a.txt', 'Same words.\n')]);
    const again = await store.addFiles([file('b.txt', 'Same words.\n')]);
    expect(again.added).toEqual([]);
    expect(again.refused[0]!.reason).toBe('same content as document "Same words." (a.txt), already in the project');
    const sameBatch = await store.addFiles([file('c.txt', 'Other.\n'), file('d.txt', 'Other.\n')]);
    expect(sameBatch.added.map((d) => d.path)).toEqual(['c.txt']);
    expect(sameBatch.refused[0]!.reason).toMatch(/\(c\.txt\)/);
  });

  it('never overwrites a different file already in the folder, and gives a unique id', async () => {
    const { dir, store } = await newProject();
    await writeFile(join(dir, 'notes.txt'), 'mine, not a document yet\n');
    await store.addFiles([file('notes.txt', 'First version.\n')]);
    const { added } = await store.addFiles([file('notes.txt', 'Second version.\n')]);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine, not a document yet\n');
    expect(store.documents().map((d) => [d.id, d.path])).toEqual([['notes', 'notes (2).txt'], ['notes-2', 'notes (3).txt']]);
    expect(added[0]!.path).toBe('notes (3).txt');
  });

  it('reuses a file already in the folder with exactly the same bytes', async () => {
    const { dir, store } = await newProject();
    await writeFile(join(dir, 'same.txt'), 'Already here.\n');
    const { added } = await store.addFiles([file('same.txt', 'Already here.\n')]);
    expect(added[0]!.path).toBe('same.txt');
    expect(await folder(dir)).toEqual(['same.txt', 'verbatim.json']);
  });

  it.each(['../evil.txt', '/etc/evil.txt', 'sub/evil.txt', '..\\evil.txt', '..', ' spaced.txt'])('refuses the name %j', async (name) => {
    const { dir, store } = await newProject();
    const { added, refused } = await store.addFiles([file(name, 'x')]);
    expect(added).toEqual([]);
    expect(refused).toEqual([{ name, reason: 'a file name, not a path, is expected' }]);
    expect(await folder(dir)).toEqual(['verbatim.json']);
  });

  it('serializes concurrent calls so names and ids stay unique', async () => {
    const { store } = await newProject();
    await Promise.all(Array.from({ length: 5 }, (_, i) => store.addFiles([file('same-name.txt', `version ${i}\n`)])));
    const docs = store.documents();
    expect(new Set(docs.map((d) => d.id)).size).toBe(5);
    expect(new Set(docs.map((d) => d.path)).size).toBe(5);
  });
});

describe('readText', () => {
  it('updates the record when the file was edited outside Verbatim', async () => {
    const { dir, store } = await newProject();
    const [record] = (await store.addFiles([file('a.txt', 'Old words.\n')])).added;
    await writeFile(join(dir, 'a.txt'), 'New, longer words.\n');
    expect(await store.readText(record!.id)).toBe('New, longer words.\n');
    const updated = (await onDisk(dir)).documents[0]!;
    expect(updated).toMatchObject({ id: record!.id, title: record!.title, length: 19, sha256: createHash('sha256').update('New, longer words.\n').digest('hex') });
  });

  it('refuses a file that no longer decodes as UTF-8', async () => {
    const { dir, store } = await newProject();
    await store.addFiles([file('a.txt', 'Café\n')]);
    await writeFile(join(dir, 'a.txt'), new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    await expect(store.readText('a')).rejects.toThrow(DocumentRefusedError);
    await expect(store.readText('a')).rejects.toThrow(/not UTF-8 text/);
  });

  it('says which file is missing, and rejects unknown ids', async () => {
    const { dir, store } = await newProject();
    await store.addFiles([file('a.txt', 'words\n')]);
    await rm(join(dir, 'a.txt'));
    await expect(store.readText('a')).rejects.toThrow(/\(a\.txt\) is missing/);
    await expect(store.readText('zzz')).rejects.toThrow(DocumentNotFoundError);
  });

  it('refuses to follow a symbolic link out of the project folder', async () => {
    const { dir, store } = await newProject();
    const outside = await temp.make();
    await writeFile(join(outside, 'secret.txt'), 'secret\n');
    await store.addFiles([file('a.txt', 'words\n')]);
    await rm(join(dir, 'a.txt'));
    await symlink(join(outside, 'secret.txt'), join(dir, 'a.txt'));
    await expect(store.readText('a')).rejects.toThrow(/outside the project folder/);
  });
});
