/**
 * Translations: two witnesses the align stage joined only by their attribution (same outlet and date)
 * because their wording overlaps too little to align token by token, such as two renderings of one
 * Russian article. Word-level differences between them mean nothing, so they get one `translation`
 * difference (major) over the whole passages.
 */
import type { Attribution } from '../../model';
import type { Difference, WitnessView } from '../types';
import { LABEL } from './explain';
import { isFunctionWord } from './function-words';
import { difference, spanAt } from './spans';

/** The distinct content words (norms, function words left out) of a witness's passage. */
function contentWords(w: WitnessView): Set<string> {
  const { from, to } = w.passage.tokens;
  const out = new Set<string>();
  for (const t of w.tokens.slice(from, to)) if (!isFunctionWord(t.norm)) out.add(t.norm);
  return out;
}

/**
 * How much wording two passages share, 0..1: the distinct content words both use, over those of the
 * passage with fewer (so a short excerpt of a long passage still scores high). 0 when either has none.
 */
export function wordingOverlap(a: WitnessView, b: WitnessView): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** `The Times, 1992-03-02` from the fields an attribution has; `unattributed` when it has none. */
function sourceLabel(at: Attribution): string {
  const parts = [at.outlet, at.author, at.date].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join(', ') : 'unattributed';
}

/**
 * The single difference between two witnesses that render one original differently (joined by attribution,
 * not by wording): kind `translation`, severity major, spans the whole passages, explained with the source
 * and the share of content words the two have in common, e.g.
 * `two renderings of one original: Izvestia, 1992-03-04 (12% of words shared)`.
 */
export function translationDifference(a: WitnessView, b: WitnessView): Difference {
  const overlap = Math.round(wordingOverlap(a, b) * 100);
  const source = sourceLabel({ ...b.attribution, ...a.attribution });
  return difference(
    'translation',
    'major',
    `${LABEL.translation}: ${source} (${overlap}% of words shared)`,
    spanAt(a, a.passage.start, a.passage.end),
    spanAt(b, b.passage.start, b.passage.end),
  );
}
