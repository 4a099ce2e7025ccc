/**
 * The renderer's entry: finds the API (Electron preload or browser-mode HTTP with the page's token) and
 * starts the app, or explains why it cannot, instead of leaving a blank window.
 *
 * The entry is small on purpose: it sends the first view's requests (early-requests.ts, its first import)
 * and then fetches the window's code (start-window.ts and all it imports: ProseMirror, the panels, the
 * contract's schemas) as a chunk of its own, which the browser downloads and compiles while the host is
 * answering those requests, instead of before they leave.
 */
import './api/early-requests';
import { accessToken, forgetAccessToken } from './api/http';

function showAccessMessage(title: string, detail: string): void {
  const box = document.getElementById('access-message');
  const workspace = document.getElementById('workspace');
  if (!box) return;
  const heading = document.createElement('h2');
  heading.textContent = title;
  const p = document.createElement('p');
  p.textContent = detail;
  box.replaceChildren(heading, p);
  box.setAttribute('role', 'alert');
  box.hidden = false;
  if (workspace) workspace.hidden = true;
  const name = document.getElementById('project-name');
  if (name) name.textContent = 'No project open';
  const check = document.getElementById('check-button');
  if (check instanceof HTMLButtonElement) check.disabled = true;
}

const NEED_LINK =
  'Open the full address that `verbatim` printed when browser mode started (it ends in ?token=…). ' +
  'The token keeps other programs on this computer from reading or changing your project.';

async function main(): Promise<void> {
  performance.mark('verbatim:open:script');
  if (window.verbatim === undefined && !accessToken()) {
    showAccessMessage('This page needs its access link', NEED_LINK);
    return;
  }
  let RequestFailed: typeof import('./start-window').RequestFailed | null = null;
  try {
    const code = await import('./start-window');
    RequestFailed = code.RequestFailed;
    await code.startWindow();
  } catch (error) {
    if (RequestFailed && error instanceof RequestFailed && error.code === 'forbidden') {
      forgetAccessToken();
      showAccessMessage('The access link was refused', `${error.message} ${NEED_LINK}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      showAccessMessage('The project could not be opened', message);
    }
  }
}

void main();
