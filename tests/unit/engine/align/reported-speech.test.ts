// Reported speech (align/reported-speech.ts, analyse/reported-speech.ts): a quote's lead-in and an
// unquoted paraphrase of it in another article are witnesses of one statement, judged as paraphrase.
import { describe, expect, it } from 'vitest';
import { check } from '../../../../shared/engine';
import type { Report } from '../../../../shared/model';
import { doc } from './helpers';

const head = (outlet: string, date: string): string => `# ${outlet}\n\n**${outlet}, ${date}**\n\n`;
const QUOTE = '“It gave way in minutes, and the whole street was under water before anyone could leave,” she said. “Nobody had checked the gates since the winter.”';
const first = `${head('The Evening Chronicle', '3 May 2019')}Families on Mill Lane spent the night with neighbours after the river rose.\n\nA council engineer, Ruth Ames, said she had seen water pouring through the flood barrier near the old mill.\n\n${QUOTE}\n\nThe council will meet on Friday.\n`;
const second = `${head('The Northern Echo', '3 May 2019')}Council engineer Ruth Ames saw water pouring through the barrier by the old mill.\n\n${QUOTE}\n\nSchools in the valley stay closed today.\n`;
const digest = (sentence: string): string => `${head('The Harbour Courier', '4 May 2019')}Residents said it was hard to know how much damage the storm had done. ${sentence}\n\nThe road to the coast reopened at noon.\n`;

/** The cluster holding a witness of document `id` whose text contains `words`. */
function clusterWith(r: Report, id: string, words: string): Report['clusters'][number] | undefined {
  return r.clusters.find((c) => c.witnesses.some((w) => w.document === id && w.text.includes(words)));
}

describe('reported speech', () => {
  it('joins an unquoted paraphrase in another article to the lead-ins of the quote it reports', () => {
    const paraphrase = 'But a council engineer, Ames, said she saw water pouring through the barrier, and a firefighter reported two cars swept away.';
    const r = check({ documents: [doc('a', first), doc('b', second), doc('c', digest(paraphrase))] });
    const c = clusterWith(r, 'c', 'council engineer, Ames');
    expect(c?.witnesses.map((w) => w.document)).toEqual(['a', 'b', 'c']);
    // The paraphrase is its clause, not the firefighter's report that follows.
    expect(c?.witnesses.find((w) => w.document === 'c')?.text).toBe('But a council engineer, Ames, said she saw water pouring through the barrier');
    const found = r.discrepancies.filter((d) => d.cluster === c?.id);
    expect(found.length).toBeGreaterThan(0);
    // Wording a paraphrase chooses is minor; the articles' outlets are no difference of the statement.
    expect(found.filter((d) => d.severity === 'major' || d.severity === 'critical')).toEqual([]);
    expect(found.some((d) => d.kind === 'wording' && d.explanation.startsWith('reported speech differs'))).toBe(true);
    expect(found.some((d) => d.kind === 'attribution')).toBe(false);
  });

  it('keeps a changed figure in a paraphrase critical', () => {
    const lead = first.replace('said she had seen water pouring through the flood barrier near the old mill', 'said she had seen 12 houses flooded behind the barrier near the old mill');
    const paraphrase = 'But a council engineer, Ames, said she saw 21 houses flooded behind the old barrier, and a firefighter reported two cars swept away.';
    const r = check({ documents: [doc('a', lead), doc('b', second), doc('c', digest(paraphrase))] });
    const c = clusterWith(r, 'c', 'council engineer, Ames');
    const numbers = r.discrepancies.filter((d) => d.cluster === c?.id && d.kind === 'number');
    expect(numbers.map((d) => [d.severity, d.a.text, d.b.text])).toEqual([['critical', '12', '21']]);
  });

  it('does not join a sentence that names the same person but says something else', () => {
    const other = 'But a council engineer, Ames, said the barrier would be repaired before the autumn storms.';
    const r = check({ documents: [doc('a', first), doc('b', second), doc('c', digest(other))] });
    expect(clusterWith(r, 'c', 'council engineer, Ames')).toBeUndefined();
  });

  it('does not take a sentence of the quoting article itself for another report', () => {
    // The same article restating its lead-in further down is the article's own wording, not a second source.
    const restated = first.replace('The council will meet on Friday.', 'A council engineer, Ames, said she saw the river pouring through the barrier, and a firefighter reported two cars swept away.');
    const r = check({ documents: [doc('a', restated), doc('b', second)] });
    expect(clusterWith(r, 'a', 'council engineer, Ames')).toBeUndefined();
  });
});
