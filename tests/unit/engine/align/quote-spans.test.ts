// QuoteSpans.hasSpeechIn answers what speechIn(...).length > 0 answers, by binary search.
import { describe, expect, it } from 'vitest';
import { QuoteSpans, type QuoteSpan } from '../../../../shared/engine/align';

describe('QuoteSpans.hasSpeechIn', () => {
  it('agrees with speechIn on overlapping, nested and touching spans of every cue', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const cues = ['quotation-marks', 'block', 'phrase', undefined] as const;
    const spans: QuoteSpan[] = Array.from({ length: 300 }, () => {
      const start = rand(2000);
      const cue = cues[rand(4)];
      return { doc: rand(2), start, end: start + 1 + rand(60), attribution: {}, translated: false, user: cue === undefined, ...(cue ? { cue } : {}) };
    });
    const q = new QuoteSpans(2, spans);
    for (let k = 0; k < 2000; k++) {
      const doc = rand(2);
      const start = rand(2100);
      const end = start + rand(40);
      expect(q.hasSpeechIn(doc, start, end), `${doc} ${start}-${end}`).toBe(q.speechIn(doc, start, end).length > 0);
    }
  });
});
