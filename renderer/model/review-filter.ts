import { SEVERITY_RANK, type Cluster, type Discrepancy, type DiscrepancyKind, type Report, type Severity } from '../../shared/model';
import { statusOf, type ReviewNote, type ReviewStatus } from './review-state';

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

/** The filtered view of a report: the discrepancies that pass, and the clusters to list. */
export interface FilteredReview {
  discrepancies: Discrepancy[];
  clusters: Cluster[];
}

/**
 * Applies `filter` to `report`. A discrepancy passes when its severity is at least the minimum, its kind,
 * documents (either side), cluster outlets and review status match, and the search words appear in its
 * explanation, its two readings or its cluster's texts, titles and attributions. A cluster is listed
 * when a discrepancy of it passes, or, with a filter that narrows nothing, always (a cluster whose
 * witnesses agree is worth seeing too). Order stays the report's: press clusters first.
 */
export function filterReview(report: Report, filter: ReviewFilter, notes: ReadonlyMap<string, ReviewNote>, titleOf: (id: string) => string): FilteredReview {
  const words = filter.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const clusterById = new Map(report.clusters.map((c) => [c.id, c]));
  const hay = new Map<string, string>();
  const clusterText = (c: Cluster): string => {
    let text = hay.get(c.id);
    if (text === undefined) {
      text = haystack(c, titleOf);
      hay.set(c.id, text);
    }
    return text;
  };
  const discrepancies = report.discrepancies.filter((d) => {
    if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[filter.minSeverity]) return false;
    if (filter.kind && d.kind !== filter.kind) return false;
    if (filter.document && d.a.document !== filter.document && d.b.document !== filter.document) return false;
    if (filter.status && statusOf(d.id, notes) !== filter.status) return false;
    const cluster = clusterById.get(d.cluster);
    if (filter.outlet && !(cluster && outletsOf(cluster).includes(filter.outlet))) return false;
    if (words.length > 0) {
      const own = `${d.explanation}\n${d.a.text}\n${d.b.text}\n${d.kind}`.toLowerCase();
      const all = cluster ? `${own}\n${clusterText(cluster)}` : own;
      if (!words.every((w) => all.includes(w))) return false;
    }
    return true;
  });
  const listed = new Set(discrepancies.map((d) => d.cluster));
  const clusters = isNeutral(filter) ? report.clusters : report.clusters.filter((c) => listed.has(c.id));
  return { discrepancies, clusters };
}
