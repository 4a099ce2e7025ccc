// Inputs made to be hostile (issue 9): each check finishes within a generous bound, and where the engine
// caps its work the cap shows in the result, not as silence.
import { describe, expect, it } from 'vitest';
import { check } from '../../../shared/engine';
import { nearlyEqual, MAX_COMPARED_WORD } from '../../../shared/engine/align/local-alignment';
import { doc } from './align/helpers';

/** Generous: a check of these inputs takes well under a second here; the bound catches quadratic blow-ups. */
const BOUND_MS = 20_000;

describe('hostile inputs', () => {
  it('compares two 40,000-character near-equal words in bounded work', () => {
    const word = 'a'.repeat(40_000);
    expect(nearlyEqual(word, `${word.slice(0, -1)}b`)).toBe(false);
    expect(MAX_COMPARED_WORD).toBeLessThan(100);
    const r = check({ documents: [doc('a', `${word} and then the rest of a sentence about the council meeting on Thursday`), doc('b', `${word.slice(0, -1)}b and then the rest of a sentence about the council meeting on Thursday`)] });
    expect(r.documents).toHaveLength(2);
  }, BOUND_MS);

  it('checks 10,000 repeated quote lines against a mutated copy', () => {
    const line = '“The council will meet every Thursday in the old town hall to hear residents.”\n';
    const many = line.repeat(10_000);
    let k = 0;
    const mutated = many.replace(/Thursday/gu, (m) => (k++ % 7 === 0 ? 'Friday' : m));
    const r = check({ documents: [doc('a', many), doc('b', mutated)] });
    // Boilerplate of the whole project past the star cap joins nothing rather than costing quadratic work.
    expect(r.clusters.length).toBeLessThan(10_000);
  }, BOUND_MS);

  it('checks quotation marks nested two thousand deep', () => {
    const nest = `${'“'.repeat(2000)}words inside many marks of every kind${'”'.repeat(2000)}`;
    expect(check({ documents: [doc('a', nest), doc('b', nest)] }).documents).toHaveLength(2);
  }, BOUND_MS);

  it('checks text in every script of the Basic Multilingual Plane', () => {
    let all = '';
    for (let c = 0x20; c < 0xd800; c += 3) all += String.fromCharCode(c);
    expect(check({ documents: [doc('a', all), doc('b', all)] }).documents).toHaveLength(2);
  }, BOUND_MS);

  it('clusters a passage quoted in 200 documents, each place compared with the first only (and says so), and still finds the one change', () => {
    const passage = 'The survivors said two thousand others were still missing in the hills and many could die of the cold before help came.';
    const docs = Array.from({ length: 200 }, (_, i) => doc(`d${String(i).padStart(3, '0')}`, `Intro ${i} of this text. “${i === 7 ? passage.replace('two thousand', 'three thousand') : passage}” An ending ${i}.`));
    const r = check({ documents: docs });
    expect(r.clusters).toHaveLength(1);
    const [c] = r.clusters;
    expect(c?.witnesses).toHaveLength(200);
    expect(c?.limits?.[0]).toMatch(/compared with the first only/u);
    expect(r.discrepancies.map((x) => x.explanation)).toEqual(['figure differs: two / three']);
  }, BOUND_MS);
});

describe('short quotes in any script', () => {
  // Seven words with one changed: too short for n-gram discovery, found by the short-quote lookup, which
  // compares token keys and so works alike whatever the script.
  const cases: [string, string, string, string, string][] = [
    ['English', 'Northern Herald', 'the council will meet every Thursday here', 'Thursday', 'Friday'],
    ['Hebrew', 'הדואר הצפוני', 'המועצה תתכנס בכל יום חמישי כאן שוב', 'חמישי', 'שישי'],
    ['Arabic', 'البريد الشمالي', 'سيجتمع المجلس كل يوم خميس هنا مرة أخرى', 'خميس', 'جمعة'],
  ];
  it.each(cases)('finds a seven-word %s quote with one word changed', (_script, outlet, quote, from, to) => {
    const a = `Some text first. ${outlet} reported: “${quote}” and more words after it.`;
    const b = `Other words. As ${outlet} wrote, “${quote.replace(from, to)}” and a different ending.`;
    const r = check({ documents: [doc('a', a), doc('b', b)], gazetteer: [outlet] });
    expect(r.clusters).toHaveLength(1);
    const changed = r.discrepancies.filter((x) => x.severity === 'major');
    expect(changed.map((x) => [x.a.text, x.b.text])).toEqual([[from, to]]);
  });
});
