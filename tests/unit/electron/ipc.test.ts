import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_METHODS, channelOf, ServiceError, type ApiHandlers, type Result } from '../../../shared/api';
import type { ProjectSession } from '../../../main/services';
import { registerApiHandlers } from '../../../main/electron/ipc';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Result<unknown>>;

/** Just enough of ipcMain: records handlers by channel. */
function fakeIpcMain(): { ipcMain: IpcMain; handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  };
  return { ipcMain: ipcMain as unknown as IpcMain, handlers };
}

/** An invoke event from a frame; `parent: null` means a top frame. */
function event(webContentsId: number, url: string | null, top = true): IpcMainInvokeEvent {
  return {
    sender: { id: webContentsId },
    senderFrame: url === null ? null : { url, parent: top ? null : {} },
  } as unknown as IpcMainInvokeEvent;
}

const OUR_WINDOW = 7;
const APP_PAGE = 'app://verbatim/index.html';

function setUp() {
  const calls: unknown[] = [];
  const handlers: Partial<ApiHandlers> = {
    async readDocument(input) {
      calls.push(input);
      if (input.id === 'missing') throw new ServiceError('not-found', 'no document "missing"');
      if (input.id === 'bug') throw new Error('disk on fire');
      return { record: { id: input.id } , text: 'hello' } as unknown as Awaited<ReturnType<ApiHandlers['readDocument']>>;
    },
  };
  const session = { dir: '/p/sample', handlers } as unknown as ProjectSession;
  const logged: string[] = [];
  const { ipcMain, handlers: registered } = fakeIpcMain();
  const unregister = registerApiHandlers(
    ipcMain,
    { sessionForWebContents: (id) => (id === OUR_WINDOW ? session : null) },
    (message) => logged.push(message),
  );
  const invoke = (method: string, evt: IpcMainInvokeEvent, payload: unknown) => {
    const listener = registered.get(`verbatim:${method}`);
    if (!listener) throw new Error(`no handler for verbatim:${method}`);
    return listener(evt, payload);
  };
  return { calls, logged, registered, unregister, invoke };
}

describe('registerApiHandlers', () => {
  it('registers one channel per API method and nothing else', () => {
    const { registered } = setUp();
    expect([...registered.keys()].sort()).toEqual(API_METHODS.map(channelOf).sort());
  });

  it('serves a request from our window through dispatch', async () => {
    const { invoke, calls } = setUp();
    await expect(invoke('readDocument', event(OUR_WINDOW, APP_PAGE), { id: 'd1' })).resolves.toEqual({
      ok: true,
      value: { record: { id: 'd1' }, text: 'hello' },
    });
    expect(calls).toEqual([{ id: 'd1' }]);
  });

  it.each([
    ['another web contents', event(99, APP_PAGE)],
    ['a page of another origin', event(OUR_WINDOW, 'https://example.com/')],
    ['an iframe', event(OUR_WINDOW, APP_PAGE, false)],
    ['a destroyed frame', event(OUR_WINDOW, null)],
  ])('refuses %s as forbidden without running the handler', async (_name, evt) => {
    const { invoke, calls, logged } = setUp();
    const result = await invoke('readDocument', evt, { id: 'd1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
    expect(logged).toEqual([expect.stringContaining('refused readDocument')]);
  });

  it('validates the payload before the handler sees it', async () => {
    const { invoke, calls } = setUp();
    const result = await invoke('readDocument', event(OUR_WINDOW, APP_PAGE), { id: 42, extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(calls).toEqual([]);
  });

  it('passes expected failures on with their code, and logs the cause of internal ones', async () => {
    const { invoke, logged } = setUp();
    await expect(invoke('readDocument', event(OUR_WINDOW, APP_PAGE), { id: 'missing' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await expect(invoke('readDocument', event(OUR_WINDOW, APP_PAGE), { id: 'bug' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logged).toEqual([expect.stringContaining('disk on fire')]);
  });

  it('removes every handler again', () => {
    const { registered, unregister } = setUp();
    unregister();
    expect(registered.size).toBe(0);
  });
});
