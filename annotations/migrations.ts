/**
 * Schema versions of `verbatim.json` and the pure functions that lift a file from one version to the next.
 * A migration takes the parsed JSON of version n and returns the JSON of version n + 1; it never touches the
 * disk and never throws on odd input (validation afterwards decides what is usable).
 */
import { SCHEMA_VERSION } from '../shared/model';

/** A parsed JSON object; migrations work on raw JSON because old files do not fit today's types. */
export type JsonObject = Record<string, unknown>;

/** Lifts a file of version `from` to version `from + 1`. */
export type Migration = (data: JsonObject) => JsonObject;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * v0 → v1. Version 0 is a hand-written file with no `schemaVersion`: just `{ documents, annotations }`.
 * People writing such files by hand leave out what a machine fills in, so we fill what can be derived
 * without guessing: missing arrays become empty, an annotation's `target.source` defaults to its document,
 * `modified` defaults to `created`, `creator` to the project's creator (or `local-user`). Anything else
 * that is missing stays missing and validation sets that record aside.
 */
export function migrateV0toV1(data: JsonObject): JsonObject {
  const settings = isObject(data['settings']) ? data['settings'] : {};
  const creator = typeof settings['creator'] === 'string' && settings['creator'] !== '' ? settings['creator'] : 'local-user';
  const annotations = Array.isArray(data['annotations']) ? data['annotations'].map((a) => fillAnnotationV0(a, creator)) : [];
  return {
    ...data,
    schemaVersion: 1,
    documents: Array.isArray(data['documents']) ? data['documents'] : [],
    annotations,
  };
}

function fillAnnotationV0(record: unknown, creator: string): unknown {
  if (!isObject(record)) return record;
  const filled: JsonObject = { ...record };
  if (filled['creator'] === undefined) filled['creator'] = creator;
  if (filled['modified'] === undefined && typeof filled['created'] === 'string') filled['modified'] = filled['created'];
  const target = filled['target'];
  if (isObject(target) && target['source'] === undefined && typeof filled['document'] === 'string') {
    filled['target'] = { ...target, source: filled['document'] };
  }
  return filled;
}

/** `MIGRATIONS[n]` lifts version n to n + 1. There must be one entry for every n below `SCHEMA_VERSION`. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: migrateV0toV1,
};

/** What `migrate` made of a parsed file. */
export type MigrationResult =
  /** `data` is at `SCHEMA_VERSION` (possibly lifted from `from`). */
  | { status: 'current'; from: number; data: JsonObject }
  /** Written by a newer Verbatim; `data` is untouched and must not be written back. */
  | { status: 'newer'; from: number; data: JsonObject }
  /** Not an object, or `schemaVersion` is not a non-negative integer; `problem` says which. */
  | { status: 'invalid'; problem: string };

/**
 * The schema version of a parsed file: `schemaVersion` when it is a non-negative integer, 0 when the key is
 * absent from a hand-written file (which has `documents` or `annotations`), `null` when the file is not an
 * object, has none of these keys (`{}` is no project: reading it as an empty one would hide the mistake),
 * or the version is nonsense.
 */
export function schemaVersionOf(data: unknown): number | null {
  if (!isObject(data)) return null;
  const version = data['schemaVersion'];
  if (version === undefined) return 'documents' in data || 'annotations' in data ? 0 : null;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/** Lifts parsed `verbatim.json` content to `SCHEMA_VERSION`, step by step. Pure; never throws. */
export function migrate(data: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target = SCHEMA_VERSION): MigrationResult {
  const from = schemaVersionOf(data);
  if (from === null || !isObject(data)) {
    const problem = !isObject(data)
      ? '(root): expected a JSON object'
      : data['schemaVersion'] === undefined
        ? '(root): not a Verbatim project (no schemaVersion, documents or annotations)'
        : 'schemaVersion: expected a non-negative integer';
    return { status: 'invalid', problem };
  }
  if (from > target) return { status: 'newer', from, data };
  let current = data;
  for (let version = from; version < target; version += 1) {
    const step = migrations[version];
    if (step === undefined) return { status: 'invalid', problem: `schemaVersion: no migration from version ${version}` };
    current = step(current);
  }
  return { status: 'current', from, data: current };
}
