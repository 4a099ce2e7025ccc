import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_RECENT_PROJECTS, RecentProjects, addRecent, fromRecentJSON, removeRecent, toRecentJSON,
} from '../../../main/electron/recent-projects';

const p = (name: string): string => resolve('/projects', name);

describe('addRecent', () => {
  it('puts the newest project first', () => {
    expect(addRecent([p('a'), p('b')], p('c'))).toEqual([p('c'), p('a'), p('b')]);
  });

  it('moves a project already listed to the top instead of listing it twice', () => {
    expect(addRecent([p('a'), p('b'), p('c')], p('c'))).toEqual([p('c'), p('a'), p('b')]);
  });

  it('treats a trailing slash as the same folder', () => {
    expect(addRecent([p('a'), p('b')], `${p('b')}/`)).toEqual([p('b'), p('a')]);
  });

  it(`keeps at most ${MAX_RECENT_PROJECTS}, dropping the oldest`, () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT_PROJECTS + 3; i++) list = addRecent(list, p(String(i)));
    expect(list).toHaveLength(MAX_RECENT_PROJECTS);
    expect(list[0]).toBe(p(String(MAX_RECENT_PROJECTS + 2)));
    expect(list).not.toContain(p('0'));
  });
});

describe('removeRecent', () => {
  it('removes the folder and keeps the order of the rest', () => {
    expect(removeRecent([p('a'), p('b'), p('c')], p('b'))).toEqual([p('a'), p('c')]);
  });
});

describe('fromRecentJSON', () => {
  it('reads what toRecentJSON wrote', () => {
    const list = [p('a'), p('b')];
    expect(fromRecentJSON(JSON.parse(JSON.stringify(toRecentJSON(list))))).toEqual(list);
  });

  it('drops relative paths, empty strings and duplicates, keeping the first occurrence', () => {
    expect(fromRecentJSON({ version: 1, projects: [p('a'), 'relative/dir', '', p('b'), p('a')] })).toEqual([p('a'), p('b')]);
  });

  it('caps a hand-edited list', () => {
    const projects = Array.from({ length: 30 }, (_, i) => p(String(i)));
    expect(fromRecentJSON({ version: 1, projects })).toEqual(projects.slice(0, MAX_RECENT_PROJECTS));
  });

  it.each([null, { version: 2, projects: [] }, { version: 1, projects: [1, 2] }, 'x'])('reads %j as an empty list', (json) => {
    expect(fromRecentJSON(json)).toEqual([]);
  });
});

describe('RecentProjects', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-recent-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts empty, saves every change and reads it back', async () => {
    const recent = await RecentProjects.load(dir, () => {});
    expect(recent.projects).toEqual([]);
    await recent.add(p('a'));
    await recent.add(p('b'));
    await recent.remove(p('a'));
    const stored: unknown = JSON.parse(await readFile(join(dir, 'recent-projects.json'), 'utf8'));
    expect(stored).toEqual({ version: 1, projects: [p('b')] });
    expect((await RecentProjects.load(dir, () => {})).projects).toEqual([p('b')]);
  });

  it('tells listeners about each change', async () => {
    const recent = await RecentProjects.load(dir, () => {});
    const seen: (readonly string[])[] = [];
    recent.onDidChange((list) => seen.push(list));
    await recent.add(p('a'));
    await recent.clear();
    expect(seen).toEqual([[p('a')], []]);
  });

  it('starts empty, and says why, when the stored file is not JSON', async () => {
    await writeFile(join(dir, 'recent-projects.json'), '{ not json');
    const problems: string[] = [];
    const recent = await RecentProjects.load(dir, (message) => problems.push(message));
    expect(recent.projects).toEqual([]);
    expect(problems).toEqual([expect.stringContaining('not JSON')]);
  });
});
