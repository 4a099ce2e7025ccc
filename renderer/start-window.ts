import { withEarlyAnswers } from './api/early-requests';
import { getApi } from './api/client';
import { App, RequestFailed } from './app';

export { RequestFailed };

/**
 * Starts the window on the API (the Electron preload's or browser mode's), taking the answers of the
 * first view's requests that the entry sent before this module was fetched. Rejects as {@link App.start}.
 */
export async function startWindow(): Promise<void> {
  performance.mark('verbatim:open:window-code');
  await new App(withEarlyAnswers(getApi())).start();
}
