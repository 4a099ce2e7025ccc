import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePair } from '../../../../shared/engine/analyse';
import type { AlignOp } from '../../../../shared/engine/types';
import { alignViews, viewOf } from './helpers';

// Words of every class the classifiers treat apart: function words, content words, names, figures, months.
const WORDS = [
  'the', 'a', 'of', 'and', 'were', 'had', 'not', 'shot', 'bayoneted', 'looted', 'families', 'Azeris',
  'Raisa', 'Aslanova', 'Aghdam', 'Agdam', 'Khojaly', '450', '1,500', 'three', 'February', 'Feb.', 'war-torn',
  'that’s', 'NEWSWEEK',
];
const JOINERS = [' ', ', ', '. ', ' ... ', ' [...] ', ' (', ') ', '\n', ' “', '” ', ' - '];

const passage = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...JOINERS)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, j]) => w + j).join(''));

describe('analysePair properties', () => {
  it('finds no difference between two identical passages', () => {
    fc.assert(
      fc.property(passage, fc.array(fc.nat(), { maxLength: 5 }), (text, cuts) => {
        const a = viewOf(text, { id: 'a' });
        const b = viewOf(text, { id: 'b' });
        const n = a.tokens.length;
        // Equal ops split at random points, as an aligner may emit them.
        const points = [...new Set([0, ...cuts.map((c) => c % (n + 1)), n])].sort((x, y) => x - y);
        const ops: AlignOp[] = points.slice(1).map((to, i) => ({ op: 'equal', a: { from: points[i] ?? 0, to }, b: { from: points[i] ?? 0, to } }));
        expect(analysePair(a, b, ops)).toEqual([]);
      }),
    );
  });

  it('reports only info-level typography when two passages differ in letter case alone', () => {
    fc.assert(
      fc.property(passage, fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }), (text, flips) => {
        const changed = [...text].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch)).join('');
        const a = viewOf(text, { id: 'a' });
        const b = viewOf(changed, { id: 'b' });
        const diffs = analysePair(a, b, alignViews(a, b));
        for (const d of diffs) expect([d.kind, d.severity]).toEqual(['typography', 'info']);
      }),
    );
  });

  it('gives every difference spans inside the documents whose text is the document text there', () => {
    fc.assert(
      fc.property(passage, passage, (ta, tb) => {
        const a = viewOf(ta, { id: 'a' });
        const b = viewOf(tb, { id: 'b' });
        for (const d of analysePair(a, b, alignViews(a, b))) {
          expect(d.a.text).toBe(ta.slice(d.a.start, d.a.end));
          expect(d.b.text).toBe(tb.slice(d.b.start, d.b.end));
          expect(d.a.start).toBeLessThanOrEqual(d.a.end);
          expect(d.b.start).toBeLessThanOrEqual(d.b.end);
          expect(d.explanation.length).toBeGreaterThan(0);
          if (d.kind === 'omission') expect(d.a.start === d.a.end || d.b.start === d.b.end).toBe(true);
        }
      }),
    );
  });
});
