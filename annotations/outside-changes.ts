/**
 * Changes made to `verbatim.json` from outside this process (a `git pull`, an editor), merged into this
 * process's data by record id instead of being overwritten. Pure functions: a three-way merge of the data
 * as this process last read or wrote it (`base`), as it is on disk now (`disk`) and as this process wants
 * to write it (`ours`).
 */
import type { ProjectData, ProjectSettings } from '../shared/model';
import { canonicalJSON } from './project-json';

/** What changed outside between `base` and `disk`, record by record; applied to any later data. */
export interface OutsideChanges {
  /** Documents and annotations changed or added outside, by id (the disk's record). */
  documents: Map<string, ProjectData['documents'][number] | null>;
  annotations: Map<string, ProjectData['annotations'][number] | null>;
  /** Lexicon entries (which have no id: an entry is its content) added and removed outside. */
  lexiconAdded: ProjectData['lexicon'];
  lexiconRemoved: Set<string>;
  /** Settings fields changed outside, with the disk's value. */
  settings: Partial<ProjectSettings>;
}

/** The outcome of a merge: the changes from outside, or the records both sides changed differently. */
export type MergeOutcome = { ok: true; outside: OutsideChanges } | { ok: false; conflicts: string[] };

const same = (a: unknown, b: unknown): boolean => canonicalJSON(a) === canonicalJSON(b);

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** Records changed from `base` to `disk`; a record changed from `base` to `ours` too, differently, is a conflict. */
function recordChanges<T extends { id: string }>(
  name: string,
  base: readonly T[],
  disk: readonly T[],
  ours: readonly T[],
  conflicts: string[],
): Map<string, T | null> {
  const [b, d, o] = [byId(base), byId(disk), byId(ours)];
  const changes = new Map<string, T | null>();
  for (const id of new Set([...b.keys(), ...d.keys()])) {
    const before = b.get(id) ?? null;
    const outside = d.get(id) ?? null;
    if (same(before, outside)) continue;
    const mine = o.get(id) ?? null;
    // Ours untouched (or already the same as outside): take the outside version; else both changed it.
    if (same(before, mine) || same(mine, outside)) changes.set(id, outside);
    else conflicts.push(`${name} "${id}"`);
  }
  return changes;
}

/**
 * The changes from outside (`base` → `disk`), provided none of them touches a record, lexicon entry or
 * setting that this process changed differently (`base` → `ours`); otherwise the conflicting items, named.
 */
export function outsideChanges(base: ProjectData, disk: ProjectData, ours: ProjectData): MergeOutcome {
  const conflicts: string[] = [];
  const documents = recordChanges('document', base.documents, disk.documents, ours.documents, conflicts);
  const annotations = recordChanges('annotation', base.annotations, disk.annotations, ours.annotations, conflicts);
  const key = (entry: unknown) => canonicalJSON(entry);
  const [baseLex, diskLex] = [new Set(base.lexicon.map(key)), new Set(disk.lexicon.map(key))];
  const lexiconAdded = disk.lexicon.filter((e) => !baseLex.has(key(e)));
  const lexiconRemoved = new Set([...baseLex].filter((k) => !diskLex.has(k)));
  const settings: Partial<ProjectSettings> = {};
  for (const field of Object.keys({ ...base.settings, ...disk.settings }) as (keyof ProjectSettings)[]) {
    if (same(base.settings[field], disk.settings[field])) continue;
    if (same(base.settings[field], ours.settings[field]) || same(ours.settings[field], disk.settings[field])) {
      Object.assign(settings, { [field]: disk.settings[field] });
    } else {
      conflicts.push(`setting "${field}"`);
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, outside: { documents, annotations, lexiconAdded, lexiconRemoved, settings } };
}

function applyRecords<T extends { id: string }>(records: readonly T[], changes: ReadonlyMap<string, T | null>): T[] {
  if (changes.size === 0) return [...records];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const record of records) {
    seen.add(record.id);
    const change = changes.get(record.id);
    if (change === undefined) out.push(record);
    else if (change !== null) out.push(change);
  }
  // Records added outside come after ours, in the order the disk has them.
  for (const [id, change] of changes) if (change !== null && !seen.has(id)) out.push(change);
  return out;
}

/** `data` with the outside changes applied (records replaced, added or removed by id). */
export function applyOutsideChanges(data: ProjectData, outside: OutsideChanges): ProjectData {
  const lexicon = data.lexicon.filter((e) => !outside.lexiconRemoved.has(canonicalJSON(e)));
  const present = new Set(lexicon.map((e) => canonicalJSON(e)));
  for (const entry of outside.lexiconAdded) if (!present.has(canonicalJSON(entry))) lexicon.push(entry);
  return {
    ...data,
    documents: applyRecords(data.documents, outside.documents),
    annotations: applyRecords(data.annotations, outside.annotations),
    lexicon,
    settings: { ...data.settings, ...outside.settings },
  };
}
