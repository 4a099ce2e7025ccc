import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS, channelOf, dispatch, fail, type Result } from '../../shared/api';
import type { ProjectSession } from '../services';
import { senderProblem } from './sender-check';

/** How the IPC layer finds the project behind a window. */
export interface SessionLookup {
  /** The open project of the window whose web contents has this id, or `null` when it is not ours. */
  sessionForWebContents(webContentsId: number): ProjectSession | null;
}

/**
 * Registers every request of the API contract as `ipcMain.handle(channelOf(method))`, and nothing else:
 * a channel that is not in the contract has no handler, so `invoke` on it rejects in the renderer.
 *
 * Each request is checked before its payload is even looked at: it must come from the top frame of one of
 * our project windows showing the app origin (see `senderProblem`), else it gets a `forbidden` Result.
 * Then `dispatch` validates the payload against the contract and runs the handler of that window's
 * project, turning thrown errors into Results; the cause of an internal error goes to `log`.
 *
 * @returns a function that removes the handlers again (for tests and for an orderly shutdown).
 */
export function registerApiHandlers(ipcMain: IpcMain, lookup: SessionLookup, log: (message: string) => void): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), async (event, payload: unknown): Promise<Result<unknown>> => {
      const session = trustedSession(event, lookup);
      if ('problem' in session) {
        log(`refused ${method}: ${session.problem}`);
        return fail('forbidden', `request refused: ${session.problem}`);
      }
      return dispatch(session.handlers, method, payload, (name, error) => {
        log(`${name} failed in ${session.dir}: ${describe(error)}`);
      });
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(channelOf(method));
  };
}

function trustedSession(event: IpcMainInvokeEvent, lookup: SessionLookup): ProjectSession | { problem: string } {
  const frame = event.senderFrame;
  const session = lookup.sessionForWebContents(event.sender.id);
  const problem = senderProblem({
    frameUrl: frame ? frame.url : null,
    isTopFrame: frame !== null && frame.parent === null,
    isOurWindow: session !== null,
  });
  return problem !== null || session === null ? { problem: problem ?? 'no project is open in this window' } : session;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
