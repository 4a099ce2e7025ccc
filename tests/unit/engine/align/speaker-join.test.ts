// A speaker's words in two renderings (align/attribution-join.ts `joinBySpeaker`), and the speaker read from
// the sentence before a quote (detect/attribution-phrases.ts), on ordinary English.
import { describe, expect, it } from 'vitest';
import { check, detectQuotes, tokenize } from '../../../../shared/engine';
import { doc } from './helpers';

describe('speakers', () => {
  it.each([
    ['Margaret Holloway said in her address to the council on the tenth anniversary of the flood: “…”', 'Margaret Holloway'],
    ['The mayor of the town, Daniel Kendall, told reporters on Monday: “…”', 'Daniel Kendall'],
    ['The report said: “…”', undefined],
  ])('reads the speaker of %s', (sentence, speaker) => {
    const text = sentence.replace('…', 'We will rebuild every house that the water took from us, and we will do it together.');
    const [c] = detectQuotes(doc('d', text), tokenize(text));
    expect(c?.attribution.author).toBe(speaker);
  });

  it('joins two renderings of one speaker’s words, one quoting only the first sentence, as a translation', () => {
    const a = 'Margaret Holloway said in her address on the tenth anniversary of the flood: “This cruel and merciless flood was the most terrible disaster in the history of our valley.” The council agreed.';
    const b = 'In an appeal to the people on the sad tenth anniversary, Margaret Holloway said: “This harsh and pitiless flood went down in the history of the valley as the most terrible of disasters. Today the council and the people are rebuilding every street, every school and every bridge that the water took from them.” Nobody disagreed.';
    const r = check({ documents: [doc('a', a), doc('b', b)] });
    const t = r.discrepancies.filter((x) => x.kind === 'translation');
    expect(t).toHaveLength(1);
    expect(t[0]?.explanation).toMatch(/Margaret Holloway/u);
  });

  it('joins them once when the user accepted the detected quote as an annotation of the same place', () => {
    const a = 'Margaret Holloway said in her address on the tenth anniversary of the flood: “This cruel and merciless flood was the most terrible disaster in the history of our valley.” The council agreed.';
    const b = 'In an appeal to the people on the sad tenth anniversary, Margaret Holloway said: “This harsh and pitiless flood went down in the history of the valley as the most terrible of disasters. Today the council and the people are rebuilding every street, every school and every bridge that the water took from them.” Nobody disagreed.';
    const [suggested] = detectQuotes(doc('a', a), tokenize(a));
    expect(suggested?.attribution.author).toBe('Margaret Holloway');
    const accepted = { id: 'q1', document: 'a', start: suggested?.start ?? 0, end: suggested?.end ?? 0, attribution: { ...suggested?.attribution }, translated: false };
    const r = check({ documents: [doc('a', a), doc('b', b)], quotes: [accepted] });
    expect(r.clusters).toHaveLength(1);
    expect(r.discrepancies.filter((x) => x.kind === 'translation')).toHaveLength(1);
  });

  it('does not join two things one speaker said that share no words', () => {
    const a = 'Margaret Holloway said: “The new bridge will open in the spring, once the last of the steel has been delivered.”';
    const b = 'Margaret Holloway said: “Our schools need more teachers and smaller classes before anything else is built.”';
    expect(check({ documents: [doc('a', a), doc('b', b)] }).discrepancies).toEqual([]);
  });
});
