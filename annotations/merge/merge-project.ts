/**
 * The three-way merge of `verbatim.json` behind `verbatim merge` (a git merge driver): records are
 * matched by id (lexicon entries by their variants), and a change made on one side only is taken.
 * When both sides changed one record, their changes are merged field by field (a body field each side
 * changed differently is a true conflict; `modified` takes the later time, tags merge as sets). A true
 * conflict keeps both versions — ours under its id, theirs as a copy with the id `<id>~theirs`, both
 * tagged `merge-conflict` — and is reported. Pure: JSON in, JSON out.
 */
import { canonicalJSON } from '../project-json';

/** The tag put on both versions of an annotation in conflict. */
export const CONFLICT_TAG = 'merge-conflict';
/** Appended to the id of their version of an annotation in conflict. */
export const THEIRS_SUFFIX = '~theirs';

type Json = Record<string, unknown>;

/** One record both sides changed in ways that do not combine. */
export interface MergeConflict {
  /** `annotations`, `documents`, `lexicon` or `settings`. */
  section: string;
  id: string;
  /** The fields (or `deleted`) both sides changed differently. */
  fields: string[];
  /** What was done about it, in words. */
  resolution: string;
}

/** The merged project and what could not be merged cleanly. */
export interface MergeResult {
  merged: Json;
  conflicts: MergeConflict[];
}

/** The merge could not run at all (a side is not a project file, or the schema versions differ). */
export class MergeError extends Error {
  override readonly name = 'MergeError';
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => canonicalJSON(a) === canonicalJSON(b);

/**
 * Merges `ours` and `theirs`, two versions of a project descending from `base` (`null` when the file has
 * no common ancestor). Throws `MergeError` when a side is not a project object or the schema versions differ.
 */
export function mergeProjects(base: unknown, ours: unknown, theirs: unknown): MergeResult {
  const b = base === null ? {} : base;
  for (const [name, side] of [['base', b], ['ours', ours], ['theirs', theirs]] as const) {
    if (!isObject(side)) throw new MergeError(`the ${name} version is not a verbatim.json object`);
  }
  const [B, O, T] = [b as Json, ours as Json, theirs as Json];
  if (O['schemaVersion'] !== T['schemaVersion']) {
    throw new MergeError(`the two sides have different schema versions (${String(O['schemaVersion'])} and ${String(T['schemaVersion'])}); open each in the same Verbatim version first`);
  }
  const conflicts: MergeConflict[] = [];
  const merged: Json = {};
  const keys = new Set([...Object.keys(O), ...Object.keys(T)]);
  for (const key of keys) {
    if (key === 'documents' || key === 'annotations' || key === 'lexicon') {
      merged[key] = mergeRecords(key, arrayOf(B[key]), arrayOf(O[key]), arrayOf(T[key]), conflicts);
    } else if (key === 'settings') {
      merged[key] = mergeFields('settings', 'settings', B[key], O[key], T[key], conflicts, 'ours kept');
    } else {
      const value = pick3(B[key], O[key], T[key]);
      if (value.conflict) conflicts.push({ section: key, id: key, fields: [key], resolution: 'ours kept' });
      if (value.value !== undefined) merged[key] = value.value;
    }
  }
  return { merged, conflicts };
}

function arrayOf(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter(isObject) : [];
}

/** The three-way choice for one value: the side that changed it, or a conflict (ours is returned). */
function pick3(b: unknown, o: unknown, t: unknown): { value: unknown; conflict: boolean } {
  if (same(o, t)) return { value: o, conflict: false };
  if (same(o, b)) return { value: t, conflict: false };
  if (same(t, b)) return { value: o, conflict: false };
  return { value: o, conflict: true };
}

function keyOf(section: string, record: Json): string {
  if (section === 'lexicon') return canonicalJSON((Array.isArray(record['variants']) ? record['variants'] : []).map(String).sort());
  return String(record['id']);
}

function mergeRecords(section: string, base: Json[], ours: Json[], theirs: Json[], conflicts: MergeConflict[]): Json[] {
  const index = (list: Json[]) => new Map(list.map((r) => [keyOf(section, r), r]));
  const [B, O, T] = [index(base), index(ours), index(theirs)];
  const out: Json[] = [];
  const emit = (key: string, o: Json | undefined) => {
    const b = B.get(key);
    const t = T.get(key);
    if (o !== undefined && t !== undefined && same(o, t)) return void out.push(o);
    if (b === undefined) {
      // Added on one side, or on both differently.
      if (o === undefined || t === undefined) return void out.push((o ?? t)!);
      return void out.push(...bothChanged(section, key, b, o, t, conflicts));
    }
    if (o !== undefined && same(o, b)) return t === undefined ? undefined : void out.push(t);
    if (t !== undefined && same(t, b)) return o === undefined ? undefined : void out.push(o);
    if (o === undefined && t === undefined) return undefined;
    if (o === undefined || t === undefined) {
      // Deleted on one side, changed on the other: the change is kept, the deletion reported.
      const kept = (o ?? t)!;
      conflicts.push({ section, id: key, fields: ['deleted'], resolution: `deleted on ${o === undefined ? 'our' : 'their'} side and changed on the other; the changed version was kept` });
      return void out.push(kept);
    }
    out.push(...bothChanged(section, key, b, o, t, conflicts));
  };
  for (const o of ours) emit(keyOf(section, o), o);
  // Records ours lacks: added by theirs, or deleted by ours (kept deleted unless theirs changed them).
  for (const t of theirs) {
    const key = keyOf(section, t);
    if (!O.has(key)) emit(key, undefined);
  }
  return out;
}

/** Both sides changed one record: merge field by field; a true conflict keeps both versions. */
function bothChanged(section: string, key: string, b: Json | undefined, o: Json, t: Json, conflicts: MergeConflict[]): Json[] {
  const fieldConflicts: string[] = [];
  const merged = mergeObject(section, '', b ?? {}, o, t, fieldConflicts);
  if (fieldConflicts.length === 0) return [merged];
  if (section === 'annotations') {
    const tag = (r: Json) => ({ ...r, tags: [...new Set([...(Array.isArray(r['tags']) ? r['tags'].map(String) : []), CONFLICT_TAG])] });
    conflicts.push({ section, id: key, fields: fieldConflicts, resolution: `both versions kept: ours as ${key}, theirs as ${key}${THEIRS_SUFFIX}, both tagged ${CONFLICT_TAG}` });
    return [tag(o), tag({ ...t, id: `${key}${THEIRS_SUFFIX}` })];
  }
  // A document or lexicon entry cannot exist twice under one id; ours stays, theirs is reported.
  conflicts.push({ section, id: key, fields: fieldConflicts, resolution: `ours kept; theirs was ${canonicalJSON(t)}` });
  return [o];
}

/** Documents re-record these when their file is read, so a difference heals itself: ours is taken. */
const SELF_HEALING = new Set(['documents.sha256', 'documents.length']);

function mergeObject(section: string, path: string, b: Json, o: Json, t: Json, fieldConflicts: string[]): Json {
  const out: Json = {};
  for (const key of new Set([...Object.keys(o), ...Object.keys(t)])) {
    const name = path ? `${path}.${key}` : key;
    const [bv, ov, tv] = [b[key], o[key], t[key]];
    if (key === 'modified' && typeof ov === 'string' && typeof tv === 'string') {
      out[key] = ov > tv ? ov : tv;
      continue;
    }
    if (key === 'tags' && Array.isArray(ov) && Array.isArray(tv)) {
      out[key] = mergeSets(Array.isArray(bv) ? bv : [], ov, tv);
      continue;
    }
    const choice = pick3(bv, ov, tv);
    if (!choice.conflict) {
      if (choice.value !== undefined) out[key] = choice.value;
      continue;
    }
    if (isObject(ov) && isObject(tv) && path === '') {
      out[key] = mergeObject(section, name, isObject(bv) ? bv : {}, ov, tv, fieldConflicts);
      continue;
    }
    if (!SELF_HEALING.has(`${section}.${name}`)) fieldConflicts.push(name);
    out[key] = ov;
  }
  return out;
}

function mergeSets(b: unknown[], o: unknown[], t: unknown[]): unknown[] {
  const key = (v: unknown) => canonicalJSON(v);
  const removed = new Set(b.map(key).filter((k) => !o.map(key).includes(k) || !t.map(key).includes(k)));
  const out = new Map<string, unknown>();
  for (const v of [...o, ...t]) if (!removed.has(key(v))) out.set(key(v), v);
  return [...out.values()];
}

function mergeFields(section: string, id: string, b: unknown, o: unknown, t: unknown, conflicts: MergeConflict[], resolution: string): unknown {
  if (!isObject(o) || !isObject(t)) {
    const choice = pick3(b, o, t);
    if (choice.conflict) conflicts.push({ section, id, fields: [id], resolution });
    return choice.value;
  }
  const fields: string[] = [];
  const merged = mergeObject(section, '', isObject(b) ? b : {}, o, t, fields);
  if (fields.length) conflicts.push({ section, id, fields, resolution });
  return merged;
}
