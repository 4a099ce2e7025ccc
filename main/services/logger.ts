/**
 * The main side's error log. Clients see only an error's code and message (`Result`); the full cause, with
 * its stack, is written here so a bug report can include it.
 */

/** Where log lines go; replaceable so tests can capture or silence them. */
export type LogSink = (line: string) => void;

/**
 * The default: one line per entry on stderr (the context and the error's message), so no stack trace
 * reaches a terminal a user reads; `VERBATIM_DEBUG=1` writes the whole cause chain with its stacks.
 */
const stderrSink: LogSink = (line) => {
  process.stderr.write(process.env.VERBATIM_DEBUG ? line : `${line.split('\n')[0]}\n`);
};

// Under vitest the expected failures that tests provoke would print stacks between test names; tests that
// care about the log install their own sink with `setLogSink`.
let sink: LogSink = process.env.VITEST ? () => {} : stderrSink;

/** Replaces the log sink and returns the previous one (pass it back to restore). */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/** Logs `error` with its full cause chain under a short context (a request name, a file). */
export function logError(context: string, error: unknown): void {
  sink(`[verbatim] ${new Date().toISOString()} ${context}: ${describeCause(error)}\n`);
}

/** The stack of an error and of each `cause` below it, or the value itself. */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  // A cause chain may loop; five levels is more than any real chain in this code base.
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join('\ncaused by: ');
}
