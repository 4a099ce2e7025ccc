// Builds the command line into dist/cli with esbuild: `npm run build:cli`, run by `npm install` (prepare).
//
// `bin/verbatim.js` runs the build when it is there and no source it was built from has changed since;
// otherwise it runs the TypeScript sources through tsx, which costs about a second at every start. The
// build is ES modules split per command, so `verbatim --help` loads the argument parser and nothing else;
// npm packages stay external (resolved from node_modules, as the sources resolve them).
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder of the build, relative to the repository root (bin/verbatim.js reads the same path). */
export const CLI_OUT_DIR = join('dist', 'cli');

/**
 * Builds dist/cli/run.js and its chunks, and dist/cli/inputs.json: the source files the build was made
 * from (repository-relative), which bin/verbatim.js compares with the build's time.
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ outDir: string, inputs: string[] }>}
 */
export async function buildCli(options = {}) {
  const outDir = options.outDir ?? join(root, CLI_OUT_DIR);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: { run: join(root, 'bin', 'cli', 'run.ts') },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => relative(root, join(process.cwd(), p)))
    .filter((p) => !p.startsWith('..') && !p.startsWith('node_modules'))
    .sort();
  await writeFile(join(outDir, 'inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
  return { outDir, inputs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { outDir, inputs } = await buildCli();
    console.log(`built ${relative(process.cwd(), join(outDir, 'run.js')) || outDir} from ${inputs.length} source files`);
  } catch (error) {
    // esbuild has already printed the errors with their locations.
    console.error(`build-cli failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
