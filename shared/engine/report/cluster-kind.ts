/**
 * What a quote cluster is (DESIGN.md, stage 4): `press` when a witness is credited to an outlet (or to an
 * author with a date: a by-lined article), `repeat` when nothing credits it and every witness lies in one
 * document (a document reusing its own wording), `quote` otherwise (cited material without a press source).
 * Reviewers see press quotes first: a document restating itself is findable, not the headline.
 */
import type { Attribution, ClusterKind } from '../../model';
import type { QuoteCluster } from '../align/cluster';

/** Order of cluster kinds in every list: press first. */
export const CLUSTER_KIND_RANK: Readonly<Record<ClusterKind, number>> = { press: 0, quote: 1, repeat: 2 };

/** True when an attribution names a press source: an outlet, or an author together with a date. */
export function isPressAttribution(a: Attribution): boolean {
  return a.outlet !== undefined || (a.author !== undefined && a.date !== undefined);
}

/** The kind of `cluster`. */
export function classifyCluster(cluster: QuoteCluster): ClusterKind {
  if (cluster.witnesses.some((w) => isPressAttribution(w.attribution))) return 'press';
  return new Set(cluster.witnesses.map((w) => w.doc)).size === 1 ? 'repeat' : 'quote';
}
