import { findText } from '../../shared/find';
import type { ApiHandlers, TextMatch } from '../../shared/api';
import type { ServiceContext } from './context';
import { readTexts } from './anchored-texts';

/** Characters of context either side of a match, for the result list. */
export const MATCH_CONTEXT = 48;
/** Matches answered when the request names no limit; `total` still counts them all. */
export const DEFAULT_MATCH_LIMIT = 200;

/**
 * `findInProject`: the query in every document's current text (case, runs of white space and quote or
 * dash styles and look-alike letters do not matter; see `findText`), in document order then text order,
 * with context: at most `perDocument` of each document and `limit` in all, counted per document.
 */
export function findHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'findInProject'> {
  const { store } = ctx;
  return {
    async findInProject({ query, limit = DEFAULT_MATCH_LIMIT, perDocument = limit }) {
      const records = store.documents();
      const texts = await readTexts(store, records);
      const matches: TextMatch[] = [];
      let total = 0;
      const documents: { document: string; total: number }[] = [];
      for (const record of records) {
        const text = texts.get(record.id);
        if (text === undefined) continue;
        const found = findText(text, query, Math.min(perDocument, Math.max(0, limit - matches.length)));
        total += found.total;
        if (found.total > 0) documents.push({ document: record.id, total: found.total });
        for (const { start, end } of found.spans) {
          matches.push({
            document: record.id,
            start,
            end,
            before: text.slice(Math.max(0, start - MATCH_CONTEXT), start),
            match: text.slice(start, end),
            after: text.slice(end, end + MATCH_CONTEXT),
          });
        }
      }
      return { matches, total, documents };
    },
  };
}
