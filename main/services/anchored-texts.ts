import { anchor } from '../../annotations';
import type { ProjectStore } from '../../annotations';
import type { Annotation, DocumentRecord } from '../../shared/model';
import type { AnchoredAnnotation } from '../../shared/api';
import { logError } from './logger';

/** The texts of some documents by id; a document whose file cannot be read is absent (and logged). */
export async function readTexts(store: ProjectStore, records: readonly DocumentRecord[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  await Promise.all(
    records.map(async (record) => {
      try {
        texts.set(record.id, await store.readText(record.id));
      } catch (error) {
        // One unreadable file must not hide every other document's annotations; its annotations become
        // orphans (shown, not dropped) and the cause goes to the log.
        logError(`reading document ${record.id} (${record.path})`, error);
      }
    }),
  );
  return texts;
}

/**
 * Each annotation with where it sits in the current text: the stored position when the quote still
 * matches there, else a fuzzy search (see `anchor`); `null` when it cannot be placed or its text is missing.
 */
export function anchorAll(annotations: readonly Annotation[], texts: ReadonlyMap<string, string>): AnchoredAnnotation[] {
  return annotations.map((annotation) => {
    const text = texts.get(annotation.document);
    const found = text === undefined ? null : anchor(text, annotation.target);
    return { annotation, anchor: found ? { start: found.start, end: found.end } : null };
  });
}
