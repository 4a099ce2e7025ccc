/**
 * Opening `verbatim.json` without ever losing data: parse, migrate, validate record by record; a file that
 * cannot be trusted is copied to a dated backup and the project opens read-only with what could be salvaged.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { SCHEMA_VERSION, type ProjectData } from '../shared/model';
import { migrate } from './migrations';
import { emptyProject, validateProject, type RecordCounts, type ValidationProblem } from './validate-project';

/** How many problems a warning spells out before it says "and N more". */
export const MAX_REPORTED_PROBLEMS = 3;

/** The project as opened. */
export interface LoadedProject {
  data: ProjectData;
  readOnly: boolean;
  warnings: string[];
  /**
   * Each thing wrong with the file, one line each (`annotations[3].target: Required`), for a command that
   * must refuse a project it cannot read in full; empty when the file is sound.
   */
  problems?: string[];
}

/** Options of {@link loadProjectBytes}. */
export interface LoadOptions {
  /** Copy a file that cannot be trusted to a dated backup (default true); a reader that writes nothing needs none. */
  backup?: boolean;
  now?: Date;
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDD-HHMMSS` in local time: the user finds the backup by the time they saw the warning. */
export function backupStamp(date: Date): string {
  return `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Copies `bytes` (the file's original content) to `<file>.broken-YYYYMMDD-HHMMSS.json` beside `file` and
 * returns the backup's path. Never overwrites: a taken name gets `-2`, `-3`, ... If an existing backup already
 * holds exactly these bytes it is reused, so opening the same broken project ten times leaves one backup.
 */
export async function backupBrokenFile(file: string, bytes: Uint8Array, now = new Date()): Promise<string> {
  const dir = dirname(file);
  const prefix = `${basename(file)}.broken-`;
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith(prefix) && name.endsWith('.json') && sameBytes(await readFile(join(dir, name)), bytes)) {
      return join(dir, name);
    }
  }
  const stem = `${prefix}${backupStamp(now)}`;
  for (let n = 1; ; n += 1) {
    const path = join(dir, `${stem}${n === 1 ? '' : `-${n}`}.json`);
    try {
      // 'wx' refuses to overwrite, so two processes backing up at the same second cannot clobber each other.
      await writeFile(path, bytes, { flag: 'wx' });
      return path;
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
  }
}

function describeProblems(problems: readonly ValidationProblem[]): string {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`).join('; ');
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

function describeSetAside(counts: Record<string, RecordCounts>): string {
  const parts = Object.entries(counts)
    .filter(([, c]) => c.setAside > 0)
    .map(([name, c]) => `${c.setAside} of ${c.total} ${name}`);
  return parts.length === 0 ? 'no records were set aside' : `set aside as invalid: ${parts.join(', ')}`;
}

/** Parses the file's bytes as JSON; a BOM (some editors add one) is tolerated. Returns the error text on failure. */
function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; reason: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'it is not UTF-8 text' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `it is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Turns the bytes of an existing `verbatim.json` into a project. Valid file: writable. Written by a newer
 * Verbatim: read-only, no backup (nothing is wrong with it), the records this version understands shown.
 * Anything else (not JSON, bad version, any invalid record): backup, read-only, valid records only.
 */
export async function loadProjectBytes(file: string, bytes: Uint8Array, options: LoadOptions = {}): Promise<LoadedProject> {
  const name = basename(file);
  const parsed = parseJson(bytes);
  const broken = async (reason: string, data: ProjectData, problems: string[]): Promise<LoadedProject> => {
    const kept = options.backup === false ? '' : ` The original is kept as ${basename(await backupBrokenFile(file, bytes, options.now ?? new Date()))};`;
    return {
      data,
      readOnly: true,
      warnings: [`${name} could not be trusted: ${reason}.${kept} The project is open read-only and nothing will be written.`],
      problems,
    };
  };
  if (!parsed.ok) return broken(`${parsed.reason}; nothing could be salvaged`, emptyProject(), [`${name}: ${parsed.reason}`]);
  const migrated = migrate(parsed.value);
  if (migrated.status === 'invalid') return broken(`${migrated.problem}; nothing could be salvaged`, emptyProject(), [`${name}: ${migrated.problem}`]);
  const validated = validateProject(migrated.data);
  const { problems, counts } = validated;
  const lines = problems.map((p) => `${name}: ${p.path}: ${p.message}`);
  if (migrated.status === 'newer') {
    const unread = problems.length > 0 ? ` Records this version cannot read are hidden (${describeSetAside(counts)}).` : '';
    return {
      data: validated.data,
      readOnly: true,
      warnings: [`${name} was written by a newer version of Verbatim (schema ${migrated.from}; this version knows ${SCHEMA_VERSION}). The project is open read-only so that none of its data is lost; update Verbatim to edit it.${unread}`],
      problems: [`${name}: written by a newer version of Verbatim (schema ${migrated.from}; this version knows ${SCHEMA_VERSION})`, ...lines],
    };
  }
  if (problems.length > 0) return broken(`${describeProblems(problems)} (${describeSetAside(counts)})`, validated.data, lines);
  return { data: validated.data, readOnly: false, warnings: [], problems: [] };
}
