/**
 * Record-by-record validation of a (migrated) `verbatim.json`: every record loaded from disk is checked,
 * and a bad one is set aside with the reason rather than failing the whole project.
 */
import type { z } from 'zod';
import { Annotation, DocumentRecord, LexiconEntry, MAX_LEXICON_ENTRIES, ProjectData, ProjectSettings, SCHEMA_VERSION } from '../shared/model';
import type { JsonObject } from './migrations';

/** One problem found in the file, with the JSON path of the value at fault (`annotations[3].target: ...`). */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** How many records of each array were read and how many of them were set aside. */
export interface RecordCounts {
  total: number;
  setAside: number;
}

/** The usable part of the file, and what was wrong with the rest. */
export interface ValidationResult {
  /** Valid records only; always passes `ProjectData`. */
  data: ProjectData;
  problems: ValidationProblem[];
  counts: { documents: RecordCounts; annotations: RecordCounts; lexicon: RecordCounts };
}

/** Formats a zod issue path as JSON-path-like text: `annotations[3].target.selector[0].end`. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), prefix);
}

/**
 * True when `path` is a safe project-relative path: `/`-separated, not absolute (POSIX, drive letter or UNC),
 * no `..`, `.` or empty segment, no backslash or NUL. Such a path cannot leave the project folder by itself
 * (symbolic links are checked separately when the file is read).
 */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || /[\\\0]/.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

type Check<T> = (record: T, seen: Set<string>) => ValidationProblem | null;

function validateArray<T>(
  name: string,
  value: unknown,
  schema: z.ZodType<T>,
  check: Check<T>,
  problems: ValidationProblem[],
  max = Infinity,
): { kept: T[]; counts: RecordCounts } {
  if (value === undefined) return { kept: [], counts: { total: 0, setAside: 0 } };
  if (!Array.isArray(value)) {
    problems.push({ path: name, message: 'expected an array' });
    return { kept: [], counts: { total: 1, setAside: 1 } };
  }
  const kept: T[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const prefix = `${name}[${index}]`;
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ path: formatPath(prefix, issue.path), message: issue.message });
      return;
    }
    const problem = check(parsed.data, seen);
    if (problem !== null) {
      problems.push({ path: `${prefix}${problem.path}`, message: problem.message });
      return;
    }
    if (kept.length >= max) {
      problems.push({ path: prefix, message: `${name} holds at most ${max} entries` });
      return;
    }
    kept.push(parsed.data);
  });
  return { kept, counts: { total: value.length, setAside: value.length - kept.length } };
}

const uniqueId = <T extends { id: string }>(record: T, seen: Set<string>): ValidationProblem | null => {
  if (seen.has(record.id)) return { path: '.id', message: `duplicate id "${record.id}"` };
  seen.add(record.id);
  return null;
};

const checkDocument: Check<DocumentRecord> = (record, seen) => {
  if (!isSafeRelativePath(record.path)) return { path: '.path', message: `"${record.path}" is not a path inside the project folder` };
  if (record.original !== undefined && !isSafeRelativePath(record.original)) return { path: '.original', message: `"${record.original}" is not a path inside the project folder` };
  return uniqueId(record, seen);
};

const noCheck = (): null => null;

/** The top-level fields of `verbatim.json`. */
const PROJECT_FIELDS: ReadonlySet<string> = new Set(Object.keys(ProjectData.shape));

/**
 * Validates `raw` (already migrated to `SCHEMA_VERSION`) record by record: documents (schema, safe path,
 * unique id), annotations (schema, unique id), lexicon entries and settings, and no field this version
 * does not know. Invalid records are left out of `data` and described in `problems`; invalid settings fall
 * back to the defaults.
 */
export function validateProject(raw: JsonObject): ValidationResult {
  const problems: ValidationProblem[] = [];
  // A field this version does not know would be dropped on the next write: say so instead.
  for (const key of Object.keys(raw)) if (!PROJECT_FIELDS.has(key)) problems.push({ path: key, message: 'unknown field (this version of Verbatim would not keep it)' });
  const documents = validateArray('documents', raw['documents'], DocumentRecord, checkDocument, problems);
  const annotations = validateArray('annotations', raw['annotations'], Annotation, uniqueId, problems);
  const lexicon = validateArray('lexicon', raw['lexicon'], LexiconEntry, noCheck, problems, MAX_LEXICON_ENTRIES);
  const settings = ProjectSettings.safeParse(raw['settings'] ?? {});
  if (!settings.success) {
    for (const issue of settings.error.issues) problems.push({ path: formatPath('settings', issue.path), message: issue.message });
  }
  const data = ProjectData.parse({
    schemaVersion: SCHEMA_VERSION,
    documents: documents.kept,
    annotations: annotations.kept,
    lexicon: lexicon.kept,
    settings: settings.success ? settings.data : {},
  });
  return { data, problems, counts: { documents: documents.counts, annotations: annotations.counts, lexicon: lexicon.counts } };
}

/** An empty project at the current schema version, with default settings. */
export function emptyProject(): ProjectData {
  return ProjectData.parse({ schemaVersion: SCHEMA_VERSION });
}
