import { defineConfig } from '@playwright/test';

/**
 * The Electron suite: Playwright's `_electron` launches the real app (dist/electron/main.cjs, built by
 * `npm run test:electron`) when an Electron binary is installed, and skips with the reason when it is not (see
 * electron.spec.ts). No webServer: the app serves its own renderer on app://verbatim.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The app window shows the built renderer: build it first, as the browser suite does.
  globalSetup: './global-setup.ts',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  // One app at a time: each launch takes the single-instance lock of its own user-data folder, and two
  // Electron windows fighting for focus make mouse selection flaky.
  workers: 1,
  retries: 0,
  reporter: 'list',
  // Launching Electron and compiling nothing: generous bounds, not sleeps.
  timeout: 90_000,
  expect: { timeout: 15_000 },
});
