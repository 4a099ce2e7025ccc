/**
 * Flags (DESIGN.md): a claim is flagged when a quote it cites sits in a cluster with a discrepancy at or
 * above the project's threshold. Works on the report's own clusters and discrepancies, so the flags can
 * be recomputed when only annotations or the threshold change.
 */
import { atLeast, type ClaimFlag, type Cluster, type Discrepancy, type Severity } from '../model';
import type { ClaimInput, QuoteInput } from './types';

/** The default threshold of DESIGN.md. */
export const DEFAULT_THRESHOLD: Severity = 'major';

/**
 * One {@link ClaimFlag} per claim, in input order. A cited quote counts when it overlaps (shares at least
 * one character with) a witness in the same document; the claim then lists, in report order, every
 * discrepancy at or above `threshold` of each such cluster, and is flagged when that list is not empty.
 * Cited ids that name no quote are ignored: the quote may have been deleted since the claim was made.
 */
export function flagClaims(
  claims: readonly ClaimInput[],
  quotes: readonly QuoteInput[],
  clusters: readonly Cluster[],
  discrepancies: readonly Discrepancy[],
  threshold: Severity = DEFAULT_THRESHOLD,
): ClaimFlag[] {
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const order = new Map(discrepancies.map((x, i) => [x.id, i]));
  const serious = new Map<string, string[]>();
  for (const x of discrepancies) {
    if (!atLeast(x.severity, threshold)) continue;
    const list = serious.get(x.cluster);
    if (list) list.push(x.id);
    else serious.set(x.cluster, [x.id]);
  }
  return claims.map((claim) => {
    const found = new Set<string>();
    for (const id of claim.cites) {
      const q = quoteById.get(id);
      if (!q) continue;
      for (const c of clusters) {
        const sits = c.witnesses.some((w) => w.document === q.document && w.start < Math.max(q.end, q.start + 1) && q.start < w.end);
        if (sits) for (const x of serious.get(c.id) ?? []) found.add(x);
      }
    }
    // Report order: the discrepancies' own order (press clusters first, then position).
    const ids = [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    return { id: claim.id, document: claim.document, start: claim.start, end: claim.end, flagged: ids.length > 0, discrepancies: ids };
  });
}
