import { SEVERITY_RANK, type Cluster, type Severity, type Variant, type Witness } from '../../shared/model';
import { attributionText } from './describe';

/** One cell of the compare table: what one witness reads in one row. */
export type CompareCell =
  /** The witness's own words between two variant locations (agreeing with the others, up to noise hidden). */
  | { type: 'text'; start: number; end: number; text: string }
  /**
   * The witness's reading at a variant location: `reading` is the index of its reading in the row, so
   * witnesses that read alike share it. `moved` marks a reading the witness has elsewhere than in the
   * order of the first witness (a transposition): it is shown, but the witness's text is not cut there.
   */
  | { type: 'reading'; start: number; end: number; text: string; reading: number; moved: boolean }
  /**
   * An attribution difference: the witness's attribution (outlet, author, date...) in words. Attribution
   * variants concern a witness as a whole, so they are rows of their own above the text and never cut it.
   */
  | { type: 'attribution'; text: string; reading: number }
  /** The witness's excerpt does not reach this place (it starts later or ends earlier): not an omission. */
  | { type: 'outside' }
  /** The row does not place this witness (it was compared with others only). */
  | { type: 'absent' };

/** A row: shared text between variants (`variant: null`), or one variant location. */
export interface CompareRow {
  variant: Variant | null;
  cells: CompareCell[];
}

/** A cluster's witnesses side by side: one column per witness, one row per stretch or variant. */
export interface CompareTable {
  witnesses: readonly Witness[];
  rows: CompareRow[];
  /** Variant rows left out by the severity filter. */
  hidden: number;
}

function slice(w: Witness, start: number, end: number): string {
  return w.text.slice(start - w.start, end - w.start);
}

/**
 * The compare table of `cluster`, built on its variant table (`cluster.variants`, CollateX's alignment
 * table): each witness's text is cut at its readings, in the variant table's order, so the same variant
 * location lines up across the columns, and the words between two locations sit in one row between them.
 * Variants below `minSeverity` are not rows of their own: their words stay in the surrounding text.
 * A witness's reading that lies before where its text already reached (the table's order is the first
 * witness's) is shown as `moved` and does not cut its text.
 */
export function compareTable(cluster: Cluster, minSeverity: Severity = 'info'): CompareTable {
  const { witnesses } = cluster;
  const cursor = witnesses.map((w) => w.start);
  const index = new Map(witnesses.map((w, i) => [w.id, i]));
  const rows: CompareRow[] = [];
  let hidden = 0;
  const shown = cluster.variants.filter((v) => {
    const keep = SEVERITY_RANK[v.severity] >= SEVERITY_RANK[minSeverity];
    if (!keep) hidden += 1;
    return keep;
  });
  for (const variant of shown.filter((v) => v.kind === 'attribution')) {
    const outside = new Set(variant.outside ?? []);
    const reading = new Map<string, number>();
    variant.readings.forEach((r, i) => r.witnesses.forEach((rw) => reading.set(rw.witness, reading.get(rw.witness) ?? i)));
    rows.push({
      variant,
      cells: witnesses.map((w): CompareCell => {
        const r = reading.get(w.id);
        if (r !== undefined) return { type: 'attribution', text: attributionText(w.attribution) || 'no attribution', reading: r };
        return outside.has(w.id) ? { type: 'outside' } : { type: 'absent' };
      }),
    });
  }
  for (const variant of shown) {
    if (variant.kind === 'attribution') continue;
    const place = witnesses.map(() => null as { start: number; end: number; reading: number } | null);
    variant.readings.forEach((reading, r) => {
      for (const rw of reading.witnesses) {
        const i = index.get(rw.witness);
        if (i !== undefined && place[i] === null) place[i] = { start: rw.start, end: rw.end, reading: r };
      }
    });
    const inOrder = place.map((p, i) => p !== null && p.start >= cursor[i]! && p.end <= witnesses[i]!.end && p.start <= p.end);
    const before: CompareCell[] = witnesses.map((w, i) => {
      const end = inOrder[i] ? place[i]!.start : cursor[i]!;
      return { type: 'text', start: cursor[i]!, end, text: slice(w, cursor[i]!, end) };
    });
    if (before.some((c) => c.type === 'text' && c.end > c.start)) rows.push({ variant: null, cells: before });
    const outside = new Set(variant.outside ?? []);
    const cells: CompareCell[] = witnesses.map((w, i) => {
      const p = place[i];
      if (p) {
        if (inOrder[i]) cursor[i] = p.end;
        return { type: 'reading', start: p.start, end: p.end, text: slice(w, p.start, p.end), reading: p.reading, moved: !inOrder[i] };
      }
      return outside.has(w.id) ? { type: 'outside' } : { type: 'absent' };
    });
    rows.push({ variant, cells });
  }
  const tail: CompareCell[] = witnesses.map((w, i) => ({ type: 'text', start: cursor[i]!, end: w.end, text: slice(w, cursor[i]!, w.end) }));
  if (tail.some((c) => c.type === 'text' && c.end > c.start)) rows.push({ variant: null, cells: tail });
  return { witnesses, rows, hidden };
}
