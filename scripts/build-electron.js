// Bundles the Electron main process and the preload with esbuild: `npm run build:electron`.
//
// Both come out as CommonJS (.cjs, since package.json says "type": "module"): Electron loads a CJS main
// without flags, and a sandboxed preload cannot load ES modules or `require` anything but `electron` and
// a few built-ins, so it must be one self-contained file. `electron` stays external (the runtime provides
// it); everything else (shared/, main/services, annotations/, zod, lowdb, ...) is bundled, so the packaged
// app needs no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { statSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Options both bundles share. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22 and Chromium 140.
  target: 'node22',
  // playwright-core drives a separate Chromium for PDFs outside the app; the app prints with Electron itself
  // (main/electron/print-to-pdf.ts) and never loads it.
  external: ['electron', 'playwright-core'],
  sourcemap: 'linked',
  logLevel: 'warning',
  logOverride: {
    // main/services reads `import.meta.url` only to find main/sample; a CJS bundle has no import.meta, so the
    // Electron shell passes the sample folder explicitly (main/electron/main.ts) and the warning is moot.
    'empty-import-meta': 'silent',
  },
};

/**
 * For the main bundle only (the sandboxed preload may require almost nothing): pdf.js (PDF import) finds
 * its Node helpers with createRequire(import.meta.url), so the CommonJS bundle gets the URL of its own file.
 */
const mainOnly = {
  define: { 'import.meta.url': '__verbatimImportMetaUrl' },
  banner: { js: "const __verbatimImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** The two bundles: entry in the source tree, output in dist/electron. */
const bundles = [
  { entry: 'main/electron/main.ts', out: 'dist/electron/main.cjs', extra: mainOnly },
  { entry: 'main/electron/preload.ts', out: 'dist/electron/preload.cjs', extra: {} },
];

/**
 * Builds both bundles; rejects (and the process exits non-zero) on any esbuild error.
 * @returns the output paths, relative to the repository root.
 */
export async function buildElectron() {
  await Promise.all(
    bundles.map(({ entry, out, extra }) =>
      build({ ...common, ...extra, entryPoints: [join(root, entry)], outfile: join(root, out) }),
    ),
  );
  return bundles.map(({ out }) => out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    for (const out of await buildElectron()) {
      const size = statSync(join(root, out)).size;
      console.log(`built ${relative(process.cwd(), join(root, out)) || out} (${Math.round(size / 1024)} KiB)`);
    }
  } catch (error) {
    // esbuild has already printed the errors with their locations.
    console.error(`build-electron failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
