// End-to-end properties of `check` (issue 3): realistic press passages quoted in two documents, with noise
// injected the way OCR, typesetting and copying inject it, and with one figure changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../shared/engine';
import type { Report } from '../../../shared/model';
import { doc, filler } from './align/helpers';

const CONTENT = [
  'survivors', 'reported', 'soldiers', 'villagers', 'refugees', 'mountains', 'trapped', 'surrounded', 'attackers',
  'defending', 'helicopters', 'corpses', 'hospital', 'wounded', 'missing', 'frozen', 'morning', 'killed', 'fleeing',
  'village', 'terrain', 'journalists', 'witnesses', 'described', 'slaughter', 'shelling', 'column', 'valley',
];
const FUNCTION = ['the', 'of', 'and', 'in', 'to', 'were', 'with', 'by', 'from', 'that', 'their'];
const NAMES = ['Aslanova', 'Hajiev', 'Goltz', 'Lieven', 'Stepanakert', 'Kayun'];
const FIGURES = ['450', '1,500', '27', '6,000', '120', '31'];
/** Confusable Cyrillic letters for the Latin ones (`а е о р с у х`). */
const HOMOGLYPH: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', x: 'х' };

/**
 * A passage of 2–4 sentences: content words, names and figures drawn without repetition (real prose rarely
 * repeats a content word within a few lines, and shrinking must not make it do so), function words between
 * them, a comma or a dash inside each sentence; it ends on a sentence with a figure, so every passage has one.
 */
const passage = fc
  .tuple(
    fc.shuffledSubarray(CONTENT, { minLength: 12, maxLength: 24 }),
    fc.shuffledSubarray(NAMES, { minLength: 1, maxLength: 3 }),
    fc.shuffledSubarray(FIGURES, { minLength: 1, maxLength: 3 }),
    fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  )
  .map(([content, names, figures, dice]) => {
    const pool = [...content];
    [...names, ...figures.slice(1)].forEach((w, i) => pool.splice((dice[i] ?? 0) % (pool.length + 1), 0, w));
    const sentences: string[] = [];
    let d = 0;
    while (pool.length > 0) {
      const n = Math.min(pool.length, 4 + ((dice[d++ % dice.length] ?? 0) % 4));
      const words = pool.splice(0, n).flatMap((w, i) => (i > 0 && (dice[(d + i) % dice.length] ?? 0) % 2 === 0 ? [FUNCTION[(dice[(d + 2 * i) % dice.length] ?? 0) % FUNCTION.length] as string, w] : [w]));
      const cut = 1 + ((dice[d++ % dice.length] ?? 0) % Math.max(1, words.length - 2));
      const inner = (dice[d++ % dice.length] ?? 0) % 3 === 0 ? ' — ' : ', ';
      const text = words.map((w, i) => w + (i === words.length - 1 ? '.' : i === cut ? inner : ' ')).join('');
      sentences.push(text[0]?.toUpperCase() + text.slice(1));
    }
    return `${sentences.join(' ')} At least ${figures[0]} people were missing.`;
  });

/** Two documents: unrelated text around the passage, quoted with marks after an attribution phrase. */
function quoting(passageA: string, passageB: string, seed: number, quotes: [string, string] = ['“', '”']): [string, string] {
  const a = `${filler(seed, 30)}. The Morning Ledger reported on 2 March 1992: “${passageA}” ${filler(seed + 1, 30)}.`;
  const b = `${filler(seed + 2, 40)}. As the Morning Ledger wrote at the time, ${quotes[0]}${passageB}${quotes[1]} ${filler(seed + 3, 20)}.`;
  return [a, b];
}

const run = (a: string, b: string): Report => check({ documents: [doc('a', a), doc('b', b)] });
const above = (r: Report, severities: readonly string[]) => r.discrepancies.filter((x) => severities.includes(x.severity));

/** Noise a copy may carry without any change of wording; each takes the passage and a choice number. */
const NOISE: Record<string, (text: string, k: number) => string> = {
  homoglyphs: (text, k) => text.replace(/\b([a-z]{3,})\b/gu, (w, _x, at: number) => ((at + k) % 3 === 0 ? w.replace(/[aeopcyx]/u, (ch) => HOMOGLYPH[ch] ?? ch) : w)),
  'split words': (text, k) => text.replace(/\b([a-z])([a-z]{6,})\b/gu, (w, first: string, rest: string, at: number) => ((at + k) % 2 === 0 ? `${first} ${rest}` : w)),
  'line-end hyphenation': (text, k) => text.replace(/\b([a-z]{4,})([a-z]{3,})\b/gu, (w, head: string, tail: string, at: number) => ((at + k) % 3 === 0 ? `${head}-\n${tail}` : w)),
  'dash styles': (text) => text.replace(/ — /gu, ' - '),
};

describe('check properties on generated press passages', () => {
  it('checks any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme-composite', maxLength: 400 }), (a, b) => {
        expect(() => run(a, b)).not.toThrow();
      }),
      { numRuns: 80 },
    );
    fc.assert(
      fc.property(passage, fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(1000), (p, junk, seed) => {
        const [a, b] = quoting(p, `${junk}${p}`, seed);
        expect(() => run(a, b)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });

  it('reports no discrepancy for a document checked against an exact copy', () => {
    fc.assert(
      fc.property(passage, fc.nat(1000), (p, seed) => {
        const [a] = quoting(p, p, seed);
        const r = check({ documents: [doc('a', a), { ...doc('b', a), path: 'copy.txt' }] });
        expect(r.clusters.length).toBeGreaterThan(0);
        expect(r.discrepancies).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('reports no discrepancy when two documents quote a passage identically after different introductions', () => {
    fc.assert(
      fc.property(passage, fc.nat(1000), (p, seed) => {
        const [a, b] = quoting(p, p, seed);
        const r = run(a, b);
        expect(r.clusters).toHaveLength(1);
        expect(r.discrepancies).toEqual([]);
        // Each witness is the quote itself: the words inside the marks, never the introduction.
        for (const w of r.clusters[0]?.witnesses ?? []) expect(w.text).toBe(p.slice(0, w.text.length));
      }),
      { numRuns: 50 },
    );
  });

  it.each([...Object.keys(NOISE), 'quote styles'])('reports nothing above minor for a copy with %s injected', (noise) => {
    fc.assert(
      fc.property(passage, fc.nat(1000), fc.nat(6), fc.constantFrom<[string, string]>(['"', '"'], ['«', '»'], ['“', '”']), (p, seed, k, marks) => {
        const noisy = noise === 'quote styles' ? p : (NOISE[noise] as (t: string, k: number) => string)(p, k);
        const [a, b] = quoting(p, noisy, seed, marks);
        const r = run(a, b);
        expect(r.clusters.length).toBeGreaterThan(0);
        expect(above(r, ['major', 'critical'])).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reports exactly one number discrepancy, at the old and the new figure, for a copy with one figure changed', () => {
    fc.assert(
      fc.property(passage, fc.nat(1000), fc.nat(), fc.integer({ min: 2, max: 9999 }), (p, seed, pick, replacement) => {
        // Two figures side by side (`1,500 450`) read as one space-grouped number once one changes (`2 450`);
        // prose puts a word between two figures.
        fc.pre(!/\d[ ,]+\d/u.test(p.replace(/\d,\d{3}/gu, '0')));
        // Figures as the tokenizer reads them: thousands grouped by commas or spaces are one figure (`120 450`).
        const figures = [...p.matchAll(/\d{1,3}(?:[ ,]\d{3})+(?!\d)|\d+/gu)];
        const target = figures[pick % figures.length] as RegExpMatchArray;
        const old = target[0];
        const next = String(replacement);
        fc.pre(next !== old.replace(/[, ]/gu, ''));
        const at = target.index as number;
        const changed = p.slice(0, at) + next + p.slice(at + old.length);
        const [a, b] = quoting(p, changed, seed);
        const r = run(a, b);
        const numbers = r.discrepancies.filter((x) => x.kind === 'number');
        expect(numbers).toHaveLength(1);
        const [x] = numbers;
        const side = (d: string) => (x?.a.document === d ? x.a : x?.b);
        const sa = side('a');
        const sb = side('b');
        expect(sa && a.slice(sa.start, sa.end)).toBe(old);
        expect(sb && b.slice(sb.start, sb.end)).toBe(next);
        expect(sa?.start).toBe(a.indexOf('“') + 1 + at);
        expect(sb?.start).toBe(b.indexOf('“') + 1 + at);
        expect(x?.severity).toBe('critical');
      }),
      { numRuns: 60 },
    );
  });
});
