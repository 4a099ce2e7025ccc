import type { ApiHandlers } from '../../shared/api';
import type { ServiceContext } from './context';
import { anchorAll, readTexts } from './anchored-texts';
import { findDocument } from './documents-service';
import { mapStoreErrors } from './errors';

type AnnotationMethods =
  | 'listAnnotations' | 'createAnnotation' | 'createAnnotations' | 'updateAnnotation' | 'deleteAnnotation'
  | 'restoreAnnotation' | 'reanchorAnnotation';

/**
 * `listAnnotations`, `createAnnotation`, `createAnnotations` (a batch in one write, all or none),
 * `updateAnnotation`, `deleteAnnotation`, `restoreAnnotation` (the undo of a delete, same id) and
 * `reanchorAnnotation` (an orphan put on a new span of its document's current text). The payload has
 * passed its schema at the boundary (`dispatch`); everything that needs the project (the document
 * exists, the span lies in its text, references resolve, the project is writable) is checked once, by
 * the store.
 */
export function annotationHandlers(ctx: ServiceContext): Pick<ApiHandlers, AnnotationMethods> {
  const { store } = ctx;
  return {
    async listAnnotations({ document }) {
      const records = document === undefined ? store.documents() : [findDocument(store, document)];
      const annotations = store.annotations(document);
      const used = new Set(annotations.map((a) => a.document));
      return anchorAll(annotations, await readTexts(store, records.filter((r) => used.has(r.id))));
    },
    createAnnotation: (input) => mapStoreErrors(() => store.createAnnotation(input)),
    createAnnotations: ({ annotations }) => mapStoreErrors(() => store.createAnnotations(annotations)),
    async restoreAnnotation({ annotation }) {
      const restored = await mapStoreErrors(() => store.restoreAnnotation(annotation));
      // Where it sits now: the text may have changed since it was deleted.
      const text = await mapStoreErrors(() => store.readText(restored.document));
      return anchorAll([restored], new Map([[restored.document, text]]))[0]!;
    },
    async reanchorAnnotation({ id, start, end }) {
      const moved = await mapStoreErrors(() => store.retargetAnnotation(id, { start, end }));
      return { annotation: moved, anchor: { start, end } };
    },
    updateAnnotation: (patch) => mapStoreErrors(() => store.updateAnnotation(patch)),
    async deleteAnnotation({ id }) {
      await mapStoreErrors(() => store.deleteAnnotation(id));
      return { id };
    },
  };
}
