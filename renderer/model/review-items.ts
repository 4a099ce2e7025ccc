import { SEVERITY_RANK, type Cluster, type ClusterKind, type Discrepancy, type DiscrepancyKind, type Report, type Severity, type Variant } from '../../shared/model';
import { statusOf, type ReviewNote, type ReviewStatus } from './review-state';

/**
 * What a reviewer decides on: one variant row of a cluster (`cluster.variants`, CollateX's alignment
 * table), with every witness's reading there and the pairs of witnesses that differ in it (the report's
 * discrepancies naming the row in `discrepancy.variant`). Four witnesses reading `Kovač`, `Kovač`,
 * `Kovac` and nothing make one item, not one per pair. The verdict is stored on each of its
 * discrepancies (whose ids are stable across re-checks), so an item is open while any of them is.
 */
export interface ReviewItem {
  /** The variant row's id. */
  id: string;
  cluster: Cluster;
  /** The row itself; undefined only when the report names a row its cluster lacks (then the pairs stand alone). */
  variant: Variant | undefined;
  /** The pairs that differ in this row, in report order (at least one). */
  discrepancies: readonly Discrepancy[];
  kind: DiscrepancyKind;
  /** The row's severity: that of its most severe pair. */
  severity: Severity;
  /** Where the row stands in the report: its cluster's place, then the row's place in the cluster's table. */
  order: { cluster: number; row: number };
}

/** How cluster kinds rank in review: press quotes first (DESIGN.md), then other quotes, then repeats. */
const CLUSTER_RANK: Readonly<Record<ClusterKind, number>> = { press: 0, quote: 1, repeat: 2 };

function mostSevere(discrepancies: readonly Discrepancy[]): Discrepancy {
  return discrepancies.reduce((a, b) => (SEVERITY_RANK[b.severity] > SEVERITY_RANK[a.severity] ? b : a));
}

/**
 * The review items of `report`, one per variant row that holds at least one discrepancy, in review
 * order (see {@link compareItems}). A row without discrepancies (the witnesses differ only outside every
 * compared pair) is not an item: there is nothing to decide.
 */
export function reviewItems(report: Report): ReviewItem[] {
  const clusterAt = new Map(report.clusters.map((c, i) => [c.id, i]));
  const byRow = new Map<string, Discrepancy[]>();
  for (const d of report.discrepancies) {
    const key = `${d.cluster}\u0000${d.variant}`;
    const list = byRow.get(key);
    if (list) list.push(d);
    else byRow.set(key, [d]);
  }
  const items: ReviewItem[] = [];
  for (const discrepancies of byRow.values()) {
    const first = discrepancies[0]!;
    const c = clusterAt.get(first.cluster);
    if (c === undefined) continue;
    const cluster = report.clusters[c]!;
    const row = cluster.variants.findIndex((v) => v.id === first.variant);
    const variant = row >= 0 ? cluster.variants[row] : undefined;
    const worst = mostSevere(discrepancies);
    items.push({
      id: first.variant,
      cluster,
      variant,
      discrepancies,
      kind: variant?.kind ?? worst.kind,
      // The row's own severity is its worst pair's; taken from the pairs too, so the two can never disagree.
      severity: variant && SEVERITY_RANK[variant.severity] > SEVERITY_RANK[worst.severity] ? variant.severity : worst.severity,
      // A row the table lacks goes after the table's rows, in report order.
      order: { cluster: c, row: row >= 0 ? row : cluster.variants.length + items.length },
    });
  }
  return items.sort(compareItems);
}

/**
 * Review order: press clusters first (then quotes, then repeats), then severity from critical to info,
 * then document order (the report's cluster order, then the row's place in its cluster's table, which
 * follows the cluster's first witness).
 */
export function compareItems(a: ReviewItem, b: ReviewItem): number {
  return (
    CLUSTER_RANK[a.cluster.kind] - CLUSTER_RANK[b.cluster.kind] ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.order.cluster - b.order.cluster ||
    a.order.row - b.order.row
  );
}

/**
 * Which verdict stands for a row whose pairs were decided differently: any open pair keeps the row open;
 * otherwise a confirmed pair makes it confirmed (one real difference is enough), then resolved, then
 * dismissed.
 */
const STATUS_PRECEDENCE: readonly ReviewStatus[] = ['open', 'confirmed', 'resolved', 'dismissed'];

/** The status of a review item: open while any of its discrepancies is unreviewed (see `STATUS_PRECEDENCE`). */
export function itemStatus(item: Pick<ReviewItem, 'discrepancies'>, notes: ReadonlyMap<string, ReviewNote>): ReviewStatus {
  const statuses = new Set(item.discrepancies.map((d) => statusOf(d.id, notes)));
  return STATUS_PRECEDENCE.find((s) => statuses.has(s)) ?? 'open';
}

/**
 * The note that speaks for an item: the most recently modified note of its discrepancies, or undefined
 * when none has one.
 */
export function itemNote(item: Pick<ReviewItem, 'discrepancies'>, notes: ReadonlyMap<string, ReviewNote>): ReviewNote | undefined {
  let newest: ReviewNote | undefined;
  for (const d of item.discrepancies) {
    const note = notes.get(d.id);
    if (note && (!newest || note.modified > newest.modified)) newest = note;
  }
  return newest;
}

/** The review counts every view shows: how many of `items` have each status. The one place they are counted. */
export function reviewCounts(items: readonly ReviewItem[], notes: ReadonlyMap<string, ReviewNote>): Record<ReviewStatus, number> {
  const counts: Record<ReviewStatus, number> = { open: 0, confirmed: 0, dismissed: 0, resolved: 0 };
  for (const item of items) counts[itemStatus(item, notes)] += 1;
  return counts;
}

/** `12 open · 1 confirmed · 0 dismissed` (and resolved when there are any): the counts in words. */
export function countsText(counts: Record<ReviewStatus, number>): string {
  return `${counts.open} open · ${counts.confirmed} confirmed · ${counts.dismissed} dismissed${counts.resolved ? ` · ${counts.resolved} resolved` : ''}`;
}

/** The item holding discrepancy `id`, or undefined. */
export function itemOfDiscrepancy(items: readonly ReviewItem[], id: string): ReviewItem | undefined {
  return items.find((item) => item.discrepancies.some((d) => d.id === id));
}

/** Pairs of one row that differ alike: one explanation, and the witnesses on the other side. */
export interface PairGroup {
  kind: DiscrepancyKind;
  severity: Severity;
  explanation: string;
  pairs: readonly Discrepancy[];
  /**
   * Seen from one witness: the other witness of each pair; seen from no witness: every witness of its
   * pairs. In order, without repeats.
   */
  others: readonly string[];
}

/**
 * The pairs of `item` grouped by what they say: kind, severity and the readings on either side (the
 * row's reading indices, so `Brandt / Berger` and `Berger / Brandt` between the same two readings are one
 * group; the explanation's words when the row is not in the report's table). Most severe first, each
 * group naming the witnesses it is against. With `witness`, only the pairs it takes part in, seen from it,
 * so two witnesses both crediting another outlet read as one line "against A, B", not two identical ones;
 * the group's explanation is then one that names the witness's own reading first where there is one.
 */
export function groupPairs(item: Pick<ReviewItem, 'discrepancies' | 'variant'>, witness: string | null = null): PairGroup[] {
  const readingOf = new Map<string, number>();
  item.variant?.readings.forEach((r, i) => r.witnesses.forEach((rw) => readingOf.set(rw.witness, readingOf.get(rw.witness) ?? i)));
  const sides = (d: Discrepancy): string => {
    const [a, b] = [readingOf.get(d.a.witness), readingOf.get(d.b.witness)];
    if (a === undefined || b === undefined) return `text:${d.explanation}`;
    if (witness === null) return `pair:${Math.min(a, b)}/${Math.max(a, b)}`;
    return `against:${d.a.witness === witness ? b : a}`;
  };
  const groups = new Map<string, { kind: DiscrepancyKind; severity: Severity; explanation: string; ownFirst: boolean; pairs: Discrepancy[]; others: string[] }>();
  for (const d of item.discrepancies) {
    if (witness !== null && d.a.witness !== witness && d.b.witness !== witness) continue;
    const key = `${d.kind}\u0000${d.severity}\u0000${sides(d)}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: d.kind, severity: d.severity, explanation: d.explanation, ownFirst: d.a.witness === witness, pairs: [], others: [] };
      groups.set(key, group);
    } else if (!group.ownFirst && d.a.witness === witness) {
      // The engine names side a's reading first: a pair with this witness on side a reads "mine / theirs".
      group.explanation = d.explanation;
      group.ownFirst = true;
    }
    group.pairs.push(d);
    const others = witness === null ? [d.a.witness, d.b.witness] : [d.a.witness === witness ? d.b.witness : d.a.witness];
    for (const o of others) if (!group.others.includes(o)) group.others.push(o);
  }
  return [...groups.values()]
    .map(({ kind, severity, explanation, pairs, others }) => ({ kind, severity, explanation, pairs, others }))
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/** One witness's reading in a review item: where it reads, and which of the row's readings it is. */
export interface WitnessReading {
  witness: string;
  start: number;
  end: number;
  /** The reading's words as the report gives them ('' when the witness lacks them). */
  text: string;
  /** Index of the reading in the row: witnesses that read alike share it. */
  reading: number;
}

/**
 * Every witness's reading in `item`, in the cluster's witness order: from the row's readings, or, for a
 * row the report's table lacks, from the two sides of its pairs. Witnesses the row does not place are
 * left out (see `variant.outside` for those whose excerpt does not reach it).
 */
export function itemReadings(item: ReviewItem): WitnessReading[] {
  const found = new Map<string, WitnessReading>();
  if (item.variant) {
    item.variant.readings.forEach((r, i) => {
      for (const rw of r.witnesses) if (!found.has(rw.witness)) found.set(rw.witness, { witness: rw.witness, start: rw.start, end: rw.end, text: r.text, reading: i });
    });
  } else {
    const texts: string[] = [];
    for (const d of item.discrepancies) {
      for (const side of [d.a, d.b]) {
        if (found.has(side.witness)) continue;
        let reading = texts.indexOf(side.text);
        if (reading < 0) reading = texts.push(side.text) - 1;
        found.set(side.witness, { witness: side.witness, start: side.start, end: side.end, text: side.text, reading });
      }
    }
  }
  const order = new Map(item.cluster.witnesses.map((w, i) => [w.id, i]));
  return [...found.values()].sort((a, b) => (order.get(a.witness) ?? Infinity) - (order.get(b.witness) ?? Infinity));
}
