#!/usr/bin/env node
// The `verbatim` command. The CLI is TypeScript like the rest of Verbatim; tsx loads it in-process, so
// `npx verbatim ...` works right after `npm install` with no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
