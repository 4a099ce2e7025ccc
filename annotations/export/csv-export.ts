/**
 * The discrepancies as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), one row per discrepancy with its review. Text cells are
 * neutralised against formula injection before quoting, so the file opens cleanly in a spreadsheet.
 */
import { stringify } from 'csv-stringify/sync';
import { indexEdition, type EditionInput } from './edition-model';
import { neutraliseFormula } from './escape';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'cluster', 'cluster kind', 'variant', 'discrepancy', 'kind', 'severity',
  'document a', 'start a', 'end a', 'text a', 'document b', 'start b', 'end b', 'text b',
  'explanation', 'review status', 'note',
] as const;

/**
 * The discrepancies of the report (those with a side in a document in scope), in report order. `review
 * status` is the status of the latest note about the discrepancy, `unreviewed` when there is none.
 */
export function toDiscrepancyCsv(input: EditionInput): string {
  const index = indexEdition(input);
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const x of input.report.discrepancies) {
    if (!index.inScope.has(x.a.document) && !index.inScope.has(x.b.document)) continue;
    const cluster = index.clusterById.get(x.cluster);
    const review = index.reviewOf(x.id);
    rows.push([
      x.cluster, cluster?.kind ?? '', x.variant, x.id, x.kind, x.severity,
      index.documentTitle(x.a.document), x.a.start, x.a.end, x.a.text,
      index.documentTitle(x.b.document), x.b.start, x.b.end, x.b.text,
      x.explanation, review?.body.status ?? 'unreviewed', review?.body.text ?? '',
    ]);
  }
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))));
  // A byte order mark makes spreadsheet programs read the file as UTF-8 instead of a legacy code page.
  return `\uFEFF${stringify(safe, { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ })}`;
}
