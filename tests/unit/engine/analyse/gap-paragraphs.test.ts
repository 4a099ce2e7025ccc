// Gaps cut at paragraph units (analyse/gap-paragraphs.ts), end to end through `check`, on ordinary English.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import { atLeast } from '../../../../shared/model';
import { doc } from '../align/helpers';

const P1 = 'The river rose by nearly two metres overnight and the council opened the sports hall on Mill Lane to families from the lower streets.';
const P2 = 'Volunteers from the rowing club carried sandbags to the pharmacy and the primary school until well after midnight on Saturday.';
const P3 = 'By Sunday afternoon the water had started to fall, and the first families were allowed back to see what was left of their homes.';
const P4 = 'Insurers said that claims from the town were expected to reach several million pounds once the damage had been counted.';

/** A clipping under a dateline, its paragraphs separated by blank lines. */
const clipping = (...paragraphs: string[]) => `# THE COURIER\n\n**The Courier, 3 March 2019**\n\n${paragraphs.join('\n\n')}\n`;

const gaps = (x: string, y: string) =>
  check({ documents: [doc('a', x), doc('b', y)] }).discrepancies.filter((d) => (d.kind === 'omission' || d.kind === 'insertion') && atLeast(d.severity, 'major'));

describe('gaps by paragraphs', () => {
  it('reports a sentence added to a shared paragraph apart from the paragraph added after it', () => {
    const added = 'Two of the families had lost everything.';
    const extra = 'One man who had stayed behind was lifted from his roof by a coastguard helicopter shortly before dawn.';
    const found = gaps(clipping(P1, P2, P3, P4), clipping(P1, `${P2} ${added}`, extra, P3, P4));
    // Spans run from the first word to the last: the final full stop stays outside.
    expect(found.map((d) => `${d.b.text}.`)).toEqual([added, extra]);
    expect(found.every((d) => d.a.start === d.a.end)).toBe(true);
  });

  it('keeps a run of whole paragraphs one witness lacks as one omission', () => {
    const found = gaps(clipping(P1, P2, P3, P4), clipping(P1, P4));
    expect(found.map((d) => `${d.a.text.replace(/\s+/g, ' ')}.`)).toEqual([`${P2} ${P3}`]);
  });

  it('keeps words missing from text with a blank line after every printed line whole', () => {
    // PDF extraction: a blank line after each line, most of them mid-sentence, one after a sentence's end.
    const printed = (words: string) => words.replace(/(.{1,60})(\s|$)/g, '$1 \n\n').trim();
    const lost = 'who had been waiting at the station since early morning. Some of them';
    const a = clipping(printed(`${P1} ${P2} The buses took the families ${lost} had walked there from the farms. ${P3}`));
    const b = clipping(printed(`${P1} ${P2} The buses took the families had walked there from the farms. ${P3}`));
    const found = gaps(a, b);
    expect(found).toHaveLength(1);
    expect(found[0]?.a.text.replace(/\s+/g, ' ')).toBe(lost);
  });
});
