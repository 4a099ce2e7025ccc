import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBinaryPath, findElectronBinary } from '../../../scripts/electron-binary.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('findElectronBinary', () => {
  let dir: string;
  const saved = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verbatim-electron-dist-'));
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    else process.env.ELECTRON_OVERRIDE_DIST_PATH = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('answers with a path or with a reason, never both missing, and never downloads', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const found = findElectronBinary();
    expect(found.reason).not.toBe('');
    expect(electronBinaryPath()).toBe(found.path);
  });

  it('finds a binary under ELECTRON_OVERRIDE_DIST_PATH', async () => {
    process.env.ELECTRON_OVERRIDE_DIST_PATH = dir;
    // The executable's name inside the folder comes from path.txt when the package has one, else "electron".
    const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
    const executable = join(dir, existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron');
    expect(findElectronBinary().path).toBeNull();
    await mkdir(dirname(executable), { recursive: true });
    await writeFile(executable, '');
    expect(findElectronBinary().path).toBe(executable);
  });

  it('says so when ELECTRON_OVERRIDE_DIST_PATH names a folder without the binary', () => {
    process.env.ELECTRON_OVERRIDE_DIST_PATH = join(dir, 'missing');
    expect(findElectronBinary()).toEqual({ path: null, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
  });
});
