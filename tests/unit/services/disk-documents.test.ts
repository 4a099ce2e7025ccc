import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDocumentPaths, createProject, loadDocumentsFromPaths, openProject } from '../../../main/services';
import { ProjectData } from '../../../shared/model';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-disk-'));
  await writeFile(join(dir, 'one.md'), '# First clipping\n\nThe Ledger reported: “The bridge reopened on Monday.”\n');
  await writeFile(join(dir, 'two.txt'), '\uFEFFSecond clipping.\r\nThe Ledger wrote: "The bridge reopened on Monday."\r\n');
  await writeFile(join(dir, 'bad.txt'), new Uint8Array([0, 159, 146, 150, 0]));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createProject', () => {
  it('creates the folder and verbatim.json, adds the files and lists refused ones', async () => {
    const session = await createProject(join(dir, 'proj', 'inner'), [join(dir, 'one.md'), join(dir, 'bad.txt'), join(dir, 'missing.txt')]);
    try {
      expect(session.store.documents().map((d) => d.title)).toEqual(['First clipping']);
      expect(session.refused.map((r) => r.name)).toEqual([join(dir, 'bad.txt'), join(dir, 'missing.txt')]);
      expect(session.refused[1]!.reason).toBe('no such file');
    } finally {
      await session.close();
    }
    const data = ProjectData.parse(JSON.parse(await readFile(join(dir, 'proj', 'inner', 'verbatim.json'), 'utf8')));
    expect(data.documents).toHaveLength(1);
  });

  it('refuses to take over a folder that already holds a project', async () => {
    await (await createProject(join(dir, 'proj'), [])).close();
    await expect(createProject(join(dir, 'proj'), [])).rejects.toThrow(/already holds a project/);
  });
});

describe('addDocumentPaths', () => {
  it('adds readable files and returns the others in refused', async () => {
    await (await createProject(join(dir, 'proj'), [])).close();
    const session = await openProject(join(dir, 'proj'));
    try {
      const { added, refused } = await addDocumentPaths(session, [join(dir, 'two.txt'), join(dir, 'bad.txt'), dir]);
      expect(added.map((d) => d.path)).toEqual(['two.txt']);
      expect(refused.map((r) => [r.name, r.reason])).toEqual([[join(dir, 'bad.txt'), expect.stringMatching(/binary/)], [dir, 'a folder, not a file']]);
    } finally {
      await session.close();
    }
  });
});

describe('loadDocumentsFromPaths', () => {
  it('decodes files with ids d1, d2 in order, BOM stripped and line endings kept', async () => {
    const { documents, refused } = await loadDocumentsFromPaths([join(dir, 'one.md'), join(dir, 'two.txt'), join(dir, 'one.md')]);
    expect(refused).toEqual([]);
    expect(documents.map((d) => [d.id, d.title])).toEqual([['d1', 'First clipping'], ['d2', 'Second clipping.']]);
    expect(documents[1]!.text.startsWith('Second')).toBe(true);
    expect(documents[1]!.text).toContain('\r\n');
    expect(documents[0]!.path).toBe(join(dir, 'one.md').split('\\').join('/'));
    expect(documents[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses binary and missing files, naming them', async () => {
    const { documents, refused } = await loadDocumentsFromPaths([join(dir, 'bad.txt'), join(dir, 'nope.txt')]);
    expect(documents).toEqual([]);
    expect(refused).toEqual([
      { name: join(dir, 'bad.txt'), reason: expect.stringMatching(/binary/) },
      { name: join(dir, 'nope.txt'), reason: 'no such file' },
    ]);
  });
});
