/** Bundles the Electron main process, the preload and the check worker (see build-electron.js). */
export function buildElectron(options?: { outDir?: string }): Promise<string[]>;

/** The method names of the API contract, read from shared/api/contract.ts. */
export function contractMethods(): Promise<string[]>;
