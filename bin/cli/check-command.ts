import { isAbsolute, relative, sep } from 'node:path';
import { atLeast, type Report, type Severity } from '../../shared/model';
import type { Progress } from '../../shared/engine/types';
import { check } from '../../shared/engine';
import { DocumentNotFoundError, DocumentRefusedError } from '../../annotations';
import { loadDocumentsFromPaths, openProject, type ProjectSession } from '../../main/services';
import { formatReport } from './format-report';
import { colourAllowed, EXIT, UsageError, type CliIo } from './io';
import { resolveCheckTarget } from './load-inputs';
import { DEFAULT_SCOPE, SCOPE_KINDS, type Scope } from './scope';
import { projectUnreadable } from './readable-project';

export interface CheckCommandOptions {
  inputs: readonly string[];
  json: boolean;
  /** Given explicitly: the threshold for the exit code and the least severity listed. */
  minSeverity: Severity | undefined;
  /** Given explicitly: the clusters listed and counted (default {@link DEFAULT_SCOPE}; the JSON report holds every cluster unless this is given). */
  scope: Scope | undefined;
}

/** How often a terminal progress line may be redrawn. */
const PROGRESS_INTERVAL_MS = 200;

/** `verbatim check`: prints the report and returns 1 when a discrepancy reaches the threshold. */
export async function runCheckCommand(options: CheckCommandOptions, io: CliIo): Promise<number> {
  const target = await resolveCheckTarget(options.inputs, io.cwd);
  const onProgress = progressPrinter(io);
  let report: Report;
  let texts: Map<string, string>;
  let threshold: Severity;
  if (target.kind === 'project') {
    // Only reading: no lock (a host may be writing the project meanwhile), no backup, nothing written.
    const session = await openProject(target.dir, { access: 'read' }).catch((error: unknown) => {
      throw new UsageError(`${target.dir}: ${error instanceof Error ? error.message : String(error)}`);
    });
    try {
      texts = await readableProject(session, displayPath(io.cwd, target.dir));
      threshold = options.minSeverity ?? session.store.data().settings.threshold;
      report = await session.check({ minSeverity: threshold, onProgress });
    } finally {
      await session.close();
    }
  } else {
    const { documents, refused } = await loadDocumentsFromPaths(target.paths);
    if (refused.length > 0) {
      throw new UsageError(refused.map((r) => `${r.name}: ${r.reason}`).join('\nverbatim: '));
    }
    threshold = options.minSeverity ?? 'major';
    // Report paths as the user would type them: relative to where the command runs.
    const shown = documents.map((d) => ({ ...d, path: displayPath(io.cwd, d.path) }));
    report = check({ documents: shown, threshold }, { onProgress });
    texts = new Map(documents.map((d) => [d.id, d.text]));
  }
  onProgress.done();
  const scope = options.scope ?? DEFAULT_SCOPE;
  const scoped = inScope(report, scope);
  const listed = options.minSeverity ? onlyAtLeast(options.json && options.scope === undefined ? report : scoped, options.minSeverity) : options.json && options.scope === undefined ? report : scoped;
  if (options.json) io.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
  else io.stdout.write(formatReport(listed, options.minSeverity ?? threshold, colourAllowed(io.stdout, io.env), texts, { scope, outside: outsideScope(report, scoped, threshold) }));
  return scoped.discrepancies.some((x) => atLeast(x.severity, threshold)) ? EXIT.discrepancies : EXIT.ok;
}

/** The report with only the clusters `scope` covers, and their discrepancies (claims keep only those ids). */
export function inScope(report: Report, scope: Scope): Report {
  const kinds = SCOPE_KINDS[scope];
  const clusters = report.clusters.filter((c) => kinds.includes(c.kind));
  if (clusters.length === report.clusters.length) return report;
  const ids = new Set(clusters.map((c) => c.id));
  const discrepancies = report.discrepancies.filter((x) => ids.has(x.cluster));
  const kept = new Set(discrepancies.map((x) => x.id));
  return { ...report, clusters, discrepancies, claims: report.claims.map((c) => ({ ...c, discrepancies: c.discrepancies.filter((id) => kept.has(id)) })) };
}

/** What a scope leaves out, for the readable report's last line: clusters, and discrepancies at the threshold. */
function outsideScope(report: Report, scoped: Report, threshold: Severity): { clusters: number; serious: number } {
  const serious = (r: Report) => r.discrepancies.filter((x) => atLeast(x.severity, threshold)).length;
  return { clusters: report.clusters.length - scoped.clusters.length, serious: serious(report) - serious(scoped) };
}

/**
 * Every document's text, or a `UsageError` with one line per problem when the project cannot be read in
 * full: a `verbatim.json` with invalid records (a check of what was salvaged would be a check of another
 * project), a document whose file is missing, unreadable or leads outside the folder.
 */
async function readableProject(session: ProjectSession, shown: string): Promise<Map<string, string>> {
  const problems = session.store.problems.map((p) => `${shown}/${p}`);
  const texts = new Map<string, string>();
  for (const record of session.store.documents()) {
    try {
      texts.set(record.id, await session.store.readText(record.id));
    } catch (error) {
      problems.push(`${shown}: document "${record.id}" (${record.path}): ${describeReadFailure(error)}`);
    }
  }
  if (problems.length > 0) throw projectUnreadable(problems);
  return texts;
}

/** Why a document could not be read, in one line and without the absolute path the error may carry. */
function describeReadFailure(error: unknown): string {
  if (error instanceof DocumentRefusedError) return error.reason;
  if (error instanceof DocumentNotFoundError) return 'its file is missing from the project folder';
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `cannot be read (${code})` : 'cannot be read';
}

/** The report with only the discrepancies at or above `min` (claims keep only those ids). */
function onlyAtLeast(report: Report, min: Severity): Report {
  const discrepancies = report.discrepancies.filter((x) => atLeast(x.severity, min));
  const kept = new Set(discrepancies.map((x) => x.id));
  return {
    ...report,
    discrepancies,
    claims: report.claims.map((c) => ({ ...c, discrepancies: c.discrepancies.filter((id) => kept.has(id)) })),
  };
}

/** Progress on stderr, redrawn in place, only when stderr is a terminal (scripts get clean output). */
function progressPrinter(io: CliIo): ((p: Progress) => void) & { done(): void } {
  let last = 0;
  let drawn = false;
  const print = (p: Progress) => {
    if (!io.stderr.isTTY) return;
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS && p.done !== p.total) return;
    last = now;
    drawn = true;
    io.stderr.write(`\r\x1b[K${p.stage} ${p.done}/${p.total}`);
  };
  return Object.assign(print, {
    done() {
      if (drawn) io.stderr.write('\r\x1b[K');
    },
  });
}


/** `path` relative to `cwd` with `/` separators, or as it is when it lies elsewhere on another drive. */
function displayPath(cwd: string, path: string): string {
  if (!isAbsolute(path)) return path;
  // Shorter relative to the working folder only when it lies inside it; `../../..` is harder to read.
  const rel = relative(cwd, path);
  return isAbsolute(rel) || rel === '..' || rel.startsWith(`..${sep}`) ? path : rel.split(sep).join('/');
}
