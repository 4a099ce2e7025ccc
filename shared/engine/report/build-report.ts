/**
 * The JSON report of DESIGN.md (`verbatim check --json`, version 2): documents, clusters with their
 * witnesses and variant table, discrepancies, claims. Ids are derived from content (see `content-id.ts`):
 * a cluster from its witnesses' documents and words, a discrepancy from its two documents, its kind and
 * the normalized words on each side with their context (sides in document-id order, so input order does
 * not matter), so the same difference keeps its id after a re-check, after an unrelated document is added
 * and after an edit elsewhere. Press clusters come first.
 */
import { REPORT_VERSION, type Cluster, type ClusterKind, type Discrepancy, type Report, type Severity, type Witness } from '../../model';
import type { SourceDocument } from '../../model';
import type { AlignmentTable } from '../align/alignment-table';
import type { ClusterWitness, QuoteCluster } from '../align/cluster';
import { flagClaims } from '../flag';
import type { ClaimInput, QuoteInput } from '../types';
import { classifyCluster, CLUSTER_KIND_RANK } from './cluster-kind';
import { contentHash, UniqueIds } from './content-id';
import { type PairDifference, variantRows } from './variant-rows';
import { TokenList } from '../token-list';

/** A cluster after analysis: its alignment table and every difference of its direct comparisons. */
export interface AnalysedCluster {
  cluster: QuoteCluster;
  table: AlignmentTable;
  differences: PairDifference[];
}

/** Everything the report is built from. */
export interface ReportInput {
  /** Documents as the stages numbered them; clusters refer to them by index. */
  documents: readonly SourceDocument[];
  /** The report's list of documents, in the caller's order (default: `documents`). */
  listed?: readonly SourceDocument[];
  /** Each document's tokens, index for index with `documents`: ids are made of their normalized forms. */
  tokens: readonly (TokenList)[];
  clusters: readonly AnalysedCluster[];
  claims?: readonly ClaimInput[];
  quotes?: readonly QuoteInput[];
  threshold?: Severity;
}

/** Tokens of context on each side that go into a discrepancy's id. */
const ID_CONTEXT_TOKENS = 4;

const firstWitness = (c: AnalysedCluster): ClusterWitness => c.cluster.witnesses[0] as ClusterWitness;

/** Normalized forms of the tokens overlapping characters `[start, end)`, with context on both sides. */
export function normalizedAt(tokens: TokenList, start: number, end: number): string {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end(mid) <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  if (start < end) while (to < tokens.length && tokens.start(to) < end) to++;
  const words = (from: number, until: number): string =>
    tokens.slice(Math.max(0, from), Math.max(0, until)).map((t) => t.norm).join(' ');
  return `${words(lo - ID_CONTEXT_TOKENS, lo)}|${words(lo, to)}|${words(to, to + ID_CONTEXT_TOKENS)}`;
}

interface Ordered {
  ac: AnalysedCluster;
  kind: ClusterKind;
}

/** Clusters press first, then quotes, then repeats; within a kind by first witness, then size. */
function clusterOrder(x: Ordered, y: Ordered): number {
  const a = firstWitness(x.ac);
  const b = firstWitness(y.ac);
  return CLUSTER_KIND_RANK[x.kind] - CLUSTER_KIND_RANK[y.kind] || a.doc - b.doc || a.start - b.start || a.end - b.end || y.ac.cluster.witnesses.length - x.ac.cluster.witnesses.length;
}

/** A cluster's id: its witnesses' documents and normalized words, order-free. */
function clusterBase(ac: AnalysedCluster, input: ReportInput): string {
  const parts = ac.cluster.witnesses
    .map((w) => `${(input.documents[w.doc] as SourceDocument).id}:${normalizedAt(input.tokens[w.doc] ?? TokenList.EMPTY, w.start, w.end)}`)
    .sort();
  return `c-${contentHash(parts)}`;
}

/** The content part of a discrepancy's id, the same whichever of its two documents came first in the input. */
function discrepancyBase(d: PairDifference, cluster: QuoteCluster, input: ReportInput): string {
  const wx = cluster.witnesses[d.x] as ClusterWitness;
  const wy = cluster.witnesses[d.y] as ClusterWitness;
  const idx = (input.documents[wx.doc] as SourceDocument).id;
  const idy = (input.documents[wy.doc] as SourceDocument).id;
  const { a, b, kind } = d.difference;
  const sx = `${idx}:${normalizedAt(input.tokens[wx.doc] ?? TokenList.EMPTY, a.start, a.end)}:${d.difference.values?.a ?? ''}`;
  const sy = `${idy}:${normalizedAt(input.tokens[wy.doc] ?? TokenList.EMPTY, b.start, b.end)}:${d.difference.values?.b ?? ''}`;
  const [p, q] = idx < idy || (idx === idy && a.start <= b.start) ? [sx, sy] : [sy, sx];
  return `x-${contentHash([kind, p, q])}`;
}

function witnessOf(w: ClusterWitness, id: string, doc: SourceDocument): Witness {
  const out: Witness = { id, document: doc.id, start: w.start, end: w.end, text: doc.text.slice(w.start, w.end), attribution: { ...w.attribution } };
  if (w.attributionSpan) out.attributionSpan = { ...w.attributionSpan };
  return out;
}

/** Assembles the report; see the file comment for ids and order. */
export function buildReport(input: ReportInput): Report {
  const docs = input.documents;
  const ordered = input.clusters.map((ac) => ({ ac, kind: classifyCluster(ac.cluster) })).sort(clusterOrder);
  const witnessIds = new UniqueIds();
  const clusterIds = new UniqueIds();
  const variantIds = new UniqueIds();
  const discrepancyIds = new UniqueIds();
  const clusters: Cluster[] = [];
  const discrepancies: Discrepancy[] = [];
  for (const { ac, kind } of ordered) {
    const clusterId = clusterIds.take(clusterBase(ac, input));
    const witnesses = ac.cluster.witnesses.map((w) => {
      const doc = docs[w.doc] as SourceDocument;
      return witnessOf(w, witnessIds.take(`w-${doc.id}-${w.start}`), doc);
    });
    const rows = variantRows(
      {
        cluster: ac.cluster,
        table: ac.table,
        differences: ac.differences,
        tokens: (doc) => input.tokens[doc] ?? TokenList.EMPTY,
        docId: (doc) => (docs[doc] as SourceDocument).id,
        witnessIds: witnesses.map((w) => w.id),
        ids: variantIds,
      },
      (doc) => (docs[doc] as SourceDocument).text,
    );
    const rowOrder = new Map(rows.variants.map((v, i) => [v.id, i]));
    const order = ac.differences.map((_, k) => k).sort((p, q) => {
      const dp = ac.differences[p] as PairDifference;
      const dq = ac.differences[q] as PairDifference;
      return (rowOrder.get(rows.variantOf[p] as string) ?? 0) - (rowOrder.get(rows.variantOf[q] as string) ?? 0) || dp.x - dq.x || dp.y - dq.y || dp.difference.a.start - dq.difference.a.start;
    });
    for (const k of order) {
      const d = ac.differences[k] as PairDifference;
      const wa = witnesses[d.x] as Witness;
      const wb = witnesses[d.y] as Witness;
      const x = d.difference;
      discrepancies.push({
        id: discrepancyIds.take(discrepancyBase(d, ac.cluster, input)),
        variant: rows.variantOf[k] as string,
        cluster: clusterId,
        a: { witness: wa.id, document: wa.document, start: x.a.start, end: x.a.end, text: x.a.text },
        b: { witness: wb.id, document: wb.document, start: x.b.start, end: x.b.end, text: x.b.text },
        kind: x.kind,
        severity: x.severity,
        explanation: x.explanation,
      });
    }
    const cluster: Cluster = { id: clusterId, kind, source: { ...ac.cluster.source }, witnesses, variants: rows.variants };
    if (ac.cluster.limits) cluster.limits = [...ac.cluster.limits];
    clusters.push(cluster);
  }
  return {
    version: REPORT_VERSION,
    documents: (input.listed ?? docs).map((d) => ({ id: d.id, path: d.path, title: d.title, length: d.text.length })),
    clusters,
    discrepancies,
    claims: flagClaims(input.claims ?? [], input.quotes ?? [], clusters, discrepancies, input.threshold),
  };
}
