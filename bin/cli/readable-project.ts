import type { ProjectSession } from '../../main/services';
import { UsageError } from './io';

/**
 * Refuses a project whose `verbatim.json` did not read cleanly (invalid records, unknown fields, a newer
 * schema): a command on what was salvaged would answer for another project and exit as if all were well.
 * The error lists one line per problem, each prefixed with `shown` (the folder as the user wrote it).
 */
export function assertReadable(session: ProjectSession, shown: string): void {
  const problems = session.store.problems.map((p) => `${shown}/${p}`);
  if (problems.length > 0) throw projectUnreadable(problems);
}

/** The usage error for a project that cannot be read: one `verbatim:` line per problem. */
export function projectUnreadable(problems: readonly string[]): UsageError {
  return new UsageError(`the project cannot be read:\n${problems.map((p) => `verbatim: ${p}`).join('\n')}`);
}
