import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterKind, Discrepancy, Report, Severity, Variant, Witness } from '../../../shared/model';
import { ANY_FILTER, filterReview } from '../../../renderer/model/review-filter';
import { countsText, groupPairs, itemOfDiscrepancy, itemStatus, reviewCounts, reviewItems } from '../../../renderer/model/review-items';
import type { ReviewNote, ReviewStatus } from '../../../renderer/model/review-state';
import { planVerdict, verdictMessage } from '../../../renderer/model/review-verdict';

/** A witness `id` of document `doc` whose text is `text`, at offset 0. */
function witness(id: string, doc: string, text = 'the engineer Brandt said 450 homes'): Witness {
  return { id, document: doc, start: 0, end: text.length, text, attribution: {} };
}

/** A row `id` in which `readings` lists, per reading, its words and the witnesses reading them. */
function variant(id: string, severity: Severity, readings: [string, string[]][]): Variant {
  return {
    id,
    kind: 'name',
    severity,
    readings: readings.map(([text, ws]) => ({ text, witnesses: ws.map((w) => ({ witness: w, start: 13, end: 13 + text.length })) })),
  };
}

/** The discrepancy between witnesses `a` and `b` of `cluster`'s row `v`. */
function pair(id: string, cluster: Cluster, v: string, a: string, b: string, severity: Severity, explanation = `differs ${a}/${b}`): Discrepancy {
  const row = cluster.variants.find((x) => x.id === v)!;
  const side = (w: string) => {
    const r = row.readings.find((x) => x.witnesses.some((rw) => rw.witness === w))!;
    const rw = r.witnesses.find((x) => x.witness === w)!;
    return { witness: w, document: cluster.witnesses.find((x) => x.id === w)!.document, start: rw.start, end: rw.end, text: r.text };
  };
  return { id, variant: v, cluster: cluster.id, a: side(a), b: side(b), kind: row.kind, severity, explanation };
}

function cluster(id: string, kind: ClusterKind, variants: Variant[]): Cluster {
  return { id, kind, source: {}, witnesses: [witness(`${id}-w1`, 'd1'), witness(`${id}-w2`, 'd2'), witness(`${id}-w3`, 'd3')], variants };
}

/**
 * A quote cluster listed before a press cluster (so the order of the list is not the answer), the press
 * cluster's rows in document order minor, critical, major; one press row has three pairs.
 */
function report(): Report {
  const quote = cluster('cq', 'quote', [variant('vq', 'critical', [['Brandt', ['cq-w1']], ['Berger', ['cq-w2']]])]);
  const press = cluster('cp', 'press', [
    variant('v1', 'minor', [['Brandt', ['cp-w1', 'cp-w2']], ['Brant', ['cp-w3']]]),
    variant('v2', 'critical', [['Brandt', ['cp-w1']], ['Berger', ['cp-w2']], ['Bergen', ['cp-w3']]]),
    variant('v3', 'major', [['Brandt', ['cp-w1']], ['Berger', ['cp-w2', 'cp-w3']]]),
  ]);
  const discrepancies = [
    pair('xq', quote, 'vq', 'cq-w1', 'cq-w2', 'critical'),
    pair('x1a', press, 'v1', 'cp-w1', 'cp-w3', 'minor'),
    pair('x1b', press, 'v1', 'cp-w2', 'cp-w3', 'minor'),
    pair('x2a', press, 'v2', 'cp-w1', 'cp-w2', 'critical'),
    pair('x2b', press, 'v2', 'cp-w1', 'cp-w3', 'critical'),
    pair('x2c', press, 'v2', 'cp-w2', 'cp-w3', 'minor'),
    pair('x3a', press, 'v3', 'cp-w1', 'cp-w2', 'major', 'different name: Brandt / Berger'),
    pair('x3b', press, 'v3', 'cp-w3', 'cp-w1', 'major', 'different name: Berger / Brandt'),
  ];
  return { version: 2, documents: [], clusters: [quote, press], discrepancies, claims: [] };
}

function notesOf(entries: [string, ReviewStatus, string?][]): Map<string, ReviewNote> {
  return new Map(entries.map(([d, status, text], i) => [d, { id: `n${i}`, status, text: text ?? '', modified: `2024-01-0${i + 1}` }]));
}

describe('review items', () => {
  it('are ordered press clusters first, then critical to info, then document order', () => {
    expect(reviewItems(report()).map((item) => `${item.cluster.id}/${item.id}`)).toEqual(['cp/v2', 'cp/v3', 'cp/v1', 'cq/vq']);
  });

  it('are one per variant row, holding every pair of witnesses that differ in it, as severe as its worst pair', () => {
    const items = reviewItems(report());
    const v2 = items.find((item) => item.id === 'v2')!;
    expect(v2.discrepancies.map((d) => d.id)).toEqual(['x2a', 'x2b', 'x2c']);
    expect(v2.severity).toBe('critical');
    expect(items).toHaveLength(4);
    expect(itemOfDiscrepancy(items, 'x2c')?.id).toBe('v2');
  });

  it('are open while any of their pairs is, and counted by the one function every view uses', () => {
    const items = reviewItems(report());
    const v2 = items.find((item) => item.id === 'v2')!;
    expect(itemStatus(v2, notesOf([['x2a', 'confirmed'], ['x2b', 'confirmed']]))).toBe('open');
    const notes = notesOf([['x2a', 'confirmed'], ['x2b', 'dismissed'], ['x2c', 'dismissed'], ['x1a', 'dismissed'], ['x1b', 'dismissed']]);
    expect(itemStatus(v2, notes)).toBe('confirmed');
    const counts = reviewCounts(items, notes);
    expect(counts).toEqual({ open: 2, confirmed: 1, dismissed: 1, resolved: 0 });
    expect(countsText(counts)).toBe('2 open · 1 confirmed · 1 dismissed');
  });

  it('pass the review filter as whole rows, in review order', () => {
    const r = report();
    const items = reviewItems(r);
    const titleOf = (id: string) => id;
    const notes = notesOf([['x3a', 'dismissed'], ['x3b', 'dismissed']]);
    expect(filterReview(r, items, ANY_FILTER, notes, titleOf).items.map((item) => item.id)).toEqual(['v2', 'v3', 'v1', 'vq']);
    // A row passes when one of its pairs does: v2 has a minor pair, v1 only minor ones.
    expect(filterReview(r, items, { ...ANY_FILTER, minSeverity: 'major' }, notes, titleOf).items.map((item) => item.id)).toEqual(['v2', 'v3', 'vq']);
    expect(filterReview(r, items, { ...ANY_FILTER, status: 'open' }, notes, titleOf).items.map((item) => item.id)).toEqual(['v2', 'v1', 'vq']);
    expect(filterReview(r, items, { ...ANY_FILTER, search: 'nowhere' }, notes, titleOf).clusters).toEqual([]);
  });
});

describe('grouping the pairs of a row', () => {
  it('seen from a witness, pairs against witnesses that read alike are one line naming them all', () => {
    const v3 = reviewItems(report()).find((item) => item.id === 'v3')!;
    const groups = groupPairs(v3, 'cp-w1');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.others).toEqual(['cp-w2', 'cp-w3']);
    // The explanation that names this witness's reading first.
    expect(groups[0]!.explanation).toBe('different name: Brandt / Berger');
  });

  it('keeps pairs apart that differ in another way or against another reading', () => {
    const v2 = reviewItems(report()).find((item) => item.id === 'v2')!;
    expect(groupPairs(v2, 'cp-w1').map((g) => g.others)).toEqual([['cp-w2'], ['cp-w3']]);
    expect(groupPairs(v2).map((g) => g.severity)).toEqual(['critical', 'critical', 'minor']);
  });
});

describe('storing a verdict on a review item', () => {
  const exists = () => true;

  it('writes a note on each discrepancy id of the row: new ones where there are none, updates where there are', () => {
    const v2 = reviewItems(report()).find((item) => item.id === 'v2')!;
    const plan = planVerdict(v2, { status: 'confirmed', text: 'checked' }, notesOf([['x2b', 'open', 'old']]), exists);
    expect(plan.creates.map((c) => [c.discrepancy, c.status, c.text])).toEqual([['x2a', 'confirmed', 'checked'], ['x2c', 'confirmed', 'checked']]);
    expect(plan.updates).toEqual([{ id: 'n0', discrepancy: 'x2b', body: { status: 'confirmed', text: 'checked' } }]);
    expect(plan.creates[0]).toMatchObject({ document: 'd1', start: 13, end: 19 });
    expect(plan.message).toBe('Difference confirmed.');
  });

  it('saves a note alone without changing any status, and says so', () => {
    const v2 = reviewItems(report()).find((item) => item.id === 'v2')!;
    const notes = notesOf([['x2a', 'confirmed'], ['x2b', 'confirmed'], ['x2c', 'dismissed']]);
    const plan = planVerdict(v2, { text: 'seen in the original' }, notes, exists);
    expect(plan.updates.map((u) => u.body)).toEqual([
      { status: 'confirmed', text: 'seen in the original' },
      { status: 'confirmed', text: 'seen in the original' },
      { status: 'dismissed', text: 'seen in the original' },
    ]);
    expect(plan.creates).toEqual([]);
    expect(plan.message).toBe('Note saved; the difference stays confirmed.');
    expect(plan.message).not.toMatch(/reopen/);
    // On an unreviewed row, a note is stored on every pair, which stays open.
    const fresh = planVerdict(v2, { text: 'look again' }, new Map(), exists);
    expect(fresh.creates.map((c) => c.status)).toEqual(['open', 'open', 'open']);
    expect(fresh.message).toBe('Note saved; the difference stays open.');
  });

  it('replaces a note that is gone from the project and leaves unchanged notes alone', () => {
    const v3 = reviewItems(report()).find((item) => item.id === 'v3')!;
    const notes = notesOf([['x3a', 'dismissed', 'same'], ['x3b', 'dismissed', 'same']]);
    const plan = planVerdict(v3, { status: 'dismissed', text: 'same' }, notes, (id) => id !== 'n1');
    expect(plan.updates).toEqual([]);
    expect(plan.creates.map((c) => c.discrepancy)).toEqual(['x3b']);
    expect(verdictMessage({ status: 'open', text: '' }, 'open')).toBe('Difference reopened.');
  });
});
