import type { ApiHandlers, DocumentContent } from '../../shared/api';
import { markdownLayout } from '../../shared/text';
import { annotationHandlers } from './annotations-service';
import type { ServiceContext } from './context';
import { documentHandlers } from './documents-service';

/**
 * `firstView`: what a window draws when it opens, in one answer. Made of the very requests it replaces
 * (`readDocument`, `listDocuments`, `listAnnotations({})`), so each part answers exactly as they do; the
 * document is read first, so the list holds its fresh record. A document that cannot be opened is no
 * failure here: `open` is null and the window asks `readDocument`, whose error it shows as before. The
 * open document's Markdown layout comes along, computed by the same shared function the window would run,
 * so the window's first task is drawing, not parsing.
 */
export function firstViewHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'firstView'> {
  const documents = documentHandlers(ctx);
  const annotations = annotationHandlers(ctx);
  return {
    async firstView({ document }) {
      const id = document ?? ctx.store.documents()[0]?.id;
      let open: DocumentContent | null = null;
      if (id !== undefined) {
        try {
          open = await documents.readDocument({ id });
        } catch {
          open = null;
        }
      }
      return {
        documents: await documents.listDocuments({}),
        open,
        layout: open ? markdownLayout(open.text) : null,
        annotations: await annotations.listAnnotations({}),
      };
    },
  };
}
