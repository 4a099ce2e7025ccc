import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation, Result, VerbatimApi } from '../../../shared/api';
import { Annotation, targetFor } from '../../../shared/model';
import { AnnotationActions } from '../../../renderer/controllers/annotation-actions';
import { AnnotationIndex } from '../../../renderer/model/annotation-index';
import { UndoHistory } from '../../../renderer/model/history';
import { isProvisional } from '../../../renderer/model/provisional';

const TEXT = 'The Ledger wrote that more than 450 villagers fled. A claim: many fled the town.';
const DOC = 'doc-1';

function stored(id: string, kind: Annotation['kind'], words: string, body: Record<string, unknown>): Annotation {
  const start = TEXT.indexOf(words);
  return Annotation.parse({
    id, kind, document: DOC, target: targetFor(DOC, TEXT, start, start + words.length), creator: 'tester',
    created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', tags: [], body,
  });
}

function anchoredOf(a: Annotation): AnchoredAnnotation {
  return { annotation: a, anchor: { start: a.target.selector[0].start, end: a.target.selector[0].end } };
}

/** A request the test answers by hand, to look at the window between the change and the answer. */
interface Held {
  method: string;
  input: unknown;
  answer(result: Result<unknown>): void;
}

function setup(initial: readonly Annotation[] = []) {
  const held: Held[] = [];
  const hold = (method: string) => (input: unknown) =>
    new Promise<Result<unknown>>((resolve) => held.push({ method, input, answer: resolve }));
  const api = { createAnnotation: hold('createAnnotation'), updateAnnotation: hold('updateAnnotation'), deleteAnnotation: hold('deleteAnnotation') } as unknown as VerbatimApi;
  const index = new AnnotationIndex();
  index.replaceAll(initial.map(anchoredOf));
  const history = new UndoHistory(null, null);
  const failures: string[] = [];
  const actions = new AnnotationActions(api, index, history, { done: () => {}, failed: (what) => failures.push(what) }, {
    textOf: (d) => (d === DOC ? TEXT : null),
    creator: () => 'tester',
  });
  /** Waits until `n` requests are waiting for their answer. */
  const requests = async (n: number): Promise<Held[]> => {
    for (let i = 0; i < 50 && held.length < n; i++) await new Promise((r) => setTimeout(r, 0));
    expect(held).toHaveLength(n);
    return held;
  };
  return { index, history, actions, failures, requests };
}

const refused: Result<unknown> = { ok: false, error: { code: 'invalid-payload', message: 'the host refused the payload' } };

describe('optimistic annotation edits', () => {
  it('shows a created annotation at once and swaps in the stored one when the store answers', async () => {
    const { index, history, actions, requests } = setup();
    const done = actions.create({ kind: 'claim', document: DOC, start: 61, end: 79, body: { text: 'Many fled', cites: [] } });
    const shown = index.inDocument(DOC);
    expect(shown).toHaveLength(1);
    expect(isProvisional(shown[0]!.annotation.id)).toBe(true);
    expect(shown[0]!.anchor).toEqual({ start: 61, end: 79 });
    expect(shown[0]!.annotation.target.selector[1].exact).toBe(TEXT.slice(61, 79));
    const saved = stored('c-1', 'claim', TEXT.slice(61, 79), { text: 'Many fled', cites: [] });
    (await requests(1))[0]!.answer({ ok: true, value: saved });
    expect(await done).toEqual(saved);
    expect(index.all().map((a) => a.annotation)).toEqual([saved]);
    expect(history.nextUndo()?.undo).toEqual([{ type: 'delete', id: 'c-1' }]);
  });

  it('rolls back a refused create exactly: nothing left in the index or the history, the user told', async () => {
    const before = stored('q-1', 'quote', 'more than 450 villagers fled', {});
    const { index, history, actions, failures, requests } = setup([before]);
    const done = actions.create({ kind: 'note', document: DOC, start: 0, end: 10, body: { text: 'x' } });
    expect(index.all()).toHaveLength(2);
    (await requests(1))[0]!.answer(refused);
    expect(await done).toBeNull();
    expect(index.all()).toEqual([anchoredOf(before)]);
    expect(history.nextUndo()).toBeNull();
    expect(failures).toEqual(['Could not add the discrepancy note']);
  });

  it('rolls back a refused edit to the annotation as it was, and records nothing to undo', async () => {
    const claim = stored('c-1', 'claim', 'many fled the town', { text: 'Before', cites: [] });
    const { index, history, actions, failures, requests } = setup([claim]);
    const done = actions.update('c-1', { body: { text: 'After' }, tags: ['t'] });
    const shown = index.get('c-1')!.annotation;
    expect(shown.kind === 'claim' && shown.body.text).toBe('After');
    expect(shown.tags).toEqual(['t']);
    (await requests(1))[0]!.answer(refused);
    expect(await done).toBeNull();
    expect(index.get('c-1')).toEqual(anchoredOf(claim));
    expect(history.nextUndo()).toBeNull();
    expect(failures).toEqual(['Could not save the change']);
  });

  it('rolls back a refused delete of a quote: the quote and the citations of its claims come back', async () => {
    const quote = stored('q-1', 'quote', 'more than 450 villagers fled', {});
    const claim = stored('c-1', 'claim', 'many fled the town', { text: 'c', cites: ['q-1'] });
    const { index, history, actions, requests } = setup([quote, claim]);
    const done = actions.remove('q-1');
    expect(index.get('q-1')).toBeUndefined();
    const trimmed = index.get('c-1')!.annotation;
    expect(trimmed.kind === 'claim' && trimmed.body.cites).toEqual([]);
    (await requests(1))[0]!.answer(refused);
    expect(await done).toBe(false);
    expect(index.get('q-1')).toEqual(anchoredOf(quote));
    expect(index.get('c-1')).toEqual(anchoredOf(claim));
    expect(history.nextUndo()).toBeNull();
  });

  it('sends a delete of a provisional annotation with its stored id once the create is answered', async () => {
    const { index, history, actions, requests } = setup();
    const made = actions.create({ kind: 'note', document: DOC, start: 0, end: 10, body: { text: 'x' } });
    const provisional = index.all()[0]!.annotation.id;
    const removed = actions.remove(provisional);
    expect(index.all()).toEqual([]);
    const saved = stored('n-1', 'note', TEXT.slice(0, 10), { text: 'x' });
    (await requests(1))[0]!.answer({ ok: true, value: saved });
    await made;
    // Deleted meanwhile: the stored annotation does not come back into view.
    expect(index.all()).toEqual([]);
    const held = await requests(2);
    expect(held[1]).toMatchObject({ method: 'deleteAnnotation', input: { id: 'n-1' } });
    held[1]!.answer({ ok: true, value: null });
    expect(await removed).toBe(true);
    expect(history.nextUndo()?.undo).toEqual([{ type: 'restore', annotation: saved }]);
  });

  it('drops an edit of a provisional annotation whose create was refused, without a request', async () => {
    const { index, actions, requests } = setup();
    const made = actions.create({ kind: 'note', document: DOC, start: 0, end: 10, body: { text: 'x' } });
    const provisional = index.all()[0]!.annotation.id;
    const edited = actions.update(provisional, { body: { text: 'y' } });
    (await requests(1))[0]!.answer(refused);
    expect(await made).toBeNull();
    expect(await edited).toBeNull();
    expect(index.all()).toEqual([]);
    await requests(1);
  });
});
