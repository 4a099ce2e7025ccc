import { main } from '../../../bin/cli/main';

/** Runs the CLI in-process with captured output. */
export async function runCli(args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}
