// The event contract lives in shared/api so the renderer can read it too; the shell re-exports it.
export { APP_EVENT_TYPES, isAppEvent } from '../../shared/api/events';
export type { AppEvent } from '../../shared/api/events';
