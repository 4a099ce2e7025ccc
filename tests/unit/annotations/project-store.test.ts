import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AnnotationNotFoundError, DocumentNotFoundError, openProjectStore, ProjectNotFoundError, type ProjectStore,
} from '../../../annotations';
import { ProjectData } from '../../../shared/model';
import { useTempDirs } from './temp-dir';

const temp = useTempDirs('verbatim-project-');
const TEXT = 'The Ledger reported: "The bridge reopened on Monday after nine weeks of repairs," the council said.';
const utf8 = (s: string) => new TextEncoder().encode(s);

const onDisk = async (dir: string) => ProjectData.parse(JSON.parse(await readFile(join(dir, 'verbatim.json'), 'utf8')));

async function projectWithDocument(): Promise<{ dir: string; store: ProjectStore; doc: string }> {
  const dir = await temp.make();
  const store = await openProjectStore(dir, { create: true });
  const { added } = await store.addFiles([{ name: 'ledger.txt', bytes: utf8(TEXT) }]);
  return { dir, store, doc: added[0]!.id };
}

const span = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });

describe('openProjectStore', () => {
  it('creates an empty schema-1 project when asked to', async () => {
    const dir = await temp.make();
    const store = await openProjectStore(dir, { create: true });
    expect(store.readOnly).toBe(false);
    expect(await onDisk(dir)).toEqual({ schemaVersion: 1, documents: [], annotations: [], lexicon: [], settings: { threshold: 'major', gazetteer: [], creator: 'local-user', builtinLexicon: true } });
  });

  it('creates the folder itself with create: true', async () => {
    const dir = join(await temp.make(), 'new', 'proj');
    const store = await openProjectStore(dir, { create: true });
    await store.close();
    expect(await readdir(dir)).toEqual(['verbatim.json']);
  });

  it('refuses a folder without verbatim.json unless create is given, and writes nothing', async () => {
    const dir = await temp.make();
    await expect(openProjectStore(dir)).rejects.toThrow(ProjectNotFoundError);
    await expect(openProjectStore(dir)).rejects.toThrow(/has no verbatim\.json/);
    await expect(openProjectStore(join(dir, 'nope'))).rejects.toThrow(/no project folder/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('reopens what it wrote', async () => {
    const { dir, store, doc } = await projectWithDocument();
    const quote = await store.createAnnotation({ kind: 'quote', document: doc, ...span('The bridge reopened') });
    await store.close();
    const reopened = await openProjectStore(dir);
    expect(reopened.readOnly).toBe(false);
    expect(reopened.annotations(doc)).toEqual([quote]);
    expect(reopened.documents()).toEqual(store.documents());
  });
});

describe('createAnnotation', () => {
  it('fills id, creator, timestamps, both selectors and body defaults, and is on disk when it resolves', async () => {
    const { dir, store, doc } = await projectWithDocument();
    await store.updateSettings({ creator: 'ana' });
    const created = await store.createAnnotation({ kind: 'quote', document: doc, ...span('nine weeks') });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toMatchObject({ kind: 'quote', creator: 'ana', tags: [], body: { attribution: {}, translated: false } });
    expect(created.modified).toBe(created.created);
    expect(created.target.selector[0]).toEqual({ type: 'TextPositionSelector', ...span('nine weeks') });
    expect(created.target.selector[1]).toMatchObject({ type: 'TextQuoteSelector', exact: 'nine weeks', suffix: ' of repairs," the council said.' });
    expect((await onDisk(dir)).annotations).toEqual([created]);
  });

  it('lands all of 50 concurrent creations on disk', async () => {
    const { dir, store, doc } = await projectWithDocument();
    const created = await Promise.all(Array.from({ length: 50 }, (_, i) => store.createAnnotation({ kind: 'note', document: doc, start: i, end: i + 1, body: { text: `n${i}`, status: 'open' } })));
    const stored = (await onDisk(dir)).annotations;
    expect(stored).toHaveLength(50);
    expect(new Set(stored.map((a) => a.id))).toEqual(new Set(created.map((a) => a.id)));
  });

  it('refuses a span outside the text, an empty span and an unknown document', async () => {
    const { store, doc } = await projectWithDocument();
    await expect(store.createAnnotation({ kind: 'note', document: doc, start: 5, end: TEXT.length + 1 })).rejects.toThrow(RangeError);
    await expect(store.createAnnotation({ kind: 'note', document: 'nope', start: 0, end: 1 })).rejects.toThrow(DocumentNotFoundError);
    expect(store.annotations()).toEqual([]);
  });

  it('checks that a claim cites existing quote annotations', async () => {
    const { store, doc } = await projectWithDocument();
    const quote = await store.createAnnotation({ kind: 'quote', document: doc, ...span('The bridge') });
    const note = await store.createAnnotation({ kind: 'note', document: doc, ...span('council') });
    const claim = await store.createAnnotation({ kind: 'claim', document: doc, ...span('reopened'), body: { text: 'reopened', cites: [quote.id] } });
    expect(claim.kind === 'claim' && claim.body.cites).toEqual([quote.id]);
    await expect(store.createAnnotation({ kind: 'claim', document: doc, ...span('Monday'), body: { text: '', cites: ['ghost'] } })).rejects.toThrow(/"ghost", which is not a quote/);
    await expect(store.createAnnotation({ kind: 'claim', document: doc, ...span('Monday'), body: { text: '', cites: [note.id] } })).rejects.toThrow(/is a note/);
  });
});

describe('updateAnnotation', () => {
  it('merges body fields, replaces tags, re-validates and bumps modified', async () => {
    const { dir, store, doc } = await projectWithDocument();
    const quote = await store.createAnnotation({ kind: 'quote', document: doc, ...span('The bridge'), body: { attribution: { outlet: 'The Ledger' }, translated: false } });
    await new Promise((r) => setTimeout(r, 5));
    const updated = await store.updateAnnotation({ id: quote.id, body: { translated: true }, tags: ['checked'] });
    expect(updated).toMatchObject({ body: { attribution: { outlet: 'The Ledger' }, translated: true }, tags: ['checked'], created: quote.created });
    expect(updated.modified > quote.modified).toBe(true);
    expect((await onDisk(dir)).annotations).toEqual([updated]);
  });

  it('refuses a body that fails the schema and leaves the annotation as it was', async () => {
    const { store, doc } = await projectWithDocument();
    const quote = await store.createAnnotation({ kind: 'quote', document: doc, ...span('The bridge') });
    await expect(store.updateAnnotation({ id: quote.id, body: { attribution: { date: 'March 1992' } } })).rejects.toThrow(/body\.attribution\.date: date must be ISO 8601/);
    expect(store.annotations()).toEqual([quote]);
  });

  it('throws AnnotationNotFoundError for an unknown id', async () => {
    const { store } = await projectWithDocument();
    await expect(store.updateAnnotation({ id: 'nope', tags: [] })).rejects.toThrow(AnnotationNotFoundError);
  });
});

describe('deleteAnnotation', () => {
  it('removes a quote and its id from the claims citing it', async () => {
    const { dir, store, doc } = await projectWithDocument();
    const q1 = await store.createAnnotation({ kind: 'quote', document: doc, ...span('The bridge') });
    const q2 = await store.createAnnotation({ kind: 'quote', document: doc, ...span('nine weeks') });
    const claim = await store.createAnnotation({ kind: 'claim', document: doc, ...span('council'), body: { text: '', cites: [q1.id, q2.id] } });
    await store.deleteAnnotation(q1.id);
    const stored = (await onDisk(dir)).annotations;
    expect(stored.map((a) => a.id)).toEqual([q2.id, claim.id]);
    expect(stored.find((a) => a.id === claim.id)).toMatchObject({ body: { cites: [q2.id] } });
  });

  it('throws AnnotationNotFoundError for an unknown id', async () => {
    const { store } = await projectWithDocument();
    await expect(store.deleteAnnotation('nope')).rejects.toThrow(AnnotationNotFoundError);
  });
});

describe('settings and lexicon', () => {
  it('merges settings and validates them', async () => {
    const { dir, store } = await projectWithDocument();
    expect(await store.updateSettings({ threshold: 'minor' })).toEqual({ threshold: 'minor', gazetteer: [], creator: 'local-user', builtinLexicon: true });
    await expect(store.updateSettings({ creator: '' })).rejects.toThrow(TypeError);
    expect((await onDisk(dir)).settings.threshold).toBe('minor');
  });

  it('replaces the lexicon and refuses an entry with one variant', async () => {
    const { dir, store } = await projectWithDocument();
    await store.setLexicon([{ variants: ['Agdam', 'Aghdam'] }]);
    await expect(store.setLexicon([{ variants: ['alone'] }])).rejects.toThrow(TypeError);
    expect((await onDisk(dir)).lexicon).toEqual([{ variants: ['Agdam', 'Aghdam'] }]);
  });
});

describe('crash safety', () => {
  it('opens the intact project beside a half-written temp file and never reads the temp file', async () => {
    const { dir, store, doc } = await projectWithDocument();
    await store.createAnnotation({ kind: 'note', document: doc, start: 0, end: 3 });
    await store.close();
    const before = await readFile(join(dir, 'verbatim.json'), 'utf8');
    await writeFile(join(dir, '.verbatim.json.999999-0123456789ab.tmp'), '{"schemaVersion":1,"documents":[{"id":');
    const reopened = await openProjectStore(dir);
    expect(reopened.readOnly).toBe(false);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.annotations()).toHaveLength(1);
    expect(await readFile(join(dir, 'verbatim.json'), 'utf8')).toBe(before);
    // Holding the lock, the store knows no other writer is alive: the killed writer's temp file is gone.
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('createAnnotation after the file changed outside', () => {
  it('builds the selectors against the text in the file now, never an older one', async () => {
    const { dir, store, doc } = await projectWithDocument();
    await writeFile(join(dir, 'ledger.txt'), `NEW ${TEXT}`);
    const created = await store.createAnnotation({ kind: 'note', document: doc, start: 0, end: 3 });
    expect(created.target.selector[1].exact).toBe('NEW');
    expect(store.documents()[0]!.length).toBe(TEXT.length + 4);
  });
});
