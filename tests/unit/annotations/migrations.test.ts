import { describe, expect, it } from 'vitest';
import { migrate, migrateV0toV1, schemaVersionOf, validateProject } from '../../../annotations';
import { SCHEMA_VERSION } from '../../../shared/model';

const handWritten = {
  documents: [{ id: 'd1', path: 'one.txt', title: 'One', sha256: 'b'.repeat(64), length: 20, added: '2024-01-01T00:00:00Z' }],
  annotations: [{
    id: 'a1', kind: 'note', document: 'd1', created: '2024-01-01T00:00:00Z',
    target: { selector: [{ type: 'TextPositionSelector', start: 0, end: 3 }, { type: 'TextQuoteSelector', exact: 'The' }] },
    body: { text: 'check this' },
  }],
};

describe('schemaVersionOf', () => {
  it.each([
    [{ schemaVersion: 1 }, 1],
    [{ documents: [] }, 0],
    [{ schemaVersion: 7 }, 7],
    [{ schemaVersion: '1' }, null],
    [{ schemaVersion: -1 }, null],
    [{ schemaVersion: 1.5 }, null],
    [[], null],
    [null, null],
  ])('reads %j as version %s', (input, expected) => {
    expect(schemaVersionOf(input)).toBe(expected);
  });
});

describe('migrateV0toV1', () => {
  it('turns a hand-written {documents, annotations} file into a valid v1 project', () => {
    const result = migrate(handWritten);
    expect(result.status).toBe('current');
    if (result.status !== 'current') return;
    expect(result.from).toBe(0);
    const { data, problems } = validateProject(result.data);
    expect(problems).toEqual([]);
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(data.annotations[0]).toMatchObject({ creator: 'local-user', modified: '2024-01-01T00:00:00Z', target: { source: 'd1' } });
  });

  it('fills missing arrays with empty ones and keeps what is already there', () => {
    expect(migrateV0toV1({})).toEqual({ schemaVersion: 1, documents: [], annotations: [] });
    const withCreator = migrateV0toV1({ settings: { creator: 'ana' }, annotations: [{ creator: 'bo', created: 'x', modified: 'y' }] });
    expect(withCreator['annotations']).toEqual([{ creator: 'bo', created: 'x', modified: 'y' }]);
    expect((migrateV0toV1({ settings: { creator: 'ana' }, annotations: [{}] })['annotations'] as unknown[])[0]).toEqual({ creator: 'ana' });
  });

  it('does not mutate its input', () => {
    const input = structuredClone(handWritten);
    migrateV0toV1(input);
    expect(input).toEqual(handWritten);
  });
});

describe('migrate', () => {
  it('leaves a current file as it is', () => {
    const current = { schemaVersion: 1, documents: [] };
    expect(migrate(current)).toEqual({ status: 'current', from: 1, data: current });
  });

  it('reports a newer file without touching it', () => {
    const newer = { schemaVersion: SCHEMA_VERSION + 1, documents: [], extra: true };
    expect(migrate(newer)).toEqual({ status: 'newer', from: SCHEMA_VERSION + 1, data: newer });
  });

  it('reports a missing step in the table instead of skipping it', () => {
    expect(migrate({ documents: [] }, {}, 1)).toEqual({ status: 'invalid', problem: 'schemaVersion: no migration from version 0' });
  });

  it('runs the steps in order', () => {
    const steps = { 0: (d: Record<string, unknown>) => ({ ...d, schemaVersion: 1, trail: ['0→1'] }), 1: (d: Record<string, unknown>) => ({ ...d, schemaVersion: 2, trail: [...(d['trail'] as string[]), '1→2'] }) };
    const result = migrate({ documents: [] }, steps, 2);
    expect(result.status === 'current' && result.data['trail']).toEqual(['0→1', '1→2']);
  });

  it.each([[[1, 2]], ['text'], [{ schemaVersion: 'one' }], [{}], [{ foo: 2 }]])('calls %j invalid', (input) => {
    expect(migrate(input).status).toBe('invalid');
  });

  it('says that an object with none of the project keys is no project', () => {
    expect(migrate({})).toEqual({ status: 'invalid', problem: '(root): not a Verbatim project (no schemaVersion, documents or annotations)' });
  });
});
