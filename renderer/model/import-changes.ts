import type { AnnotationImportResult } from '../../shared/api';

/**
 * Whether the annotation files of a batch changed the project: some annotation added or updated, or an
 * unplaced one kept as an orphan. A file whose every annotation was already there changed nothing, so
 * nothing is read again and no check follows. Pure.
 */
export function importedAnything(results: readonly AnnotationImportResult[]): boolean {
  return results.some((r) => r.added + r.replaced > 0 || r.orphans.some((o) => o.stored));
}
