import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

/**
 * Builds the renderer before the suite, so `playwright test` run on its own never tests a stale bundle.
 * `VERBATIM_E2E_NO_BUILD=1` skips the build when the caller has just built (as `npm run test:e2e` does).
 */
export default function globalSetup(): void {
  if (process.env['VERBATIM_E2E_NO_BUILD'] === '1' && existsSync(join(ROOT, 'dist', 'renderer', 'index.html'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
