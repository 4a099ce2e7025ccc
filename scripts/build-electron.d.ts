/** Bundles the Electron main process, the preload and the check worker (see build-electron.js). */
export function buildElectron(options?: { outDir?: string }): Promise<string[]>;
