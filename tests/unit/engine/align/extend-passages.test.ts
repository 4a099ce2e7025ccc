// Passages made whole (align/extend-passages.ts), end to end through `check`, on ordinary English: text
// after a passage that local alignment left out, a paragraph one reprint skips, sentence heads that differ.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import { atLeast, type Report } from '../../../../shared/model';
import { doc } from './helpers';

const INTROS = ['The committee will meet again next month to discuss the budget for the new library.', 'Ticket prices for the autumn concert series have gone up for the second year running.'];
const OUTROS = ['A new bus timetable comes into force on Monday, with later services on weekends.', 'The cricket club is looking for volunteers to repaint the pavilion before the season.'];

const majors = (r: Report): string[] => r.discrepancies.filter((x) => atLeast(x.severity, 'major')).map((x) => x.explanation);

/** An article under a dateline between unrelated sentences (`n` picks which, so two documents differ around it). */
function article(outlet: string, body: string, n: number): string {
  return `${INTROS[n]}\n\n# ${outlet.toUpperCase()}\n\n**${outlet}, 3 March 1992**\n\n${body}\n\n---\n\n${OUTROS[n]}\n`;
}

describe('extendPassages', () => {
  it('aligns the end of an article that local alignment left out, where several short runs still agree', () => {
    const shared = 'Officials in Millbrook said that at least 450 families had been moved to safety before the river burst its banks, and the army sent soldiers with boats and trucks to help evacuate the lower part of the town.';
    const a = article('The Guardian', `${shared} The water rose at around 8:30 p.m. and then flooded three streets about two hours later, the mayor said. "We had no warning at all."`, 0);
    const b = article('The Guardian', `${shared} The water rose at around 10 p.m. and quickly flooded three streets near the harbour, the mayor said. "We had no`, 1);
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const found = majors(r);
    expect(found, found.join('\n')).toContain('figure differs: 8:30 / 10');
    expect(found.some((x) => x.includes('then') && x.includes('quickly')), found.join('\n')).toBe(true);
  });

  it('reports a paragraph one reprint skips, though the two halves are separate passages', () => {
    const first = 'Officials in Millbrook said that at least 450 families had been moved to safety before the river burst its banks on Tuesday night.';
    const skipped = 'Doctors at the county hospital treated dozens of patients for injuries and exposure during the first weekend, and volunteers opened schools and church halls across the district for those who could not go home, while the water company admitted that its warnings had reached some streets hours too late.';
    const last = 'The damage to farms and roads was estimated at several million pounds, a figure the insurers expect to rise as the water goes down.';
    const a = article('The Observer', `${first}\n\n${skipped}\n\n${last}`, 0);
    const b = article('The Observer', `${first}\n\n${last}`, 1);
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const gap = r.discrepancies.find((x) => x.kind === 'omission' && x.a.text.startsWith('Doctors at the county hospital'));
    expect(gap?.severity).toBe('major');
    expect(gap?.b.start).toBe(gap?.b.end);
  });

  it('pairs the heads of two first sentences that differ before the words they share', () => {
    const rest = 'in the hills and forest. All are the bodies of ordinary people, dressed in the clothing of farm workers and their families, and none of them carried a weapon of any kind.';
    const a = article('The Times', `Earlier paragraphs describe the valley at length. The bodies themselves have been preserved by the bitter cold which killed others as they hid ${rest}`, 0);
    const b = article('The Times', `A local truce was enforced to allow the villagers to collect their dead and any refugees still hiding ${rest}`, 1);
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const head = r.discrepancies.find((x) => x.b.text.startsWith('A local truce'));
    expect(head && atLeast(head.severity, 'major'), majors(r).join('\n')).toBe(true);
    expect(head?.a.text.startsWith('The bodies themselves')).toBe(true);
  });

  it('reports two different sentences that share a few words as one sentence in place of another, not a head and an omission inside', () => {
    const rest = 'All are the bodies of ordinary people, dressed in the clothing of farm workers and their families, and none of them carried a weapon of any kind.';
    const a = article('The Times', `Earlier paragraphs describe the valley at length. The bodies themselves have been preserved by the bitter cold which killed others as they hid in the hills and forest after the flood. ${rest}`, 0);
    const b = article('The Times', `A local truce was enforced to allow the villagers to collect their dead and any refugees still hiding in the hills and forest. ${rest}`, 1);
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const head = r.discrepancies.find((x) => x.b.text.startsWith('A local truce'));
    expect(head?.a.text, majors(r).join('\n')).toMatch(/^The bodies themselves .* after the flood$/);
    expect(head?.b.text).toMatch(/hills and forest$/);
    expect(majors(r)).toHaveLength(1);
  });

  it('keeps a difference inside a sentence whose words mostly agree, even when its head differs', () => {
    const rest = 'All are the bodies of ordinary people, dressed in the clothing of farm workers and their families, and none of them carried a weapon of any kind.';
    const a = article('The Times', `Earlier paragraphs describe the valley at length. The mayor said that the river had flooded the lower part of the town on Tuesday night after the storm. ${rest}`, 0);
    const b = article('The Times', `Officials confirmed that the river had flooded the lower part of the town on Tuesday night. ${rest}`, 1);
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    expect(r.discrepancies.some((x) => x.a.text === 'after the storm' && x.b.start === x.b.end), majors(r).join('\n')).toBe(true);
  });

  it('does not join text that merely shares a few words with the passage', () => {
    const shared = 'Officials in Millbrook said that at least 450 families had been moved to safety before the river burst its banks on Tuesday night.';
    const a = article('Reuters', `${shared} Nobody in the town could remember a flood of the same kind, and the old people of the town said so to anyone who asked them about it.`, 0);
    const b = article('Reuters', `${shared} A charity shop on Station Road of the town has raised enough to buy a minibus for the hospice, its manager said on the radio.`, 1);
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    expect(majors(r)).toEqual([]);
  });
});
