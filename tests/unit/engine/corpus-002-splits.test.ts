// Acceptance on the real-world corpus: 002.txt is a magazine article set in narrow columns, full of words
// split by stray spaces and line-end hyphens (`I nter-⏎national`, `Cr iminal`, `A zerbaijan`,
// `9 D ecember`, `an y`). Where it quotes what 001.txt quotes (the Genocide Convention's definition, the
// list of statutes, the Khojaly passage), such splits are layout noise and must never reach major; the real
// differences beside them must stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../shared/engine';
import type { Discrepancy, Report } from '../../../shared/model';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../helpers/corpus';
import { doc } from './align/helpers';

const FILES = ['001.txt', '002.txt', '004.txt'] as const;
const SPLIT_FILE = '002.txt';

/** The letters and digits of a text, case folded: what a split word and its whole have in common. */
const letters = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const serious = (d: Discrepancy): boolean => d.severity === 'major' || d.severity === 'critical';
const show = (d: Discrepancy): string => `${d.kind} ${d.severity}: ${d.explanation}`;

describe.skipIf(!hasCorpus)(`002.txt split words against 001.txt (Genocide Convention, statutes, Khojaly)${corpusSkipReason}`, () => {
  let report: Report;
  let involving: Discrepancy[];
  beforeAll(() => {
    report = check({ documents: FILES.map((f) => doc(f, readCorpus(f))) });
    involving = report.discrepancies.filter((d) => d.a.document === SPLIT_FILE || d.b.document === SPLIT_FILE);
  });

  /** The discrepancy between 001.txt and 002.txt whose 002.txt side starts at the offset of `phrase`. */
  const at002 = (phrase: string, anchor: string): Discrepancy[] => {
    const text = readCorpus(SPLIT_FILE);
    const offset = text.indexOf(phrase, text.indexOf(anchor));
    expect(offset, `"${phrase}" in 002.txt`).toBeGreaterThan(0);
    return involving.filter((d) => (d.a.document === SPLIT_FILE ? d.a : d.b).start === offset);
  };

  it('reports no major or critical discrepancy whose two sides have the same letters', () => {
    // Attribution compares outlets and dates, not the words: its sides may well read alike.
    const splits = involving.filter((d) => serious(d) && d.kind !== 'attribution' && letters(d.a.text) === letters(d.b.text));
    expect(splits.map(show)).toEqual([]);
  });

  it('reports no two neighbouring major discrepancies that together are one split word', () => {
    // `omission "I"` beside `International / nter-⏎national` is one word cut in two, reported twice.
    const text = (file: string): string => readCorpus(file);
    const serial = involving.filter((d) => serious(d) && d.kind !== 'attribution').sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
    const joined: string[] = [];
    serial.forEach((d, i) => {
      const next = serial[i + 1];
      if (next === undefined || next.a.document !== d.a.document || next.b.document !== d.b.document) return;
      const [ta, tb] = [text(d.a.document), text(d.b.document)];
      const a = { start: Math.min(d.a.start, next.a.start), end: Math.max(d.a.end, next.a.end) };
      const b = { start: Math.min(d.b.start, next.b.start), end: Math.max(d.b.end, next.b.end) };
      // Only neighbours with no word between them on either side make one stretch.
      if (letters(ta.slice(d.a.end, next.a.start)) !== '' || letters(tb.slice(d.b.end, next.b.start)) !== '') return;
      if (letters(ta.slice(a.start, a.end)) === letters(tb.slice(b.start, b.end))) joined.push(`${show(d)} + ${show(next)}`);
    });
    expect(joined).toEqual([]);
  });

  it('reads the statutes list’s `I nter-⏎national` and `Cr iminal` as splits (ocr, info)', () => {
    const inter = at002('I nter-\nnational', 'Statut e of the');
    expect(inter.map((d) => [d.kind, d.severity])).toEqual([['ocr', 'info']]);
    const criminal = at002('Cr iminal', 'Criminal Court, the');
    for (const d of criminal) expect(serious(d), show(d)).toBe(false);
  });

  it('keeps the real wording change of the Khojaly passage: genocide / massacre (major)', () => {
    const found = at002('massacre is one of the most terrible', 'The Khojaly');
    expect(found.map((d) => [d.kind, d.severity, d.a.text, d.b.text])).toContainEqual(['wording', 'major', 'genocide', 'massacre']);
  });

  it('keeps the paragraph reference 001.txt adds in round brackets: (par. 4) (insertion, major)', () => {
    const text001 = readCorpus('001.txt');
    const start = text001.indexOf('(par. 4)', text001.indexOf('Statute of the International Criminal Tribunal for the Former Yugoslavia'));
    const found = involving.filter((d) => d.a.document === '001.txt' && d.a.start === start);
    expect(found.map((d) => [d.kind, d.severity, d.a.text])).toEqual([['insertion', 'major', '(par. 4)']]);
  });
});
