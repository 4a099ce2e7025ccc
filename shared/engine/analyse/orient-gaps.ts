/**
 * Omission or insertion? Two witnesses alone cannot say which of them left words out and which put them
 * in (analysis takes side A as the reference). A cluster of three or more can: where most witnesses that
 * reach the place lack the words, the one that has them added them; where most have them, the one lacking
 * them left them out. Only silent gaps are turned round — a marked elision or a damaged text says which
 * side lost the words, and brackets say which side added them.
 */
import type { AlignmentTable } from '../align/alignment-table';
import type { QuoteCluster } from '../align/cluster';
import type { Difference, Token } from '../types';
import { LABEL, labelOf, oneSided } from './explain';

/** A difference between witnesses `x` (side A) and `y` of a cluster. */
interface Between {
  x: number;
  y: number;
  difference: Difference;
}

/** The columns `[lo, hi]` of the tokens of witness `w` inside characters `[start, end)`, or null. */
function columnsOf(cluster: QuoteCluster, table: AlignmentTable, tokens: readonly Token[], w: number, start: number, end: number): [number, number] | null {
  const witness = cluster.witnesses[w];
  const cols = table.columns[w];
  if (!witness || !cols) return null;
  let lo = -1;
  let hi = -1;
  for (let t = witness.range.from; t < witness.range.to; t++) {
    const tok = tokens[t] as Token;
    if (tok.end <= start) continue;
    if (tok.start >= end) break;
    const c = cols[t - witness.range.from] as number;
    if (lo < 0) lo = c;
    hi = c;
  }
  return lo < 0 ? null : [lo, hi];
}

/** How many witnesses reaching columns `[lo, hi]` have a token there, and how many lack one. */
function census(table: AlignmentTable, lo: number, hi: number): { have: number; lack: number } {
  let have = 0;
  let lack = 0;
  for (const cols of table.columns) {
    if (cols.length === 0 || (cols[cols.length - 1] as number) < lo || (cols[0] as number) > hi) continue;
    if (cols.some((c) => c >= lo && c <= hi)) have++;
    else lack++;
  }
  return { have, lack };
}

/**
 * Turns silent omissions into insertions (and back) where the cluster's other witnesses outvote side A;
 * `tokens(doc)` gives a document's tokens. Returns new differences; the others are passed through.
 */
export function orientGaps<T extends Between>(cluster: QuoteCluster, table: AlignmentTable, differences: readonly T[], tokens: (doc: number) => readonly Token[]): T[] {
  if (cluster.witnesses.length < 3) return [...differences];
  return differences.map((d) => {
    const label = labelOf(d.difference.explanation);
    if (label !== LABEL.omissionSilent && label !== LABEL.insertionSilent) return d;
    const aHas = d.difference.a.end > d.difference.a.start;
    const w = aHas ? d.x : d.y;
    const side = aHas ? d.difference.a : d.difference.b;
    const doc = (cluster.witnesses[w] as QuoteCluster['witnesses'][number]).doc;
    const at = columnsOf(cluster, table, tokens(doc), w, side.start, side.end);
    if (!at) return d;
    const { have, lack } = census(table, at[0], at[1]);
    const kind = lack > have ? 'insertion' : have > lack ? 'omission' : d.difference.kind;
    if (kind === d.difference.kind) return d;
    const explanation = oneSided(kind === 'insertion' ? LABEL.insertionSilent : LABEL.omissionSilent, side.text);
    return { ...d, difference: { ...d.difference, kind, explanation } };
  });
}
