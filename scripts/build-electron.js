// Bundles the Electron main process and the preload with esbuild: `npm run build:electron`.
//
// Both come out as CommonJS (.cjs, since package.json says "type": "module"): Electron loads a CJS main
// without flags, and a sandboxed preload cannot load ES modules or `require` anything but `electron` and
// a few built-ins, so it must be one self-contained file. `electron` stays external (the runtime provides
// it); everything else (shared/, main/services, annotations/, zod, lowdb, ...) is bundled, so the packaged
// app needs no node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';
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

/** The default output folder, relative to the repository root. */
const DEFAULT_OUT_DIR = 'dist/electron';

/**
 * For the main bundle only (the sandboxed preload may require almost nothing, and the check worker never
 * loads pdf.js): pdf.js (PDF import) finds its Node helpers with createRequire(import.meta.url), so the
 * CommonJS bundle gets the URL of its own file.
 */
const mainOnly = {
  define: { 'import.meta.url': '__verbatimImportMetaUrl' },
  banner: { js: "const __verbatimImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * The bundles: entry in the source tree, file name in the output folder, options of that bundle alone. The
 * check worker is a bundle of its own because a worker thread starts from a file
 * (main/services/check-runner.ts).
 */
const bundles = [
  { entry: 'main/electron/main.ts', out: 'main.cjs', extra: mainOnly },
  { entry: 'main/electron/preload.ts', out: 'preload.cjs', extra: {} },
  { entry: 'main/services/check-worker.ts', out: 'check-worker.cjs', extra: {} },
];

/**
 * The method names of the API contract (`Object.keys(API)` of shared/api/contract.ts), read from the
 * contract itself: esbuild bundles it in memory and Node imports the result. The preload gets them as a
 * constant, so its list is derived from the contract, never copied by hand.
 * @returns {Promise<string[]>}
 */
export async function contractMethods() {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'shared', 'api', 'contract.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return Object.keys(module.API);
}

/**
 * Builds every bundle into `outDir` (default dist/electron; tests build into a temp folder); rejects (and
 * the process exits non-zero) on any esbuild error.
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<string[]>} the output paths (relative to the repository root when `outDir` is).
 */
export async function buildElectron(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const define = { __VERBATIM_API_METHODS__: JSON.stringify(await contractMethods()) };
  await Promise.all(
    bundles.map(({ entry, out, extra }) =>
      build({
        ...common,
        ...extra,
        define: { ...define, ...extra.define },
        entryPoints: [join(root, entry)],
        outfile: resolve(root, outDir, out),
      }),
    ),
  );
  return bundles.map(({ out }) => join(outDir, out));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    for (const out of await buildElectron()) {
      const size = statSync(resolve(root, out)).size;
      console.log(`built ${relative(process.cwd(), resolve(root, out)) || out} (${Math.round(size / 1024)} KiB)`);
    }
  } catch (error) {
    // esbuild has already printed the errors with their locations.
    console.error(`build-electron failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
