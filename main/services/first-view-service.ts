import { sha256OfText } from '../../annotations';
import type { ApiHandlers, DocumentContent } from '../../shared/api';
import { markdownLayout, type LayoutBlock } from '../../shared/text';
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
  const layouts = new LayoutCache();
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
        layout: open ? layouts.of(open.text) : null,
        annotations: await annotations.listAnnotations({}),
      };
    },
  };
}

/** How many documents' layouts a session keeps: the few a user opens and reloads. */
const LAYOUTS_KEPT = 8;

/**
 * The Markdown layouts of the texts opened last, by the text's sha256: reopening or reloading a document
 * whose text is unchanged (the common case) skips parsing it again (30 ms and more for 195 KB). Keyed by
 * the text itself, never by the document, so a text changed on disk is laid out afresh.
 */
class LayoutCache {
  private readonly byHash = new Map<string, LayoutBlock[]>();

  of(text: string): LayoutBlock[] {
    const hash = sha256OfText(text);
    const known = this.byHash.get(hash);
    if (known) {
      // Most recently used last, so the oldest goes first.
      this.byHash.delete(hash);
      this.byHash.set(hash, known);
      return known;
    }
    const layout = markdownLayout(text);
    this.byHash.set(hash, layout);
    if (this.byHash.size > LAYOUTS_KEPT) this.byHash.delete(this.byHash.keys().next().value!);
    return layout;
  }
}
