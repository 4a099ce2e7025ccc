import { z } from 'zod';

/** Severity levels in increasing order; `SEVERITY_RANK` gives the order. */
export const SEVERITIES = ['info', 'minor', 'major', 'critical'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** Rank of a severity: info 0 < minor 1 < major 2 < critical 3. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, minor: 1, major: 2, critical: 3 };

/** True when `s` is at or above `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}

/** The kinds of difference DESIGN.md distinguishes, from what matters to what is noise. */
export const DISCREPANCY_KINDS = [
  'number', 'name', 'wording', 'omission', 'insertion', 'attribution', 'translation', 'transposition',
  'spelling', 'function', 'typography', 'ocr',
] as const;
export const DiscrepancyKind = z.enum(DISCREPANCY_KINDS);
export type DiscrepancyKind = z.infer<typeof DiscrepancyKind>;
