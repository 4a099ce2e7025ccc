import { z } from 'zod';
import { Attribution } from './attribution';
import { DiscrepancyKind, Severity } from './severity';

/**
 * The JSON report of DESIGN.md (`verbatim check --json`). Offsets are JS string indices into the
 * document text; an omission has `start == end` on the side that lacks the words. Fields may be added;
 * those below may not change meaning.
 */
export const REPORT_VERSION = 1;

export const ReportDocument = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  length: z.number().int().nonnegative(),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

export const Witness = z.object({
  id: z.string(),
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  attribution: Attribution,
});
export type Witness = z.infer<typeof Witness>;

export const Cluster = z.object({
  id: z.string(),
  source: Attribution,
  witnesses: z.array(Witness).min(2),
});
export type Cluster = z.infer<typeof Cluster>;

export const DiscrepancySide = z.object({
  witness: z.string(),
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type DiscrepancySide = z.infer<typeof DiscrepancySide>;

export const Discrepancy = z.object({
  id: z.string(),
  cluster: z.string(),
  a: DiscrepancySide,
  b: DiscrepancySide,
  kind: DiscrepancyKind,
  severity: Severity,
  explanation: z.string(),
});
export type Discrepancy = z.infer<typeof Discrepancy>;

export const ClaimFlag = z.object({
  id: z.string(),
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  flagged: z.boolean(),
  discrepancies: z.array(z.string()),
});
export type ClaimFlag = z.infer<typeof ClaimFlag>;

export const Report = z.object({
  version: z.literal(REPORT_VERSION),
  documents: z.array(ReportDocument),
  clusters: z.array(Cluster),
  discrepancies: z.array(Discrepancy),
  claims: z.array(ClaimFlag),
});
export type Report = z.infer<typeof Report>;
