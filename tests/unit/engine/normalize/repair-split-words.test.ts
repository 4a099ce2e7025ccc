import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../shared/engine/tokenize';

const norms = (text: string): string[] => tokenize(text).map((t) => t.norm);

describe('repairSplitWords (through tokenize)', () => {
  it.each([
    // a lone letter that is not a word, glued to the next fragment
    ['the f ellow came', ['the', 'fellow', 'came']],
    ['the c ountry’s land', ['the', "country's", 'land']],
    ['fleeing K albajar now', ['fleeing', 'kalbajar', 'now']],
    ['he beat me t o make', ['he', 'beat', 'me', 'to', 'make']],
    ['a fight f or it, for all', ['a', 'fight', 'for', 'it', 'for', 'all']],
    // the capital I or A after a preposition cannot be the pronoun or the article
    ['dent of I zvestia newspaper', ['dent', 'of', 'izvestia', 'newspaper']],
    // a contraction separated by a stray space
    ['I wasn ’t wounded', ['i', "wasn't", 'wounded']],
    // longer fragments need the joined form elsewhere in the document
    ['the Ar menians and the Armenians', ['the', 'armenians', 'and', 'the', 'armenians']],
    ['in their wa y and our way', ['in', 'their', 'way', 'and', 'our', 'way']],
    ['scat -\ntered and scattered', ['scattered', 'and', 'scattered']],
    // a split the column layout repeats: the fragment counts twice, but never stands apart from its piece
    ['Code of the A zerbaijan Republic. A zerbaijan and Azerbaijan', ['code', 'of', 'the', 'azerbaijan', 'republic', 'azerbaijan', 'and', 'azerbaijan']],
    ['Statute of I nter-\nnational law; I nternational and International', ['statute', 'of', 'international', 'law', 'international', 'and', 'international']],
    ['the Cr iminal Code, the Cr iminal Court, Criminal', ['the', 'criminal', 'code', 'the', 'criminal', 'court', 'criminal']],
  ])('%j → %j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it.each([
    ['a house', ['a', 'house']],
    ['I went home', ['i', 'went', 'home']],
    ['gave in to them, into the night', ['gave', 'in', 'to', 'them', 'into', 'the', 'night']],
    ['x and y', ['x', 'and', 'y']],
    ['paz y justicia', ['paz', 'y', 'justicia']],
    ['hundreds of f', ['hundreds', 'of', 'f']],
    ['the scorched earth', ['the', 'scorched', 'earth']],
    ['R E S I D E N T', ['r', 'e', 's', 'i', 'd', 'e', 'n', 't']],
    ['Plan B was', ['plan', 'b', 'was']],
    // a fragment repeated after the same piece is no evidence unless the joined form is written whole
    ['A house, a house and a house', ['a', 'house', 'a', 'house', 'and', 'a', 'house']],
    ['I went, I went and went', ['i', 'went', 'i', 'went', 'and', 'went']],
    ['in to it, in to them and into', ['in', 'to', 'it', 'in', 'to', 'them', 'and', 'into']],
  ])('leaves normal text alone: %j', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('gives a repaired token a span over both fragments and the space, with split-word noise', () => {
    const text = 'the f ellow';
    const token = tokenize(text).at(1);
    expect(token).toMatchObject({ text: 'f ellow', start: 4, end: 11, norm: 'fellow', kind: 'word' });
    expect(token?.noise).toContain('split-word');
    expect(text.slice(token?.start, token?.end)).toBe(token?.text);
  });

  it('never joins across a line break without a hyphen', () => {
    expect(norms('the f\nellow')).toEqual(['the', 'f', 'ellow']);
  });
});
