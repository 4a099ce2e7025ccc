import type { App, Session, WebContents } from 'electron';
import { APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Schemes a window may load anything from: our own files, DevTools (dev builds), and inline data. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:']);

/**
 * Locks down a session (Electron's security checklist): every permission request and check is refused
 * (the editor needs no camera, notifications or clipboard-read; Cut/Copy/Paste work through the native
 * menu roles), every request that is not for our own files is cancelled (no remote content, and no
 * `file:` reads either), and the Content-Security-Policy is forced onto every response the session sees,
 * in addition to the app protocol setting it itself.
 */
export function hardenSession(session: Session, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = ALLOWED_REQUEST_SCHEMES.has(schemeOf(details.url));
    if (!allowed) log(`blocked request: ${details.url}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Drop any other policy (case varies) so ours is the one in force.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/**
 * Applies the per-page rules to every web contents the app ever creates (windows, and anything a page
 * might try to create): no navigation away from the loaded page, no new windows, no `<webview>`.
 * Registered once, on `web-contents-created`, so nothing created later can slip past.
 */
export function denyNavigationEverywhere(app: App, log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents) => lockWebContents(contents, log));
}

function lockWebContents(contents: WebContents, log: (message: string) => void): void {
  // The renderer is a single page; any navigation is a link in a document or an injected redirect.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log(`denied navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log(`denied redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('denied <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied new window for ${url}`);
    return { action: 'deny' };
  });
}

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon < 0 ? '' : url.slice(0, colon + 1).toLowerCase();
}
