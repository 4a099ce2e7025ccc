import type { AnchoredAnnotation } from '../../shared/api';
import { flagClaims } from '../../shared/engine/flag';
import type { ClaimInput, QuoteInput } from '../../shared/engine/types';
import { SEVERITY_RANK, type Report, type Severity } from '../../shared/model';

/** A reviewer's verdict on a discrepancy: `open` until a note says otherwise. */
export type ReviewStatus = 'open' | 'confirmed' | 'dismissed' | 'resolved';

/** The note annotation that carries the verdict on one discrepancy. */
export interface ReviewNote {
  id: string;
  status: ReviewStatus;
  text: string;
  modified: string;
}

/**
 * The review notes by discrepancy id: `note` annotations whose `body.discrepancy` names a discrepancy.
 * When several notes name one discrepancy, the most recently modified one speaks for it.
 */
export function reviewNotes(annotations: Iterable<AnchoredAnnotation>): Map<string, ReviewNote> {
  const notes = new Map<string, ReviewNote>();
  for (const { annotation: a } of annotations) {
    if (a.kind !== 'note' || !a.body.discrepancy) continue;
    const previous = notes.get(a.body.discrepancy);
    if (previous && previous.modified >= a.modified) continue;
    notes.set(a.body.discrepancy, { id: a.id, status: a.body.status, text: a.body.text, modified: a.modified });
  }
  return notes;
}

/** The status of discrepancy `id` given the notes. */
export function statusOf(id: string, notes: ReadonlyMap<string, ReviewNote>): ReviewStatus {
  return notes.get(id)?.status ?? 'open';
}

/** A flagged claim as the window shows it. */
export interface FlagView {
  claim: string;
  document: string;
  /** The most severe of its discrepancies. */
  severity: Severity;
  discrepancies: string[];
  /** Open while any of its discrepancies is still unreviewed. */
  open: boolean;
}

/**
 * The flags of the project's claims, computed in the window from the last report's clusters and the
 * annotations as they are now (the engine's own `flagClaims`), so a claim made, edited or deleted, or a
 * quote cited, changes the flags at once, without checking again. Orphaned annotations take no part.
 */
export function computeFlags(
  report: Report,
  annotations: Iterable<AnchoredAnnotation>,
  threshold: Severity,
  notes: ReadonlyMap<string, ReviewNote>,
): Map<string, FlagView> {
  const quotes: QuoteInput[] = [];
  const claims: ClaimInput[] = [];
  for (const { annotation: a, anchor } of annotations) {
    if (!anchor) continue;
    if (a.kind === 'quote') quotes.push({ id: a.id, document: a.document, ...anchor, attribution: a.body.attribution, translated: a.body.translated });
    else if (a.kind === 'claim') claims.push({ id: a.id, document: a.document, ...anchor, cites: a.body.cites });
  }
  const severityOf = new Map(report.discrepancies.map((d) => [d.id, d.severity]));
  const flags = new Map<string, FlagView>();
  for (const f of flagClaims(claims, quotes, report.clusters, report.discrepancies, threshold)) {
    if (!f.flagged) continue;
    let severity: Severity = 'info';
    for (const id of f.discrepancies) {
      const s = severityOf.get(id);
      if (s && SEVERITY_RANK[s] > SEVERITY_RANK[severity]) severity = s;
    }
    const open = f.discrepancies.some((id) => statusOf(id, notes) === 'open');
    flags.set(f.id, { claim: f.id, document: f.document, severity, discrepancies: f.discrepancies, open });
  }
  return flags;
}
