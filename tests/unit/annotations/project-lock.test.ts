import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPaths, openProjectStore, readLockOwner, type LockOwner } from '../../../annotations';
import { useTempDirs } from './temp-dir';

const temp = useTempDirs('verbatim-lock-');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function project(): Promise<string> {
  const dir = await temp.make();
  const store = await openProjectStore(dir, { create: true, label: 'setup' });
  await store.addFiles([{ name: 'a.txt', bytes: utf8('The Ledger reported that the bridge reopened.\n') }]);
  await store.close();
  return dir;
}

/** A lock left by a process that no longer runs (kill -9): its folder and an owner naming a dead pid. */
async function leaveDeadLock(dir: string, owner: Partial<LockOwner> = {}): Promise<void> {
  const paths = lockPaths(join(dir, 'verbatim.json'));
  await mkdir(paths.lock);
  const dead: LockOwner = { pid: 2 ** 22 + 12_345, host: hostname(), label: 'browser mode', since: '2024-01-01T00:00:00.000Z', ...owner };
  await writeFile(paths.owner, JSON.stringify(dead));
}

describe('the project lock', () => {
  it('a second writer opens read-only, told who holds the project, and its writes are refused', async () => {
    const dir = await project();
    const first = await openProjectStore(dir, { label: 'browser mode' });
    const second = await openProjectStore(dir, { label: 'verbatim add' });
    expect(first.readOnly).toBe(false);
    expect(second.readOnly).toBe(true);
    expect(second.lockHolder).toMatchObject({ pid: process.pid, label: expect.stringContaining('browser mode') as unknown as string });
    expect(second.warnings[0]).toMatch(/browser mode, in this same process \(pid \d+ on this machine, since .*\) is writing it/);
    await expect(second.updateSettings({ creator: 'second' })).rejects.toThrow(/read-only because browser mode/);
    await first.updateSettings({ creator: 'first' });
    await first.close();
    await second.close();
    const third = await openProjectStore(dir);
    expect(third.readOnly).toBe(false);
    expect(third.data().settings.creator).toBe('first');
    await third.close();
  });

  it('records its owner beside the lock while held and removes both on close', async () => {
    const dir = await project();
    const store = await openProjectStore(dir, { label: 'the Verbatim app' });
    expect(await readLockOwner(join(dir, 'verbatim.json'))).toMatchObject({ pid: process.pid, host: hostname(), label: 'the Verbatim app' });
    await store.close();
    expect(await readdir(dir)).toEqual(['a.txt', 'verbatim.json']);
  });

  it('takes over at once the lock of a writer that died (its pid is gone), and cleans up its temp files', async () => {
    const dir = await project();
    await leaveDeadLock(dir);
    await writeFile(join(dir, `.verbatim.json.${2 ** 22 + 12_345}-0123456789ab.tmp`), '{"half');
    const store = await openProjectStore(dir, { label: 'verbatim add' });
    expect(store.readOnly).toBe(false);
    expect(await readLockOwner(join(dir, 'verbatim.json'))).toMatchObject({ pid: process.pid, label: 'verbatim add' });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await store.close();
  });

  it('does not take over a fresh lock held from another host, whose pid cannot be checked', async () => {
    const dir = await project();
    await leaveDeadLock(dir, { host: 'another-machine', pid: 1 });
    const store = await openProjectStore(dir);
    expect(store.readOnly).toBe(true);
    expect(store.warnings[0]).toMatch(/pid 1 on another-machine/);
    await store.close();
    expect(JSON.parse(await readFile(lockPaths(join(dir, 'verbatim.json')).owner, 'utf8'))).toMatchObject({ host: 'another-machine' });
  });

  it('a reader takes no lock and writes nothing, even beside a writer', async () => {
    const dir = await project();
    const writer = await openProjectStore(dir);
    const reader = await openProjectStore(dir, { access: 'read' });
    expect(reader.readOnly).toBe(true);
    expect(reader.warnings[0]).toMatch(/open for reading only/);
    expect(reader.documents()).toHaveLength(1);
    await reader.close();
    expect(await readLockOwner(join(dir, 'verbatim.json'))).toMatchObject({ pid: process.pid });
    await writer.close();
  });
});
