/** Where a command writes and what it knows of its surroundings; tests pass fakes. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes of every command: 0 clean, 1 discrepancies at or above the threshold, 2 bad usage or input. */
export const EXIT = { ok: 0, discrepancies: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user caused (bad flag, unreadable file): printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** True when ANSI colour may be used on this stream (a terminal, and NO_COLOR unset). */
export function colourAllowed(stream: { isTTY?: boolean }, env: CliIo['env']): boolean {
  return Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}
