// The command line as a process: the entry the built CLI (dist/cli/run.js) and the development fallback share.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
