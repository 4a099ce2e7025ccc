import { rendererFileFor } from '../services/renderer-files';

export { contentTypeFor } from '../services/renderer-files';

/** The custom scheme the renderer is served from (registered as standard and secure in main.ts). */
export const APP_SCHEME = 'app';
/** The single host of that scheme; together they make the one origin IPC accepts requests from. */
export const APP_HOST = 'verbatim';
/** `app://verbatim`, the renderer's origin. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` parses and belongs to the app origin (scheme and host both match). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    // Not a URL at all: certainly not ours.
    return false;
  }
}

/**
 * Maps an `app://verbatim/...` URL to a file inside `root` (the built renderer), or `null` when the URL is
 * not ours or would leave `root` (`..`, encoded `%2e%2e`, backslashes, absolute paths, NUL bytes).
 * `/` maps to `index.html`. The query string and fragment are ignored.
 */
export function resolveAppPath(url: string, root: string): string | null {
  if (!isAppUrl(url)) return null;
  // Only the path of our URL matters; query and fragment are ignored.
  return rendererFileFor(root, new URL(url).pathname || '/');
}
