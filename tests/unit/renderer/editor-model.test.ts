import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../../../shared/api';
import { findText } from '../../../shared/find';
import { Annotation, targetFor, type Report } from '../../../shared/model';
import { documentToDoc } from '../../../renderer/editor/document-to-doc';
import { findShown } from '../../../renderer/editor/shown-search';
import { AnnotationIndex, type AnnotationChange } from '../../../renderer/model/annotation-index';
import { attributionText } from '../../../renderer/model/describe';
import { UndoHistory, type HistoryEntry, type KeyValueStorage } from '../../../renderer/model/history';
import { ANY_FILTER, filterReview } from '../../../renderer/model/review-filter';
import { reviewCounts, reviewItems } from '../../../renderer/model/review-items';
import { computeFlags, reviewNotes } from '../../../renderer/model/review-state';

class MemoryStorage implements KeyValueStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

const TEXT = 'The Ledger wrote that more than 450 villagers fled. A claim: many fled the town.';

function make(id: string, kind: Annotation['kind'], words: string, body: Record<string, unknown>, modified = '2024-01-01T00:00:00.000Z'): AnchoredAnnotation {
  const start = TEXT.indexOf(words);
  // Parsed, so each kind's body gets its defaults and the record is a valid annotation.
  const annotation = Annotation.parse({ id, kind, document: 'd1', target: targetFor('d1', TEXT, start, start + words.length), creator: 'me', created: modified, modified, tags: [], body });
  return { annotation, anchor: { start, end: start + words.length } };
}

const entry = (label: string): HistoryEntry => ({ label, undo: [{ type: 'delete', id: label }], redo: [{ type: 'delete', id: label }] });

describe('UndoHistory', () => {
  it('undoes the last action first, redoes what was undone, and forgets redo after a new action', () => {
    const h = new UndoHistory(null, null);
    h.record(entry('a'));
    h.record(entry('b'));
    expect(h.nextUndo()?.label).toBe('b');
    h.settleUndo(true);
    expect(h.nextUndo()?.label).toBe('a');
    expect(h.nextRedo()?.label).toBe('b');
    h.settleRedo(true);
    expect(h.nextUndo()?.label).toBe('b');
    h.settleUndo(true);
    h.record(entry('c'));
    expect(h.nextRedo()).toBeNull();
  });

  it('drops an action whose undo failed instead of offering it again', () => {
    const h = new UndoHistory(null, null);
    h.record(entry('a'));
    h.settleUndo(false);
    expect(h.nextUndo()).toBeNull();
    expect(h.nextRedo()).toBeNull();
  });

  it('survives a reload: a new history on the same storage and key has the same stacks', () => {
    const storage = new MemoryStorage();
    const first = new UndoHistory(storage, 'verbatim.history:/p');
    first.record(entry('a'));
    first.record(entry('b'));
    first.settleUndo(true);
    const second = new UndoHistory(storage, 'verbatim.history:/p');
    expect(second.nextUndo()?.label).toBe('a');
    expect(second.nextRedo()?.label).toBe('b');
    expect(new UndoHistory(storage, 'verbatim.history:/other').nextUndo()).toBeNull();
  });

  it('starts empty when what is stored is not a history', () => {
    const storage = new MemoryStorage();
    storage.setItem('k', '{"undo":[{"label":1}],"redo":[]}');
    expect(new UndoHistory(storage, 'k').nextUndo()).toBeNull();
    storage.setItem('k', 'not json');
    expect(new UndoHistory(storage, 'k').nextUndo()).toBeNull();
  });

  it('keeps at most `limit` actions', () => {
    const h = new UndoHistory(null, null, 3);
    for (const label of ['a', 'b', 'c', 'd']) h.record(entry(label));
    const labels: string[] = [];
    while (h.nextUndo()) {
      labels.push(h.nextUndo()!.label);
      h.settleUndo(true);
    }
    expect(labels).toEqual(['d', 'c', 'b']);
  });
});

describe('AnnotationIndex', () => {
  it('tells listeners exactly what was added, changed and removed', () => {
    const index = new AnnotationIndex();
    const changes: AnnotationChange[] = [];
    index.onDidChange((c) => changes.push(c));
    const q = make('q1', 'quote', '450 villagers fled', { attribution: {}, translated: false });
    index.replaceAll([q]);
    const c = make('c1', 'claim', 'many fled the town', { text: '', cites: [] });
    index.upsert([c]);
    index.update([Annotation.parse({ ...c.annotation, body: { text: 'x', cites: ['q1'] } })]);
    index.remove(['q1', 'nope']);
    expect(changes.map((x) => (x.type === 'reset' ? 'reset' : `${x.upserted.map((u) => `${u.before ? '~' : '+'}${u.after.annotation.id}`).join()}|${x.removed.map((r) => r.annotation.id).join()}`))).toEqual([
      'reset',
      '+c1|',
      '~c1|',
      '|q1',
    ]);
    expect(index.get('c1')?.anchor).toEqual(c.anchor);
    expect(index.inDocument('d1').map((a) => a.annotation.id)).toEqual(['c1']);
  });

  it('replaces one document\'s annotations, removing those it no longer has', () => {
    const index = new AnnotationIndex();
    index.replaceAll([make('a', 'note', 'Ledger', { status: 'open', text: '' }), make('b', 'note', 'claim', { status: 'open', text: '' })]);
    const changes: AnnotationChange[] = [];
    index.onDidChange((c) => changes.push(c));
    index.replaceDocument('d1', [{ ...make('a', 'note', 'Ledger', { status: 'open', text: '' }), anchor: null }]);
    expect(index.all().map((x) => [x.annotation.id, x.anchor])).toEqual([['a', null]]);
    const change = changes[0];
    expect(change?.type === 'change' && change.removed.map((r) => r.annotation.id)).toEqual(['b']);
  });
});

/** A report in which quote `q1`'s words sit in a cluster with a critical and an info discrepancy. */
function report(): Report {
  const start = TEXT.indexOf('450 villagers fled');
  const w = { id: 'w1', document: 'd1', start, end: start + 18, text: '450 villagers fled', attribution: {} };
  const side = { witness: 'w1', document: 'd1', start, end: start + 3, text: '450' };
  const other = { witness: 'w2', document: 'd2', start: 0, end: 3, text: '540' };
  return {
    version: 2,
    documents: [],
    clusters: [{ id: 'c1', kind: 'press', source: {}, witnesses: [w, { ...w, id: 'w2', document: 'd2', start: 0, end: 18 }], variants: [] }],
    discrepancies: [
      { id: 'x1', variant: 'v1', cluster: 'c1', a: side, b: other, kind: 'number', severity: 'critical', explanation: 'figure differs: 450 / 540' },
      { id: 'x2', variant: 'v2', cluster: 'c1', a: side, b: other, kind: 'typography', severity: 'info', explanation: 'case differs' },
    ],
    claims: [],
  };
}

describe('review state', () => {
  const quote = make('q1', 'quote', '450 villagers fled', { attribution: {}, translated: false });
  const claim = make('c1', 'claim', 'many fled the town', { text: 'many fled', cites: ['q1'] });

  it('flags a claim whose cited quote sits in a cluster with a serious discrepancy, open until reviewed', () => {
    const flags = computeFlags(report(), [quote, claim], 'major', new Map());
    expect(flags.get('c1')).toMatchObject({ severity: 'critical', discrepancies: ['x1'], open: true });
    const note = make('n1', 'note', 'Ledger', { discrepancy: 'x1', status: 'confirmed', text: 'checked' });
    const notes = reviewNotes([quote, claim, note]);
    expect(computeFlags(report(), [quote, claim, note], 'major', notes).get('c1')?.open).toBe(false);
    const citesNothing = { ...claim, annotation: Annotation.parse({ ...claim.annotation, body: { text: '', cites: [] } }) };
    expect(computeFlags(report(), [quote, citesNothing], 'major', new Map()).size).toBe(0);
  });

  it('lets the most recently modified note speak for a discrepancy and counts verdicts', () => {
    const older = make('n1', 'note', 'Ledger', { discrepancy: 'x1', status: 'confirmed', text: '' }, '2024-01-01T00:00:00.000Z');
    const newer = make('n2', 'note', 'claim', { discrepancy: 'x1', status: 'dismissed', text: 'no' }, '2024-02-01T00:00:00.000Z');
    const notes = reviewNotes([newer, older]);
    expect(notes.get('x1')).toMatchObject({ id: 'n2', status: 'dismissed' });
    expect(reviewCounts(reviewItems(report()), notes)).toEqual({ open: 1, confirmed: 0, dismissed: 1, resolved: 0 });
  });

  it('filters review items by severity, kind, status and words', () => {
    const r = report();
    const items = reviewItems(r);
    const notes = reviewNotes([make('n1', 'note', 'Ledger', { discrepancy: 'x2', status: 'dismissed', text: '' })]);
    const titleOf = (id: string) => id;
    const ids = (filter: typeof ANY_FILTER) => filterReview(r, items, filter, notes, titleOf).items.flatMap((item) => item.discrepancies.map((d) => d.id));
    expect(ids(ANY_FILTER)).toEqual(['x1', 'x2']);
    expect(ids({ ...ANY_FILTER, minSeverity: 'major' })).toEqual(['x1']);
    expect(ids({ ...ANY_FILTER, kind: 'typography' })).toEqual(['x2']);
    expect(ids({ ...ANY_FILTER, status: 'open' })).toEqual(['x1']);
    expect(ids({ ...ANY_FILTER, search: 'FIGURE 540' })).toEqual(['x1']);
    expect(filterReview(r, items, { ...ANY_FILTER, search: 'nowhere' }, notes, titleOf).clusters).toEqual([]);
  });
});

describe('find', () => {
  it.each([
    ['case', 'The LEDGER', 'The Ledger'],
    ['line breaks as spaces', 'more than\n450', 'more than 450'],
    ['curly and straight quotes', 'it’s', "it's"],
    ['dashes', 'a – b', 'a - b'],
  ])('matches across %s', (_name, text, query) => {
    expect(findText(text, query).spans).toEqual([{ start: 0, end: text.length }]);
  });

  it.each([
    ['a Cyrillic о in a Latin word', 'оn the territory adjoined', 'on the territory adjoined'],
    ['look-alike capitals', 'GENOCIDE AS АN INTERNATIONAL СRIMЕ', 'genocide as an international crime'],
    ['a look-alike-only word among Latin ones', 'in part, а national', 'in part, a national'],
    ['diacritics', 'Mérida café', 'Merida cafe'],
    ['a word split by a stray space', 'I zvestia', 'Izvestia'],
    ['a word split at a line-end hyphen', 'scat -\r\ntered', 'scattered'],
  ])('matches through %s at the exact original span', (_name, text, query) => {
    expect(findText(`x ${text} y`, query).spans).toEqual([{ start: 2, end: 2 + text.length }]);
  });

  it('keeps real Cyrillic apart and case-insensitive', () => {
    expect(findText('Коммерсантъ по делу', 'КОММЕРСАНТЪ').total).toBe(1);
    // `по` among Russian words is Russian, not a look-alike `no`.
    expect(findText('Коммерсантъ по делу', 'no').total).toBe(0);
    expect(findText('I went home', 'Iwent').total).toBe(1);
    expect(findText('I went home', 'Iwenthome').total).toBe(1);
    expect(findText('I went  \n home', 'wenthome').total).toBe(0);
  });

  it('counts every match but answers at most the limit, and finds nothing for a blank query', () => {
    expect(findText('a a a a', 'a', 2)).toEqual({ spans: [{ start: 0, end: 1 }, { start: 2, end: 3 }], total: 4 });
    expect(findText('a a', '   ').total).toBe(0);
    expect(() => findText('a', 'x'.repeat(501))).toThrow(RangeError);
  });

  it('finds what the editor shows, across hidden Markdown, and answers source spans', () => {
    const text = '# **HISTORICAL** **BACKGROUND**\n\nAfter the *treaties* of 1813.';
    const { map } = documentToDoc(text);
    const [heading] = findShown(text, map, 'historical background');
    expect(text.slice(heading!.start, heading!.end)).toBe('HISTORICAL** **BACKGROUND');
    const [body] = findShown(text, map, 'the treaties of');
    expect(text.slice(body!.start, body!.end)).toBe('the *treaties* of');
    expect(findShown(text, map, 'BACKGROUND After')).toHaveLength(1);
  });
});

describe('attributionText', () => {
  it.each([
    ['4', 'The Times · p. 4'],
    ['p. 4', 'The Times · p. 4'],
    ['pp. 3-4', 'The Times · pp. 3-4'],
    ['Page 4', 'The Times · Page 4'],
    ['A12', 'The Times · A12'],
  ])('writes page %j once with its abbreviation', (page, expected) => {
    expect(attributionText({ outlet: 'The Times', page })).toBe(expected);
  });
});
