import { sha256OfText } from '../../annotations';
import { analyseDocument } from '../../shared/engine';
import type { QuoteCandidate } from '../../shared/engine/types';
import type { ApiHandlers, QuoteSuggestion } from '../../shared/api';
import type { ServiceContext } from './context';
import { anchorAll, readTexts } from './anchored-texts';
import { findDocument } from './documents-service';

/**
 * How much of a candidate an existing quote annotation must cover for the candidate to count as already
 * marked. Half, not all: a user often trims the quotation marks or the attribution tail off a candidate.
 */
export const COVERED_FRACTION = 0.5;

/**
 * `suggestQuotes`: the detect stage run on each document (or one), minus the candidates the user has
 * already marked with a `quote` annotation. Sorted by document order, then position.
 */
export function suggestHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'suggestQuotes'> {
  const { store, cache } = ctx;
  return {
    async suggestQuotes({ document }) {
      const records = document === undefined ? store.documents() : [findDocument(store, document)];
      const texts = await readTexts(store, records);
      const data = store.data();
      const marked = anchorAll(store.annotations(document).filter((a) => a.kind === 'quote'), texts);
      const suggestions: QuoteSuggestion[] = [];
      for (const record of records) {
        const text = texts.get(record.id);
        if (text === undefined) continue;
        // Keyed by the text read now (the file may have changed since it was added), so the session's cache
        // shares this work with the next check and never serves an older version's candidates.
        const source = { id: record.id, path: record.path, title: record.title, text, sha256: sha256OfText(text) };
        const { candidates } = analyseDocument(source, { lexicon: data.lexicon, builtinLexicon: data.settings.builtinLexicon, gazetteer: data.settings.gazetteer }, cache);
        const spans = marked.flatMap((m) => (m.annotation.document === record.id && m.anchor ? [m.anchor] : []));
        for (const candidate of candidates) {
          if (!spans.some((span) => covers(span, candidate))) suggestions.push(toSuggestion(candidate, record.id));
        }
      }
      return suggestions;
    },
  };
}

/** True when `span` and the candidate overlap by at least `COVERED_FRACTION` of the shorter of the two. */
export function covers(span: { start: number; end: number }, candidate: { start: number; end: number }): boolean {
  const overlap = Math.min(span.end, candidate.end) - Math.max(span.start, candidate.start);
  if (overlap <= 0) return false;
  const shorter = Math.min(span.end - span.start, candidate.end - candidate.start);
  return overlap >= shorter * COVERED_FRACTION;
}

function toSuggestion(c: QuoteCandidate, document: string): QuoteSuggestion {
  // The engine's candidate already has the suggestion's shape; copying field by field keeps engine-internal
  // fields added later from leaking into the API.
  return { document, start: c.start, end: c.end, text: c.text, attribution: c.attribution, cue: c.cue, confidence: c.confidence };
}
