// Browser mode: the loopback HTTP host serving the renderer and the same API handlers as Electron.
export { startWebHost, LOOPBACK } from './web-host';
export type { WebHost, WebHostOptions } from './web-host';
export { MAX_BODY_BYTES } from './api-route';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, STATUS_OF } from './http-util';
export { CONTENT_TYPES, unsafePathReason } from '../services/renderer-files';
