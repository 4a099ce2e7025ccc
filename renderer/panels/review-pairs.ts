import type { Cluster } from '../../shared/model';
import type { PairGroup } from '../model/review-items';
import { statusOf, type ReviewNote } from '../model/review-state';
import { kindBadge, severityBadge } from './review-format';

/** A witness of `cluster` named for people: its document's title (the id when the witness is unknown). */
export function witnessName(cluster: Cluster, witness: string, titleOf: (document: string) => string): string {
  const w = cluster.witnesses.find((x) => x.id === witness);
  return w ? titleOf(w.document) : witness;
}

/** The review statuses of a group's pairs in words: `open`, or `confirmed, open` when they differ. */
function statusesOf(group: PairGroup, notes: ReadonlyMap<string, ReviewNote>): string {
  return [...new Set(group.pairs.map((d) => statusOf(d.id, notes)))].join(', ');
}

/**
 * The pairs of witnesses that differ, one line per group of pairs that differ alike (see `groupPairs`):
 * kind and severity badges, the explanation, which witnesses it is between and the review status. Seen
 * `from` a witness, a line says whom it is against (`against A, B`); otherwise each pair is named
 * (`A ↔ B; A ↔ C`).
 */
export function pairList(groups: readonly PairGroup[], cluster: Cluster, notes: ReadonlyMap<string, ReviewNote>, titleOf: (document: string) => string, from: string | null = null): HTMLUListElement {
  const list = Object.assign(document.createElement('ul'), { className: 'pair-list' });
  const name = (w: string): string => witnessName(cluster, w, titleOf);
  for (const g of groups) {
    const li = document.createElement('li');
    const between = from !== null
      ? `against ${[...new Set(g.others.map(name))].join(', ')}`
      : g.pairs.map((d) => `${name(d.a.witness)} ↔ ${name(d.b.witness)}`).join('; ');
    const who = Object.assign(document.createElement('span'), { className: 'pair-witnesses', textContent: between });
    li.append(kindBadge(g.kind), ' ', severityBadge(g.severity), ` ${g.explanation} — `, who, ` — ${statusesOf(g, notes)}`);
    list.append(li);
  }
  return list;
}
