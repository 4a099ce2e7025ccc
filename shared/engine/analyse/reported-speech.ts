/**
 * Two reports of one statement in their authors' own words (a quote's lead-in, a paraphrase of it; see
 * `align/reported-speech.ts`) are no quotations: neither can misquote, so their wording, what one leaves
 * out and what one adds are minor. A figure and a name stay what they are: a changed count of the dead
 * or another person named is a claim whoever words it.
 */
import type { Difference } from '../types';
import { LABEL } from './explain';

/** The differences of a pair of reported witnesses, judged as paraphrase. */
export function asReportedSpeech(found: readonly Difference[]): Difference[] {
  return found.map((d) =>
    d.kind === 'number' || d.kind === 'name' || (d.severity !== 'major' && d.severity !== 'critical')
      ? d
      : { ...d, severity: 'minor', explanation: `${LABEL.paraphrase} (${d.explanation})` },
  );
}
