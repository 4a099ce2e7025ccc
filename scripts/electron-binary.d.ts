/** Result of looking for the Electron executable (see electron-binary.js). */
export interface ElectronBinaryLookup {
  /** Absolute path of the executable, or `null` when no binary is installed. */
  path: string | null;
  /** One line: where the binary was found, or what is missing. */
  reason: string;
}

/** Where the Electron executable is, or why there is none. Never downloads, never loads the electron package. */
export function findElectronBinary(): ElectronBinaryLookup;

/** The Electron executable's absolute path, or `null` when no binary is installed. Never downloads. */
export function electronBinaryPath(): string | null;
