/**
 * The on-disk text of `verbatim.json`: stable key order and one record per line inside the record arrays,
 * so that two people's edits to a project kept in git touch different lines and merge cleanly.
 */
import type { ProjectData } from '../shared/model';

/** Top-level keys in the order they are written; any other key follows, sorted. */
const TOP_LEVEL_ORDER = ['schemaVersion', 'settings', 'lexicon', 'documents', 'annotations'];

/** Keys written first inside every object (what a reader scans for), the rest sorted by code unit. */
const LEADING_KEYS = ['id', 'kind', 'type', 'document'];

/** Top-level arrays written one element per line. */
const RECORD_ARRAYS = new Set(['lexicon', 'documents', 'annotations']);

function keyRank(key: string): number {
  const i = LEADING_KEYS.indexOf(key);
  return i === -1 ? LEADING_KEYS.length : i;
}

function orderedKeys(object: Record<string, unknown>, leading: readonly string[] = []): string[] {
  return Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort((a, b) => {
      const la = leading.indexOf(a);
      const lb = leading.indexOf(b);
      if (la !== -1 || lb !== -1) return (la === -1 ? Infinity : la) - (lb === -1 ? Infinity : lb);
      return keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0);
    });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Compact JSON of `value` with object keys in the canonical order (`LEADING_KEYS`, then sorted).
 * We build the text ourselves instead of relying on `JSON.stringify`'s insertion order, because JS puts
 * integer-like keys first whatever order they were inserted in.
 */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJSON(item))).join(',')}]`;
  }
  if (isPlainObject(value)) {
    return `{${orderedKeys(value).map((key) => `${JSON.stringify(key)}:${canonicalJSON(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The text written to `verbatim.json`: top-level keys in a fixed order, each record of `lexicon`,
 * `documents` and `annotations` on its own line in canonical form, a final newline. The same data always
 * gives the same bytes.
 */
export function toProjectJSON(data: ProjectData): string {
  const top = data as unknown as Record<string, unknown>;
  const lines = orderedKeys(top, TOP_LEVEL_ORDER).map((key) => {
    const value = top[key];
    const name = JSON.stringify(key);
    if (RECORD_ARRAYS.has(key) && Array.isArray(value) && value.length > 0) {
      return `  ${name}: [\n${value.map((record) => `    ${canonicalJSON(record)}`).join(',\n')}\n  ]`;
    }
    return `  ${name}: ${canonicalJSON(value)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
