import { SEVERITY_RANK, type Cluster, type Discrepancy, type DiscrepancyKind, type Report, type Severity } from '../../shared/model';
import { itemStatus, type ReviewItem } from './review-items';
import type { ReviewNote, ReviewStatus } from './review-state';

/** What the review view shows: each field narrows; '' means any. */
export interface ReviewFilter {
  minSeverity: Severity;
  kind: DiscrepancyKind | '';
  document: string;
  outlet: string;
  status: ReviewStatus | '';
  /** Words to find in the texts, explanations, titles and attributions ('' finds everything). */
  search: string;
}

/** The filter a review view starts with: everything. */
export const ANY_FILTER: ReviewFilter = { minSeverity: 'info', kind: '', document: '', outlet: '', status: '', search: '' };

/** True when `filter` narrows nothing. */
export function isNeutral(filter: ReviewFilter): boolean {
  return filter.minSeverity === 'info' && !filter.kind && !filter.document && !filter.outlet && !filter.status && !filter.search.trim();
}

/** Every outlet a cluster names: its source's and its witnesses'. */
export function outletsOf(cluster: Cluster): string[] {
  const names = [cluster.source.outlet, ...cluster.witnesses.map((w) => w.attribution.outlet)];
  return [...new Set(names.filter((n): n is string => typeof n === 'string' && n !== ''))];
}

function haystack(cluster: Cluster, titleOf: (id: string) => string): string {
  const parts = [cluster.source.outlet, cluster.source.author, cluster.source.headline, ...cluster.witnesses.flatMap((w) => [w.text, titleOf(w.document), w.attribution.outlet, w.attribution.author])];
  return parts.filter(Boolean).join('\n').toLowerCase();
}

/** The filtered view of a report: the review items (variant rows) that pass, and the clusters to list. */
export interface FilteredReview {
  /** In review order (see `compareItems`). */
  items: ReviewItem[];
  /** In report order: press clusters first. */
  clusters: Cluster[];
}

/** Whether one pair of witnesses passes the filter's severity, kind, document and search words. */
function pairPasses(d: Discrepancy, filter: ReviewFilter, words: readonly string[], clusterText: () => string): boolean {
  if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[filter.minSeverity]) return false;
  if (filter.kind && d.kind !== filter.kind) return false;
  if (filter.document && d.a.document !== filter.document && d.b.document !== filter.document) return false;
  if (words.length > 0) {
    const all = `${d.explanation}\n${d.a.text}\n${d.b.text}\n${d.kind}\n${clusterText()}`.toLowerCase();
    if (!words.every((w) => all.includes(w))) return false;
  }
  return true;
}

/**
 * Applies `filter` to the review `items` of `report`. An item (a variant row) passes when its review
 * status matches (an item is open while any of its pairs is), its cluster names the outlet, and at least
 * one of its pairs passes: severity at least the minimum, the kind, a document on either side, and the
 * search words in its explanation, its two readings or its cluster's texts, titles and attributions. A
 * cluster is listed when an item of it passes, or, with a filter that narrows nothing, always (a cluster
 * whose witnesses agree is worth seeing too).
 */
export function filterReview(report: Report, items: readonly ReviewItem[], filter: ReviewFilter, notes: ReadonlyMap<string, ReviewNote>, titleOf: (id: string) => string): FilteredReview {
  const words = filter.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const hay = new Map<string, string>();
  const clusterText = (c: Cluster): string => {
    let text = hay.get(c.id);
    if (text === undefined) {
      text = haystack(c, titleOf);
      hay.set(c.id, text);
    }
    return text;
  };
  const passed = items.filter((item) => {
    if (filter.status && itemStatus(item, notes) !== filter.status) return false;
    if (filter.outlet && !outletsOf(item.cluster).includes(filter.outlet)) return false;
    return item.discrepancies.some((d) => pairPasses(d, filter, words, () => clusterText(item.cluster)));
  });
  const listed = new Set(passed.map((item) => item.cluster.id));
  const clusters = isNeutral(filter) ? report.clusters : report.clusters.filter((c) => listed.has(c.id));
  return { items: passed, clusters };
}
