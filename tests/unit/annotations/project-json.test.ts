import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { canonicalJSON, toProjectJSON } from '../../../annotations';
import { ProjectData, targetFor, type Annotation } from '../../../shared/model';

const text = 'The council said the bridge reopened on Monday after nine weeks of repairs.';

function quote(id: string, start: number, end: number): Annotation {
  return {
    id, kind: 'quote', document: 'd1', target: targetFor('d1', text, start, end), creator: 'ed',
    created: '2024-01-02T03:04:05.000Z', modified: '2024-01-02T03:04:05.000Z', tags: [],
    body: { attribution: { outlet: 'The Ledger', date: '1992-03' }, translated: false },
  };
}

const base = ProjectData.parse({
  schemaVersion: 1,
  documents: [{ id: 'd1', path: 'one.txt', title: 'One', sha256: 'a'.repeat(64), length: text.length, added: '2024-01-01T00:00:00.000Z' }],
  annotations: [quote('q1', 4, 11), quote('q2', 21, 27)],
});

/** A deep copy with every object's keys inserted in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

describe('toProjectJSON', () => {
  it('is valid JSON that round-trips to the same data', () => {
    expect(ProjectData.parse(JSON.parse(toProjectJSON(base)))).toEqual(base);
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    const reversed = reverseKeys(base) as ProjectData;
    expect(Object.keys(reversed)[0]).toBe('settings');
    expect(toProjectJSON(reversed)).toBe(toProjectJSON(base));
  });

  it('writes one record per line inside documents and annotations', () => {
    const lines = toProjectJSON(base).split('\n');
    const ids = lines.filter((line) => /^ {4}\{"id":/.test(line)).map((line) => (JSON.parse(line.replace(/,$/, '')) as { id: string }).id);
    expect(ids).toEqual(['d1', 'q1', 'q2']);
  });

  it('changes only the lines of the records that changed', () => {
    const edited = { ...base, annotations: [{ ...base.annotations[0]!, tags: ['checked'] }, base.annotations[1]!] };
    const changes = diffLines(toProjectJSON(base), toProjectJSON(edited)).filter((part) => part.added || part.removed);
    expect(changes.map((c) => c.count)).toEqual([1, 1]);
    expect(changes[1]!.value).toContain('"id":"q1"');
  });

  it('adds a record as one new line (plus the comma on the line before)', () => {
    const grown = { ...base, annotations: [...base.annotations, quote('q3', 40, 46)] };
    const parts = diffLines(toProjectJSON(base), toProjectJSON(grown));
    const added = parts.filter((p) => p.added).reduce((n, p) => n + (p.count ?? 0), 0);
    const removed = parts.filter((p) => p.removed).reduce((n, p) => n + (p.count ?? 0), 0);
    expect({ added, removed }).toEqual({ added: 2, removed: 1 });
  });
});

describe('canonicalJSON', () => {
  it('puts id, kind, type, document first, then the other keys sorted, integer-like keys included', () => {
    expect(canonicalJSON({ z: 1, '10': 2, b: 3, document: 'd', id: 'x', a: { y: 1, x: 2 } })).toBe('{"id":"x","document":"d","10":2,"a":{"x":2,"y":1},"b":3,"z":1}');
  });

  it('drops undefined properties like JSON.stringify does', () => {
    expect(canonicalJSON({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });
});
