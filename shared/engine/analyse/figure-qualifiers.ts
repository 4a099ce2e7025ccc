/**
 * A figure's qualifier at the very start of an excerpt: `More than 300 people attended` quoted as `300
 * people attended`. Inside a passage the dropped words are an ordinary gap (major); at the passage's edge
 * they fall outside every comparison, because an excerpt that starts later is no omission. A qualifier
 * is part of the figure, though (`more than 300` is not `300`), so where one witness's quotation starts
 * with the figure and the other's has a qualifier before it, in the same quotation and sentence, that is
 * a changed figure.
 */
import type { Difference, Token, WitnessView } from '../types';
import { LABEL, twoSided } from './explain';
import { difference, spanAt } from './spans';

/** English qualifiers of a figure, as token norms, longest first. */
const QUALIFIERS: readonly (readonly string[])[] = [
  ['as', 'many', 'as'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['at', 'least'], ['at', 'most'],
  ['up', 'to'], ['just', 'over'], ['just', 'under'], ['nearly'], ['almost'], ['about'], ['around'], ['over'],
  ['under'], ['approximately'], ['roughly'], ['some'], ['only'],
];

/** The qualifier standing right before the passage of `view` (its first token a number), or null. */
function qualifierBefore(view: WitnessView): { words: string; start: number; end: number } | null {
  const first = view.passage.tokens.from;
  const t = view.tokens.at(first);
  if (t === undefined || t.kind !== 'number') return null;
  for (const q of QUALIFIERS) {
    const from = first - q.length;
    if (from < 0) continue;
    const words = view.tokens.slice(from, first) as Token[];
    if (!words.every((w, i) => w.norm === q[i])) continue;
    const text = view.document.text;
    // Only spaces between the words and the figure: a sentence or clause break makes them another phrase.
    if (!/^\s+$/u.test(text.slice((words[words.length - 1] as Token).end, t.start))) continue;
    const start = (words[0] as Token).start;
    // The qualifier must lie in the same quotation as the figure: outside it, it is the reporter's.
    const quoted = (view.speech ?? []).some((s) => s.start <= start && t.end <= s.end);
    if (!quoted && !view.inArticle) continue;
    return { words: text.slice(start, (words[words.length - 1] as Token).end), start, end: (words[words.length - 1] as Token).end };
  }
  return null;
}

/**
 * The changed qualifier of a figure that starts both passages (see the file comment), or null: one side
 * has a qualifier before it in its quotation, the other has none or another.
 */
export function edgeQualifier(a: WitnessView, b: WitnessView): Difference | null {
  const qa = qualifierBefore(a);
  const qb = qualifierBefore(b);
  if (qa === null && qb === null) return null;
  if (qa !== null && qb !== null && qa.words.toLowerCase() === qb.words.toLowerCase()) return null;
  const sa = qa ? spanAt(a, qa.start, qa.end) : spanAt(a, a.passage.start, a.passage.start);
  const sb = qb ? spanAt(b, qb.start, qb.end) : spanAt(b, b.passage.start, b.passage.start);
  return difference('number', 'major', twoSided(LABEL.qualifier, qa?.words ?? '(none)', qb?.words ?? '(none)'), sa, sb);
}
