import type { Annotation, Attribution } from '../../shared/model';

/** Longest preview of quoted text; the full text is in tooltips. */
export const PREVIEW_CHARS = 160;

/** `text` on one line, cut to `max` characters with an ellipsis. */
export function preview(text: string, max = PREVIEW_CHARS): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** An attribution in words: `The Times · A. Writer · 1992-03-02 · “Headline” · p. 3`; empty when it says nothing. */
export function attributionText(a: Attribution, translated = false): string {
  const parts = [a.outlet, a.author, a.date, a.headline ? `“${a.headline}”` : undefined, a.page ? pageText(a.page) : undefined, a.url];
  const text = parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' · ');
  return translated ? `${text}${text ? ' · ' : ''}translated` : text;
}

/** A page as cited: `p. 4` for `4`; a page already written with its abbreviation (`p. 4`, `pp. 3-4`, `Page 4`, `A12`...) as it is. */
function pageText(page: string): string {
  return /^\s*(?:pp?\.|pages?\b|s\.|[a-z]+\s*\d)/i.test(page) ? page.trim() : `p. ${page}`;
}

/** Human names of the cross-reference relations. */
export const RELATION_LABELS: Readonly<Record<string, string>> = {
  'same-quote': 'same quote as',
  'same-event': 'same event as',
  supports: 'supports',
  contradicts: 'contradicts',
  'see-also': 'see also',
};

/** What the window needs to name other things in a summary. */
export interface DescribeContext {
  /** The title of a document. */
  titleOf(document: string): string;
  /** The quoted text of annotation `id`, or null when there is none. */
  exactOf(id: string): string | null;
}

/**
 * One line saying what an annotation's body holds, for the list and the hover card: a claim's text and
 * how many quotes it cites, a quote's attribution, a cross-reference's relation and target, a note's
 * status and text. Empty when the body says nothing yet.
 */
export function bodySummary(a: Annotation, ctx: DescribeContext): string {
  switch (a.kind) {
    case 'claim': {
      const cites = a.body.cites.length;
      const citing = cites === 0 ? 'cites no quote' : `cites ${cites} ${cites === 1 ? 'quote' : 'quotes'}`;
      return [a.body.text ? preview(a.body.text, 120) : '', citing].filter(Boolean).join(' — ');
    }
    case 'quote':
      return attributionText(a.body.attribution, a.body.translated) || 'no attribution yet';
    case 'crossref': {
      const to = a.body.to;
      const target = !to
        ? 'no target'
        : 'annotation' in to
          ? `“${preview(ctx.exactOf(to.annotation) ?? 'a deleted annotation', 60)}”`
          : `${ctx.titleOf(to.document)}`;
      return [`${RELATION_LABELS[a.body.relation] ?? a.body.relation} ${target}`, a.body.note ? preview(a.body.note, 100) : ''].filter(Boolean).join(' — ');
    }
    case 'note':
      return [a.body.discrepancy ? `${a.body.status} (discrepancy note)` : a.body.status, a.body.text ? preview(a.body.text, 120) : ''].filter(Boolean).join(' — ');
  }
}
