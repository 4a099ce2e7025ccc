import { z } from 'zod';
import { Attribution } from './attribution';
import { DiscrepancyKind, Severity } from './severity';

/**
 * The JSON report of DESIGN.md (`verbatim check --json`), version 2. Offsets are JS string indices into
 * the document text; an omission has `start == end` on the side that lacks the words. Ids are derived
 * from content (document ids and normalized words with their context), never from a position in a list,
 * so a review note that names a discrepancy id still names it after a re-check, after an unrelated
 * document is added and after an edit elsewhere in the document. Fields may be added; those below may
 * not change meaning.
 */
export const REPORT_VERSION = 2;

export const ReportDocument = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  length: z.number().int().nonnegative(),
});
export type ReportDocument = z.infer<typeof ReportDocument>;

const Span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const Witness = z.object({
  /** Unique in the report: `w-<document>-<start>` (with `-<end>` and a counter when two would collide). */
  id: z.string(),
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  attribution: Attribution,
  /**
   * Where the attribution stands in the document (a dateline, a heading, an attribution phrase, a
   * citation), when it was read from the text; attribution discrepancies point here.
   */
  attributionSpan: z.object(Span).optional(),
});
export type Witness = z.infer<typeof Witness>;

/**
 * What a cluster is (DESIGN.md, stage 4): `press` — attributed to an outlet, agency, author or date;
 * `quote` — other quoted or cited material; `repeat` — a document (or several by one author) reusing its
 * own wording. Press clusters come first everywhere.
 */
export const CLUSTER_KINDS = ['press', 'quote', 'repeat'] as const;
export const ClusterKind = z.enum(CLUSTER_KINDS);
export type ClusterKind = z.infer<typeof ClusterKind>;

/** One witness's place in a reading: its characters there (`start == end` when it lacks the words). */
export const ReadingWitness = z.object({ witness: z.string(), ...Span });
export type ReadingWitness = z.infer<typeof ReadingWitness>;

/** The words some witnesses share at one variant location (empty `text` for those lacking them). */
export const Reading = z.object({
  text: z.string(),
  witnesses: z.array(ReadingWitness).min(1),
});
export type Reading = z.infer<typeof Reading>;

/**
 * One row of the cluster's variant table (CollateX's alignment table): a place where the witnesses do
 * not all read the same, with every witness that covers the place in exactly one reading. A witness whose
 * excerpt does not reach the place (it starts later or ends earlier) is listed in `outside`, not as a
 * reading: a shorter excerpt is not an omission. `kind` and `severity` are those of the most severe
 * discrepancy the row holds.
 */
export const Variant = z.object({
  id: z.string(),
  kind: DiscrepancyKind,
  severity: Severity,
  readings: z.array(Reading).min(2),
  outside: z.array(z.string()).optional(),
});
export type Variant = z.infer<typeof Variant>;

export const Cluster = z.object({
  id: z.string(),
  kind: ClusterKind,
  source: Attribution,
  witnesses: z.array(Witness).min(2),
  /** The variant table, in reading order of the cluster's first witness. */
  variants: z.array(Variant),
  /** Work bounds that applied to this cluster, in words (e.g. which witnesses were compared only with some others, and why). */
  limits: z.array(z.string()).optional(),
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

/** Two witnesses whose readings differ at one variant location, with what the difference is. */
export const Discrepancy = z.object({
  id: z.string(),
  /** The variant (row of the cluster's table) both readings belong to. */
  variant: z.string(),
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
  /** Press clusters first, then quotes, then repeats; within a kind, by first witness. */
  clusters: z.array(Cluster),
  /** In cluster order, then by position in the cluster's first witness. */
  discrepancies: z.array(Discrepancy),
  claims: z.array(ClaimFlag),
});
export type Report = z.infer<typeof Report>;
