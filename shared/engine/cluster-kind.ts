/**
 * What a quote cluster is (DESIGN.md, stage 4): `press` when a witness is credited to an outlet (or to an
 * author with a date: a by-lined article), `repeat` when nothing credits it and every witness lies in one
 * document (a document reusing its own wording), `quote` otherwise (cited material without a press source).
 * Reviewers see press quotes first: a document restating itself is findable, not the headline.
 */
import type { Attribution, ClusterKind, SourceDocument } from '../model';
import type { QuoteCluster } from './align/cluster';

/** Order of cluster kinds in every list: press first. */
export const CLUSTER_KIND_RANK: Readonly<Record<ClusterKind, number>> = { press: 0, quote: 1, repeat: 2 };

/** True when an attribution names a press source: an outlet, or an author together with a date. */
export function isPressAttribution(a: Attribution): boolean {
  return a.outlet !== undefined || (a.author !== undefined && a.date !== undefined);
}

/** The kind of `cluster`; `documents` are the check's documents, which cluster witnesses index. */
export function classifyCluster(cluster: QuoteCluster, documents: readonly SourceDocument[]): ClusterKind {
  const witnesses = cluster.members.map((m) => m.witness);
  if (witnesses.some((w) => isPressAttribution(w.attribution))) return 'press';
  const docs = new Set(witnesses.map((w) => documents[w.doc]?.id));
  return docs.size === 1 ? 'repeat' : 'quote';
}
