import buildRenderer from '../e2e/global-setup';
import { findElectronBinary } from '../../scripts/electron-binary.js';

/**
 * Says up front whether the Electron suite can run (the list reporter shows skipped tests without their
 * reason), and builds the renderer the app window shows when it can.
 */
export default function globalSetup(): void {
  const binary = findElectronBinary();
  if (binary.path === null) {
    console.log(`Electron suite skipped: no Electron binary (${binary.reason}). It is downloaded lazily on first launch; the suite runs where one is installed.`);
    return;
  }
  buildRenderer();
}
