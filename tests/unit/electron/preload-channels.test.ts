import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS, channelOf } from '../../../shared/api';
import { APP_EVENT_TYPES, isAppEvent } from '../../../main/electron/app-events';
import { EVENT_CHANNEL, preloadChannelOf } from '../../../main/electron/preload-channels';
import { buildElectron, contractMethods } from '../../../scripts/build-electron.js';

/** What the bundled preload exposed, run against a stand-in for Electron's contextBridge and ipcRenderer. */
interface Exposed {
  worlds: Map<string, Record<string, (payload?: unknown) => Promise<unknown>>>;
  invoked: { channel: string; payload: unknown }[];
}

let out: string;
let exposed: Exposed;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'verbatim-preload-'));
  await buildElectron({ outDir: out });
  const code = await readFile(join(out, 'preload.cjs'), 'utf8');
  exposed = { worlds: new Map(), invoked: [] };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, (payload?: unknown) => Promise<unknown>>) => exposed.worlds.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, payload: unknown) => {
        exposed.invoked.push({ channel, payload });
        return { ok: true, value: channel };
      },
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  // A sandboxed preload may require only electron; anything else would fail in a real window too.
  const require = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`the preload required ${name}`);
  };
  const module = { exports: {} };
  runInNewContext(code, { require, module, exports: module.exports, Promise, Object, Error, TypeError, console });
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('the preload’s methods come from the contract', () => {
  it('the build reads exactly the contract’s methods', async () => {
    expect((await contractMethods()).sort()).toEqual([...API_METHODS].sort());
  });

  it('the bundled preload exposes one function per contract method, each invoking that method’s channel', async () => {
    const api = exposed.worlds.get('verbatim')!;
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    expect(await api.startCheck!({ minSeverity: 'minor' })).toEqual({ ok: true, value: 'verbatim:startCheck' });
    expect(exposed.invoked.at(-1)).toEqual({ channel: 'verbatim:startCheck', payload: { minSeverity: 'minor' } });
    expect(Object.isFrozen(api)).toBe(true);
    expect([...exposed.worlds.keys()].sort()).toEqual(['verbatim', 'verbatimEvents']);
  });

  it('uses the same channel as channelOf for every method', () => {
    for (const method of API_METHODS) expect(preloadChannelOf(method)).toBe(channelOf(method));
  });

  it('pushes events on a channel no request uses', () => {
    expect(API_METHODS.map(channelOf)).not.toContain(EVENT_CHANNEL);
  });
});

describe('isAppEvent', () => {
  it.each(APP_EVENT_TYPES)('accepts { type: %s }', (type) => {
    expect(isAppEvent({ type })).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'run-this' }],
    ['extra fields', { type: 'documents-changed', html: '<img onerror=alert(1)>' }],
    ['a non-string type', { type: 1 }],
    ['null', null],
    ['a string', 'documents-changed'],
  ])('refuses %s', (_name, value) => {
    expect(isAppEvent(value)).toBe(false);
  });
});
