#!/usr/bin/env node
// The `verbatim` command. It runs the build in dist/cli (`npm run build:cli`, made by `npm install`) when
// that build is newer than every source it was made from; otherwise the TypeScript sources through tsx,
// with a note, so a change to the sources is never hidden behind an old build.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'run.js');

/** Why the build cannot be used, or null when it can. */
function staleReason() {
  let builtAt;
  let inputs;
  try {
    builtAt = statSync(built).mtimeMs;
    inputs = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
  } catch {
    return 'there is no build in dist/cli';
  }
  for (const input of inputs) {
    let changedAt;
    try {
      changedAt = statSync(join(root, input)).mtimeMs;
    } catch {
      return `${input} is gone since the build`;
    }
    if (changedAt > builtAt) return `${input} changed since the build`;
  }
  return null;
}

const reason = staleReason();
if (reason === null) {
  await import(built);
} else {
  if (process.env.VERBATIM_QUIET_SOURCES === undefined) {
    process.stderr.write(`verbatim: running from the TypeScript sources (${reason}; npm run build:cli makes start-up fast)\n`);
  }
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./cli/run.ts', import.meta.url);
}
