import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONFLICT_TAG, mergeProjects, openProjectStore, THEIRS_SUFFIX, toProjectJSON } from '../../../annotations';
import { ProjectData, type Annotation } from '../../../shared/model';
import { projectRoot } from '../../helpers/corpus';

const run = promisify(execFile);

const note = (id: string, text: string, modified = '2024-01-01T00:00:00.000Z', tags: string[] = []): Annotation => ({
  id, kind: 'note', document: 'd', creator: 'me', created: '2024-01-01T00:00:00.000Z', modified, tags,
  target: { source: 'd', selector: [{ type: 'TextPositionSelector', start: 0, end: 4 }, { type: 'TextQuoteSelector', exact: 'Text', prefix: '', suffix: ' one' }] },
  body: { status: 'open', text },
});
const project = (annotations: Annotation[], threshold: 'major' | 'minor' = 'major') =>
  ProjectData.parse({ schemaVersion: 1, documents: [{ id: 'd', path: 'd.txt', title: 'D', sha256: 'a'.repeat(64), length: 12, added: '2024-01-01T00:00:00.000Z' }], annotations, settings: { threshold } });

describe('mergeProjects (three-way, by record id)', () => {
  it('takes each side\'s additions, edits and deletions, merging edits of different fields of one record', () => {
    const base = project([note('keep', 'k'), note('edit', 'e'), note('gone', 'g'), note('both', 'b')]);
    const ours = project([note('keep', 'k'), note('edit', 'e2', '2024-02-01T00:00:00.000Z'), note('both', 'b', '2024-02-03T00:00:00.000Z', ['ours']), note('new-ours', 'o')]);
    const theirs = project([note('keep', 'k'), note('edit', 'e'), note('gone', 'g'), note('both', 'b', '2024-02-02T00:00:00.000Z', ['theirs']), note('new-theirs', 't')], 'minor');
    const { merged, conflicts } = mergeProjects(base, ours, theirs);
    expect(conflicts).toEqual([]);
    const data = ProjectData.parse(merged);
    expect(data.annotations.map((a) => a.id)).toEqual(['keep', 'edit', 'both', 'new-ours', 'new-theirs']);
    expect(data.annotations.find((a) => a.id === 'edit')).toMatchObject({ body: { text: 'e2' } });
    expect(data.annotations.find((a) => a.id === 'both')).toMatchObject({ tags: ['ours', 'theirs'], modified: '2024-02-03T00:00:00.000Z' });
    expect(data.settings.threshold).toBe('minor');
  });

  it('keeps both versions of a record both sides changed differently, and reports it', () => {
    const base = project([note('x', 'original')]);
    const { merged, conflicts } = mergeProjects(base, project([note('x', 'ours says')]), project([note('x', 'theirs says')]));
    expect(conflicts).toEqual([{ section: 'annotations', id: 'x', fields: ['body.text'], resolution: expect.stringContaining(`x${THEIRS_SUFFIX}`) }]);
    const data = ProjectData.parse(merged);
    expect(data.annotations.map((a) => [a.id, a.kind === 'note' ? a.body.text : '', a.tags])).toEqual([
      ['x', 'ours says', [CONFLICT_TAG]],
      [`x${THEIRS_SUFFIX}`, 'theirs says', [CONFLICT_TAG]],
    ]);
  });

  it('keeps a record deleted on one side and edited on the other, reporting the deletion', () => {
    const { merged, conflicts } = mergeProjects(project([note('x', 'a')]), project([]), project([note('x', 'b')]));
    expect(ProjectData.parse(merged).annotations.map((a) => a.id)).toEqual(['x']);
    expect(conflicts[0]).toMatchObject({ id: 'x', fields: ['deleted'] });
  });
});

describe('verbatim merge as a git merge driver', () => {
  let dir: string;
  const git = (...args: string[]) => run('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-git-'));
    await git('init', '-q', '-b', 'main');
    // The two lines of configuration the README gives, with the driver pointed at this checkout.
    await git('config', 'merge.verbatim.driver', `node ${resolve(projectRoot, 'bin', 'verbatim.js')} merge %O %A %B`);
    await writeFile(join(dir, '.gitattributes'), 'verbatim.json merge=verbatim\n');
    await writeFile(join(dir, 'clip.txt'), 'The Ledger reported: “The bridge reopened on Monday after nine weeks of repairs.” The council agreed.\n');
    const store = await openProjectStore(dir, { create: true });
    await store.addFiles([{ name: 'clip.txt', bytes: await readFile(join(dir, 'clip.txt')) }]);
    // Closed, not only flushed: the store holds the project's lock until then.
    await store.close();
    await git('add', '-A');
    await git('commit', '-q', '-m', 'start');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Whether the project in `dir` opens read-only (the store is closed again, releasing its lock). */
  async function opensReadOnly(): Promise<boolean> {
    const store = await openProjectStore(dir);
    const { readOnly } = store;
    await store.close();
    return readOnly;
  }

  /** On branch `name`, runs `edit` on the project store and commits. */
  async function onBranch(name: string, from: string, edit: (store: Awaited<ReturnType<typeof openProjectStore>>) => Promise<void>) {
    await git('checkout', '-q', '-B', name, from);
    const store = await openProjectStore(dir);
    await edit(store);
    await store.close();
    await git('add', '-A');
    await git('commit', '-q', '-m', name);
  }

  it('merges two branches that each add and edit annotations; a true conflict is kept twice and reported', async () => {
    let shared = '';
    await onBranch('main', 'main', async (store) => {
      const a = await store.createAnnotation({ kind: 'claim', document: 'clip', start: 0, end: 10 });
      const b = await store.createAnnotation({ kind: 'note', document: 'clip', start: 12, end: 20, body: { status: 'open', text: 'check' } });
      shared = `${a.id} ${b.id}`;
    });
    const [claim, review] = shared.split(' ') as [string, string];
    await onBranch('alice', 'main', async (store) => {
      await store.createAnnotation({ kind: 'quote', document: 'clip', start: 21, end: 83, body: { attribution: { outlet: 'The Ledger' }, translated: false } });
      await store.updateAnnotation({ id: claim, body: { text: 'Alice words the claim.' } });
      await store.updateAnnotation({ id: review, body: { status: 'confirmed' } });
    });
    await onBranch('bob', 'main', async (store) => {
      await store.createAnnotation({ kind: 'crossref', document: 'clip', start: 84, end: 101, body: { relation: 'see-also', note: '' } });
      await store.updateAnnotation({ id: review, body: { text: 'Bob checked the figure.' } });
    });
    // Clean: different records and different fields of one record.
    await git('checkout', '-q', 'alice');
    await git('merge', '-q', '--no-edit', 'bob');
    const merged = ProjectData.parse(JSON.parse(await readFile(join(dir, 'verbatim.json'), 'utf8')));
    expect(merged.annotations.map((a) => a.kind).sort()).toEqual(['claim', 'crossref', 'note', 'quote']);
    expect(merged.annotations.find((a) => a.id === review)).toMatchObject({ body: { status: 'confirmed', text: 'Bob checked the figure.' } });
    expect(merged.annotations.find((a) => a.id === claim)).toMatchObject({ body: { text: 'Alice words the claim.' } });
    // The result is what Verbatim itself writes, so it opens writable.
    expect(await readFile(join(dir, 'verbatim.json'), 'utf8')).toBe(toProjectJSON(merged));
    expect(await opensReadOnly()).toBe(false);

    // A true conflict: both reword the claim.
    await onBranch('carol', 'main', async (store) => void (await store.updateAnnotation({ id: claim, body: { text: 'Carol words it otherwise.' } })));
    await git('checkout', '-q', 'alice');
    const conflicted = await git('merge', '--no-edit', 'carol').then(() => null, (error: { stdout: string; stderr: string }) => error);
    expect(conflicted).not.toBeNull();
    expect(conflicted!.stderr + conflicted!.stdout).toMatch(new RegExp(`conflict in annotations ${claim} \\(body\\.text\\)`));
    const kept = ProjectData.parse(JSON.parse(await readFile(join(dir, 'verbatim.json'), 'utf8')));
    const versions = kept.annotations.filter((a) => a.id.startsWith(claim));
    expect(versions.map((a) => [a.id, a.kind === 'claim' && a.body.text, a.tags])).toEqual([
      [claim, 'Alice words the claim.', [CONFLICT_TAG]],
      [`${claim}${THEIRS_SUFFIX}`, 'Carol words it otherwise.', [CONFLICT_TAG]],
    ]);
    expect(await opensReadOnly()).toBe(false);
  });
});
