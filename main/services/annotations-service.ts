import type { ApiHandlers } from '../../shared/api';
import type { ServiceContext } from './context';
import { anchorAll, readTexts } from './anchored-texts';
import { findDocument } from './documents-service';
import { mapStoreErrors } from './errors';

/**
 * `listAnnotations`, `createAnnotation`, `updateAnnotation`, `deleteAnnotation`. The payload has passed its
 * schema at the boundary (`dispatch`); everything that needs the project (the document exists, the span
 * lies in its text, references resolve, the project is writable) is checked once, by the store.
 */
export function annotationHandlers(
  ctx: ServiceContext,
): Pick<ApiHandlers, 'listAnnotations' | 'createAnnotation' | 'updateAnnotation' | 'deleteAnnotation'> {
  const { store } = ctx;
  return {
    async listAnnotations({ document }) {
      const records = document === undefined ? store.documents() : [findDocument(store, document)];
      const annotations = store.annotations(document);
      const used = new Set(annotations.map((a) => a.document));
      return anchorAll(annotations, await readTexts(store, records.filter((r) => used.has(r.id))));
    },
    createAnnotation: (input) => mapStoreErrors(() => store.createAnnotation(input)),
    updateAnnotation: (patch) => mapStoreErrors(() => store.updateAnnotation(patch)),
    async deleteAnnotation({ id }) {
      await mapStoreErrors(() => store.deleteAnnotation(id));
      return { id };
    },
  };
}
