/** The element `#id` of index.html, of `type`; throws when the page lacks it (a broken build, not input). */
export function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new TypeError(`index.html lacks #${id}`);
  return el;
}

/** The page's session or local storage, or null where the browser refuses it (storage disabled by policy). */
export function storage(kind: 'session' | 'local'): Storage | null {
  try {
    return kind === 'session' ? window.sessionStorage : window.localStorage;
  } catch {
    return null;
  }
}
