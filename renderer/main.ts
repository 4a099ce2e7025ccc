/**
 * The renderer's entry: finds the API (Electron preload or browser-mode HTTP with the page's token) and
 * starts the app, or explains why it cannot, instead of leaving a blank window.
 */
// First: sends the first view's requests before the rest of the code below is evaluated.
import { withEarlyAnswers } from './api/early-requests';
import { accessToken, forgetAccessToken, getApi, isElectron } from './api/client';
import { App, RequestFailed } from './app';

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
  if (!isElectron() && !accessToken()) {
    showAccessMessage('This page needs its access link', NEED_LINK);
    return;
  }
  try {
    await new App(withEarlyAnswers(getApi())).start();
  } catch (error) {
    if (error instanceof RequestFailed && error.code === 'forbidden') {
      forgetAccessToken();
      showAccessMessage('The access link was refused', `${error.message} ${NEED_LINK}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      showAccessMessage('The project could not be opened', message);
    }
  }
}

void main();
