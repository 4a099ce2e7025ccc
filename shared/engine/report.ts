/**
 * The JSON report of DESIGN.md (`verbatim check --json`): documents, clusters with their witnesses,
 * discrepancies, claims. Ids are assigned here, in a fixed order, so the same input always yields the
 * same report: clusters c1.. by their first witness, witnesses w1.. and discrepancies x1.. in cluster order.
 * Document ids are the input documents' own ids, so callers can look texts and annotations up by them.
 */
import { REPORT_VERSION, type Cluster, type Discrepancy, type Report, type Severity, type Witness } from '../model';
import type { ClusterWitness, QuoteCluster } from './align/cluster';
import { flagClaims } from './flag';
import type { ClaimInput, Difference, QuoteInput } from './types';
import type { SourceDocument } from '../model';

/** A difference found between two members of a cluster (`parent` is side A). */
export interface MemberDifference {
  parent: number;
  member: number;
  difference: Difference;
}

/** A cluster after analysis. */
export interface AnalysedCluster {
  cluster: QuoteCluster;
  differences: MemberDifference[];
}

/** Everything the report is built from. */
export interface ReportInput {
  /** Documents in input order; clusters refer to them by index. */
  documents: readonly SourceDocument[];
  clusters: readonly AnalysedCluster[];
  claims?: readonly ClaimInput[];
  quotes?: readonly QuoteInput[];
  threshold?: Severity;
}

const firstWitness = (c: AnalysedCluster): ClusterWitness => (c.cluster.members[0] as QuoteCluster['members'][number]).witness;

/** Clusters by their first witness (document order, then offset), then size: a total, input-only order. */
function clusterOrder(x: AnalysedCluster, y: AnalysedCluster): number {
  const a = firstWitness(x);
  const b = firstWitness(y);
  return a.doc - b.doc || a.start - b.start || a.end - b.end || y.cluster.members.length - x.cluster.members.length;
}

/** Assembles the report; see the file comment for ids and order. */
export function buildReport(input: ReportInput): Report {
  const docs = input.documents;
  const clusters: Cluster[] = [];
  const discrepancies: Discrepancy[] = [];
  let w = 0;
  let x = 0;
  [...input.clusters].sort(clusterOrder).forEach((ac, ci) => {
    const clusterId = `c${ci + 1}`;
    const witnesses: Witness[] = ac.cluster.members.map((m) => {
      const doc = docs[m.witness.doc] as SourceDocument;
      return { id: `w${++w}`, document: doc.id, start: m.witness.start, end: m.witness.end, text: doc.text.slice(m.witness.start, m.witness.end), attribution: { ...m.witness.attribution } };
    });
    clusters.push({ id: clusterId, source: { ...ac.cluster.source }, witnesses });
    const diffs = [...ac.differences].sort((p, q) => p.member - q.member || p.difference.a.start - q.difference.a.start || p.difference.b.start - q.difference.b.start);
    for (const d of diffs) {
      const wa = witnesses[d.parent] as Witness;
      const wb = witnesses[d.member] as Witness;
      discrepancies.push({
        id: `x${++x}`,
        cluster: clusterId,
        a: { witness: wa.id, document: wa.document, start: d.difference.a.start, end: d.difference.a.end, text: d.difference.a.text },
        b: { witness: wb.id, document: wb.document, start: d.difference.b.start, end: d.difference.b.end, text: d.difference.b.text },
        kind: d.difference.kind,
        severity: d.difference.severity,
        explanation: d.difference.explanation,
      });
    }
  });
  return {
    version: REPORT_VERSION,
    documents: docs.map((d) => ({ id: d.id, path: d.path, title: d.title, length: d.text.length })),
    clusters,
    discrepancies,
    claims: flagClaims(input.claims ?? [], input.quotes ?? [], clusters, discrepancies, input.threshold),
  };
}
