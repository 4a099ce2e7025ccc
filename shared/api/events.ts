/**
 * Events the main process pushes to a window's renderer (Electron only), for changes the renderer did not
 * make itself, such as documents added from the File menu. Dependency-free: the preload bundles it.
 */
export type AppEvent =
  /** Documents were added outside the renderer; list them again. */
  | { type: 'documents-changed' }
  /** Something in the project changed outside the renderer (settings, annotations); reload what is shown. */
  | { type: 'project-changed' }
  /** The user chose File ▸ Export…; open the export panel. */
  | { type: 'open-export' };

/** Every event type, for validating what crosses into the page. */
export const APP_EVENT_TYPES: readonly AppEvent['type'][] = ['documents-changed', 'project-changed', 'open-export'];

/**
 * True when `value` is exactly one of our events. The preload checks before handing anything to the
 * page, so only known, plain objects cross the bridge.
 */
export function isAppEvent(value: unknown): value is AppEvent {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  const type: unknown = (value as { type?: unknown }).type;
  return keys.length === 1 && typeof type === 'string' && (APP_EVENT_TYPES as readonly string[]).includes(type);
}

/** What the preload exposes as `window.verbatimEvents`: subscribe, get an unsubscribe function back. */
export interface VerbatimEvents {
  onEvent(listener: (event: AppEvent) => void): () => void;
}
