import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../../shared/engine/detect';
import { tokenize } from '../../../../shared/engine/tokenize';
import type { QuoteCandidate } from '../../../../shared/engine/types';
import { corpusSkipReason, hasCorpus, readCorpus } from '../../../helpers/corpus';

function detectCorpus(name: string): { text: string; found: QuoteCandidate[] } {
  const text = readCorpus(name);
  return { text, found: detectQuotes({ id: name, path: name, title: name, text, sha256: '0'.repeat(64) }, tokenize(text)) };
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ');

describe.skipIf(!hasCorpus)(`detectQuotes on the corpus${corpusSkipReason}`, () => {
  describe('004.txt, the press section (reprinted articles under outlet headings)', () => {
    const { text, found } = hasCorpus ? detectCorpus('004.txt') : { text: '', found: [] };
    const sectionStart = text.indexOf('INTERNATIONAL MEDIA COVERAGE');
    const sectionEnd = text.indexOf('INTERNATIONAL RESPONSE');
    const blocks = found.filter((c) => c.cue === 'block' && c.start > sectionStart && c.end < sectionEnd);

    // [outlet, date, author, headline, first words, last words] per article, in the order they are printed.
    const expected: [string, string | undefined, string | undefined, string | undefined, string, string][] = [
      ['The Washington Post', '1992-02-28', 'Thomas Goltz', 'Nagorno-Karabakh victims buried in Azerbaijani town - refugees claim hundreds died in Armenian attack', 'Officials of the main mosque', 'Agdam after A'],
      ['The Washington Post', undefined, 'Thomas Goltz', 'Survivors Describe Armenian Attack', 'BAKU, Azerbaijan, March 3', 'on the town of Khojaly.'],
      ['The Independent', '1992-02-29', 'Helen Womack', undefined, 'Elif Kaban, a Reuter correspondent', 'at a group of journalists'],
      ['The Independent', '1992-06-12', undefined, 'Painful search', 'The gruesome extent', 'taken over by Armenian forces.'],
      ['The Sunday Times', '1992-03-01', 'Thomas Goltz', 'Armenian soldiers massacre hundreds of fleeing families', 'Survivors reported that Armenian soldiers shot and bayoneted', 'killing one person.'],
      ['The Times', '1992-03-02', 'Anatol Lieven', 'Corpses litter hills in Karabakh', 'As we swooped low', 'They had been shot.'],
      ['The New York Times', '1992-03-03', undefined, 'Massacre by Armenians being reported', 'The last of the former Soviet troops', 'Mr. Ter-Petrosyan said..'],
      ['The Washington Times', '1992-03-02', undefined, 'Armenian raid leaves Azeris dead or fleeing', 'About 1,000 of Khojaly', 'from the Khojaly area.'],
      ['BBC', '1992-03-03', undefined, undefined, 'A BBC reporter was live', 'at very close range.'],
      ['BBC', '1992-03-03', undefined, undefined, 'Very disturbing pictures', 'massacred by Armenian forces.'],
      ['The Washington Times', '1992-03-03', 'Brian Killen', 'Atrocity reports horrify Azerbaijan', 'Dozens of bodies lay scattered', 'miles from Aghdam.'],
      ['The Times', '1992-03-03', 'Anatol Lieven', 'Massacre uncovered', 'More than sixty bodies', 'as they lay on the ground.'],
      ['The Times', '1992-03-03', undefined, 'Bodies mark site of Karabakh massacre', 'A local truce was enforced', 'as they lay on the ground.'],
      ['The Boston Globe', '1992-03-03', 'Paul Quinn-Judge', undefined, 'Azerbaijan charged yesterday', 'for Armenian irregulars.'],
      ['The Age', '1992-03-06', 'Helen Womack', undefined, 'The exact number of victims', 'with my own eyes".'],
      ['The Sunday Times', '1992-03-08', 'Thomas Goltz', undefined, 'Khojaly used to be a barren Azeri town', 'Butchered. Lost”.'],
      ['Svoboda', '1992-06-12', 'Memorial', 'A tragedy whose perpetrators cannot be vindicated', 'The report of Memorial', 'one case of live scalping”.'],
      ['Newsweek', '1992-03-16', 'Pascal Privat', 'The face of a massacre', 'Azerbaijan was a charnel house', "While the victims' families mourned."],
      ['Time', '1992-03-16', 'Jill Smolowe', 'Massacre in Khojaly', 'While the details are argued', 'shot in the head...'],
      ['Le Monde', '1992-03-14', undefined, undefined, 'A foreign journalist in Aghdam', 'but reality.'],
      ['Kommersant', '2002-02-27', undefined, undefined, 'Over the night from 25 to 26 February 1992', '150 persons are missing.'],
      ['The Independent', '1992-06-12', 'Frederique Lengaigne', undefined, 'Aref Sadikov sat quietly', 'a bullet in my sock”.'],
    ];

    it('yields one block per article, each with its outlet, date, author and headline', () => {
      expect(blocks.map((b) => [b.attribution.outlet, b.attribution.date, b.attribution.author, b.attribution.headline]))
        .toEqual(expected.map(([o, d, a, h]) => [o, d, a, h]));
    });

    it('gives each block the article body, from its first words to its last', () => {
      blocks.forEach((b, i) => {
        const [, , , , first, last] = expected[i] ?? [];
        expect(b.text.startsWith(first ?? '?'), `block ${i} starts "${b.text.slice(0, 40)}"`).toBe(true);
        expect(b.text.endsWith(last ?? '?'), `block ${i} ends "${b.text.slice(-40)}"`).toBe(true);
      });
    });

    it('reads "# THE TIMES" above "**Time, 16 March 1992**" as Time, and opens nothing at the OCR fragment "# Armenian so hundreds of f"', () => {
      const time = blocks.find((b) => b.text.startsWith('While the details are argued'));
      expect(time?.attribution.outlet).toBe('Time');
      const fragment = text.indexOf('# Armenian so hundreds of f');
      expect(found.some((c) => c.cue === 'block' && c.start > fragment && c.start < fragment + 400)).toBe(false);
    });

    it('credits the speaker quotes inside The Sunday Times of 1 March 1992 to the paper, not to the speakers', () => {
      const slaughter = found.find((c) => c.cue === 'quotation-marks' && c.text === 'The Armenians just shot and shot. And then they came in and started carving up people with their bayonets and knives');
      expect(slaughter?.attribution).toMatchObject({ outlet: 'The Sunday Times', date: '1992-03-01' });
    });
  });

  describe('001.txt, the Foreign Ministry press summary (lines ~2157-2173)', () => {
    const { found } = hasCorpus ? detectCorpus('001.txt') : { found: [] };
    const pick = (cue: QuoteCandidate['cue'], first: string) => found.find((c) => c.cue === cue && squash(c.text).startsWith(first));

    it.each([
      ['quotation-marks', 'Armenian Soldiers Massacre', 'The Sunday Times', '1992-03-01', 'Fleeing Families'],
      ['quotation-marks', 'Many were killed at close range', 'Newsweek', '1992-03-16', 'others were scalped'],
      ['phrase', 'beheadings and acts of scalping', 'The New York Times', '1992-03-03', 'acts of scalping'],
      ['quotation-marks', 'grim and unconscionable', 'Time', '1992-03-16', 'unconscionable'],
      ['quotation-marks', 'backed accounts of the slaughter', 'The Washington Times', '1992-03-03', 'women and children'],
    ] as const)('finds the %s quote "%s…" credited to %s, %s', (cue, first, outlet, date, last) => {
      const c = pick(cue, first);
      expect(c?.attribution.outlet).toBe(outlet);
      expect(c?.attribution.date).toBe(date);
      expect(c && squash(c.text).endsWith(last)).toBe(true);
    });

    it('takes the Sunday Times quote as the headline it is introduced as', () => {
      expect(pick('quotation-marks', 'Armenian Soldiers Massacre')?.attribution.headline).toBe('Armenian Soldiers Massacre Hundreds of Fleeing Families');
    });
  });

  describe('001.txt, quotes of Newsweek in the Whitfield report (~2817) and the anniversary letter (~2953)', () => {
    const { found } = hasCorpus ? detectCorpus('001.txt') : { found: [] };

    it('credits the charnel-house passage to Newsweek Magazine, without the date of the next sentence', () => {
      const c = found.find((q) => q.text.startsWith('Azerbaijan was a charnel house'));
      expect(c?.attribution).toEqual({ outlet: 'Newsweek' });
      expect(squash(c?.text ?? '').endsWith('others were scalped.')).toBe(true);
    });

    it('finds the straight quote nested in the letter and credits it to Newsweek, and the next one to Human Rights Watch', () => {
      const inner = found.find((q) => q.text.startsWith('many were killed at close range'));
      expect(inner?.attribution.outlet).toBe('Newsweek');
      const hrw = found.find((q) => squash(q.text) === 'the largest massacre to date in the conflict');
      expect(hrw?.attribution.outlet).toBe('Human Rights Watch');
    });
  });

  describe('002.txt, the magazine article in narrow columns', () => {
    const { found } = hasCorpus ? detectCorpus('002.txt') : { found: [] };

    it('credits the correspondent quote to Izvestia although the name is split ("I zvestia")', () => {
      const c = found.find((q) => squash(q.text).startsWith('From time to time'));
      expect(c?.attribution.outlet).toBe('Izvestia');
    });

    it('joins the Girchenko excerpt whose paragraphs each reopen the quote into one candidate', () => {
      const c = found.find((q) => q.text.startsWith('Some officers and soldiers'));
      expect(c?.text.endsWith('scalped and then killed them')).toBe(true);
      expect(c?.text).toContain('A second r oadblock');
    });
  });
});
