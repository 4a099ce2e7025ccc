// `npm run serve`: browser mode from the command line (run with tsx). Prints the URL to open, serves until
// Ctrl+C (SIGINT) or SIGTERM, then flushes the project and exits.
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureSampleProject, openProject, type ProjectSession } from '../services';
import { startWebHost, type WebHost } from './web-host';

/** The repository root (two levels above this file), where `dist/renderer` is built. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const SERVE_USAGE = `Usage: npm run serve -- [--project <folder>] [--port <n>] [--token <t>] [--static <folder>]
  --project  the project folder (default: the sample project, copied into $VERBATIM_HOME or ~/.verbatim)
  --port     the port on 127.0.0.1 (default 0: any free port)
  --token    the per-run token (default: random)
  --static   the built renderer (default: dist/renderer)
`;

/** Where a run writes and what it knows of its surroundings; tests pass fakes. */
export interface ServeIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env: Record<string, string | undefined>;
}

/** A started browser mode: the host and the session it serves; `stop` closes both. */
export interface Serving {
  host: WebHost;
  session: ProjectSession;
  stop(): Promise<void>;
}

/** A usage or start-up failure, printed as one line; the process exits with code 2. */
export class ServeError extends Error {
  override readonly name = 'ServeError';
}

/**
 * Parses the flags, opens the project and starts the host, printing
 * `Verbatim browser mode: http://127.0.0.1:PORT/?token=TOKEN` and how to stop it. Throws `ServeError`.
 */
export async function serve(argv: readonly string[], io: ServeIo): Promise<Serving> {
  const flags = parseFlags(argv);
  const dir = flags.project ?? (await ensureSampleProject(verbatimHome(io.env)).catch((error: unknown) => {
    throw new ServeError(`cannot prepare the sample project in ${verbatimHome(io.env)}: ${error instanceof Error ? error.message : String(error)}`);
  }));
  const session = await openProject(dir, { label: 'browser mode' }).catch((error: unknown) => {
    throw new ServeError(`cannot open project ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  });
  for (const warning of session.store.warnings) io.stderr.write(`verbatim serve: warning: ${warning}\n`);
  let host: WebHost;
  try {
    host = await startWebHost({ session, port: flags.port, ...(flags.token && { token: flags.token }), staticDir: flags.staticDir });
  } catch (error) {
    await session.close();
    throw new ServeError(`cannot listen on 127.0.0.1:${flags.port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stdout.write(`Verbatim browser mode: ${host.url}\n`);
  io.stdout.write('Serving until Ctrl+C stops it.\n');
  let stopping: Promise<void> | undefined;
  return {
    host,
    session,
    stop() {
      stopping ??= host.close().then(() => session.close());
      return stopping;
    },
  };
}

/** `$VERBATIM_HOME`, or `~/.verbatim`: where the sample project is copied on first use. */
export function verbatimHome(env: Record<string, string | undefined>): string {
  return env.VERBATIM_HOME ? resolve(env.VERBATIM_HOME) : join(homedir(), '.verbatim');
}

function parseFlags(argv: readonly string[]): { project?: string; port: number; token?: string; staticDir: string } {
  let values: { project?: string; port?: string; token?: string; static?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { project: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' }, static: { type: 'string' } },
    }));
  } catch (error) {
    throw new ServeError(`${error instanceof Error ? error.message : String(error)}\n${SERVE_USAGE}`);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new ServeError(`--port must be a number 0..65535 (got "${values.port}")`);
  if (values.token !== undefined && !/^[\x21-\x7e]+$/.test(values.token)) throw new ServeError('--token must be printable ASCII without spaces');
  return {
    ...(values.project !== undefined && { project: resolve(values.project) }),
    port,
    ...(values.token !== undefined && { token: values.token }),
    staticDir: resolve(values.static ?? join(ROOT, 'dist', 'renderer')),
  };
}

async function runFromCommandLine(): Promise<void> {
  const io: ServeIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };
  let serving: Serving;
  try {
    serving = await serve(process.argv.slice(2), io);
  } catch (error) {
    process.stderr.write(`verbatim serve: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
    return;
  }
  const shutdown = () => {
    serving.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`verbatim serve: error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

// Run only when executed (`tsx main/web/cli.ts`), not when a test imports `serve`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void runFromCommandLine();
