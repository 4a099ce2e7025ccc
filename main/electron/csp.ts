/**
 * The Content-Security-Policy every page of the app is served with.
 *
 * The renderer is a bundle of local scripts and styles served from the app origin; it talks to the main
 * process only through the preload bridge, never over the network. So nothing but `'self'` is allowed to
 * load, `connect-src` is closed (no fetch, XHR or WebSocket to anywhere), and plugins, frames, base-URI
 * rewriting and form posts are off. No `'unsafe-inline'` and no `'unsafe-eval'`: an injected `<script>` or
 * `eval` in a document someone opened does nothing. Images may also be `data:` URLs (icons inlined by the
 * bundler). Inline `style=""` attributes are refused too; ProseMirror sets styles through the CSSOM
 * (`element.style`), which CSP does not govern.
 */
export const CONTENT_SECURITY_POLICY: string = toPolicyString({
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'none'"],
  'manifest-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
});

/** Serializes directives in the given order, `name source source; ...`. */
export function toPolicyString(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
