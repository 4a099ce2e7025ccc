/**
 * The JSON report of DESIGN.md (`verbatim check --json`, version 2): documents, clusters with their
 * witnesses and variant table, discrepancies, claims. Ids are derived from content (see `content-id.ts`):
 * a cluster from its witnesses' documents and words, a discrepancy from its two documents, its kind and the
 * normalized words on each side with their context, so the same difference keeps its id after a re-check,
 * after an unrelated document is added and after an edit elsewhere. Press clusters come first.
 */
import { REPORT_VERSION, type Cluster, type ClusterKind, type Discrepancy, type Report, type Severity, type Variant, type Witness } from '../model';
import type { ClusterWitness, QuoteCluster } from './align/cluster';
import { classifyCluster, CLUSTER_KIND_RANK } from './cluster-kind';
import { contentHash, UniqueIds } from './content-id';
import { flagClaims } from './flag';
import type { ClaimInput, Difference, QuoteInput, Token } from './types';
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
  /** Each document's tokens, index for index with `documents`: ids are made of their normalized forms. */
  tokens: readonly (readonly Token[])[];
  clusters: readonly AnalysedCluster[];
  claims?: readonly ClaimInput[];
  quotes?: readonly QuoteInput[];
  threshold?: Severity;
}

/** Tokens of context on each side that go into a discrepancy's id. */
const ID_CONTEXT_TOKENS = 4;

const firstWitness = (c: AnalysedCluster): ClusterWitness => (c.cluster.members[0] as QuoteCluster['members'][number]).witness;

/** Normalized forms of the tokens overlapping characters `[start, end)`, with context on both sides. */
function normalizedAt(tokens: readonly Token[], start: number, end: number): string {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && (tokens[to] as Token).start < Math.max(end, start + 1)) to++;
  const words = (from: number, until: number): string =>
    tokens.slice(Math.max(0, from), Math.max(0, until)).map((t) => t.norm).join(' ');
  return `${words(lo - ID_CONTEXT_TOKENS, lo)}|${start === end ? '' : words(lo, to)}|${words(start === end ? lo : to, (start === end ? lo : to) + ID_CONTEXT_TOKENS)}`;
}

interface Ordered {
  ac: AnalysedCluster;
  kind: ClusterKind;
}

/** Clusters press first, then quotes, then repeats; within a kind by first witness, then size. */
function clusterOrder(x: Ordered, y: Ordered): number {
  const a = firstWitness(x.ac);
  const b = firstWitness(y.ac);
  return CLUSTER_KIND_RANK[x.kind] - CLUSTER_KIND_RANK[y.kind] || a.doc - b.doc || a.start - b.start || a.end - b.end || y.ac.cluster.members.length - x.ac.cluster.members.length;
}

/** `w-<document>-<start>`, made unique in the report when two witnesses start at one place. */
function witnessIds(clusters: readonly Ordered[], docs: readonly SourceDocument[]): string[][] {
  const ids = new UniqueIds();
  return clusters.map(({ ac }) => ac.cluster.members.map((m) => ids.take(`w-${(docs[m.witness.doc] as SourceDocument).id}-${m.witness.start}`)));
}

/** A cluster's id: its witnesses' documents and normalized words, order-free. */
function clusterBase(ac: AnalysedCluster, input: ReportInput): string {
  const parts = ac.cluster.members
    .map((m) => `${(input.documents[m.witness.doc] as SourceDocument).id}:${normalizedAt(input.tokens[m.witness.doc] ?? [], m.witness.start, m.witness.end)}`)
    .sort();
  return `c-${contentHash(parts)}`;
}

/** Assembles the report; see the file comment for ids and order. */
export function buildReport(input: ReportInput): Report {
  const docs = input.documents;
  const ordered = input.clusters.map((ac) => ({ ac, kind: classifyCluster(ac.cluster, docs) })).sort(clusterOrder);
  const wIds = witnessIds(ordered, docs);
  const clusterIds = new UniqueIds();
  const variantIds = new UniqueIds();
  const discrepancyIds = new UniqueIds();
  const clusters: Cluster[] = [];
  const discrepancies: Discrepancy[] = [];
  ordered.forEach(({ ac, kind }, ci) => {
    const clusterId = clusterIds.take(clusterBase(ac, input));
    const ids = wIds[ci] as string[];
    const witnesses: Witness[] = ac.cluster.members.map((m, k) => {
      const doc = docs[m.witness.doc] as SourceDocument;
      return { id: ids[k] as string, document: doc.id, start: m.witness.start, end: m.witness.end, text: doc.text.slice(m.witness.start, m.witness.end), attribution: { ...m.witness.attribution } };
    });
    const variants: Variant[] = [];
    const diffs = [...ac.differences].sort((p, q) => p.difference.a.start - q.difference.a.start || p.member - q.member || p.difference.b.start - q.difference.b.start);
    for (const d of diffs) {
      const ma = ac.cluster.members[d.parent] as QuoteCluster['members'][number];
      const mb = ac.cluster.members[d.member] as QuoteCluster['members'][number];
      const wa = witnesses[d.parent] as Witness;
      const wb = witnesses[d.member] as Witness;
      const x = d.difference;
      const na = normalizedAt(input.tokens[ma.witness.doc] ?? [], x.a.start, x.a.end);
      const nb = normalizedAt(input.tokens[mb.witness.doc] ?? [], x.b.start, x.b.end);
      const base = contentHash([wa.document, wb.document, x.kind, na, nb]);
      const variantId = variantIds.take(`v-${base}`);
      variants.push({
        id: variantId,
        kind: x.kind,
        severity: x.severity,
        readings: [
          { text: x.a.text, witnesses: [{ witness: wa.id, start: x.a.start, end: x.a.end }] },
          { text: x.b.text, witnesses: [{ witness: wb.id, start: x.b.start, end: x.b.end }] },
        ],
      });
      discrepancies.push({
        id: discrepancyIds.take(`x-${base}`),
        variant: variantId,
        cluster: clusterId,
        a: { witness: wa.id, document: wa.document, start: x.a.start, end: x.a.end, text: x.a.text },
        b: { witness: wb.id, document: wb.document, start: x.b.start, end: x.b.end, text: x.b.text },
        kind: x.kind,
        severity: x.severity,
        explanation: x.explanation,
      });
    }
    clusters.push({ id: clusterId, kind, source: { ...ac.cluster.source }, witnesses, variants });
  });
  return {
    version: REPORT_VERSION,
    documents: docs.map((d) => ({ id: d.id, path: d.path, title: d.title, length: d.text.length })),
    clusters,
    discrepancies,
    claims: flagClaims(input.claims ?? [], input.quotes ?? [], clusters, discrepancies, input.threshold),
  };
}
