/** Rendering the edition's format-neutral inline text as escaped HTML. */
import { escapeHtml, isWebUrl } from './escape';
import type { Inline } from './note-content';

/** A fragment id made only of safe characters from an id of ours or of the report. */
export function fragmentId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

/** One inline piece as HTML; web links only for http(s) URLs, anything else stays text. */
export function inlineHtml(piece: Inline): string {
  if (typeof piece === 'string') return escapeHtml(piece);
  if ('strong' in piece) return `<strong>${escapeHtml(piece.strong)}</strong>`;
  if ('quote' in piece) return `<q>${escapeHtml(piece.quote)}</q>`;
  if ('url' in piece) {
    return isWebUrl(piece.url)
      ? `<a href="${escapeHtml(piece.url)}" rel="noopener noreferrer nofollow">${escapeHtml(piece.text)}</a>`
      : escapeHtml(piece.text);
  }
  const target = piece.ref === 'note' ? fragmentId('note', piece.id) : fragmentId('cluster', piece.id);
  return `<a href="#${target}">${piece.ref === 'note' ? `<q>${escapeHtml(piece.text)}</q>` : escapeHtml(piece.text)}</a>`;
}

/** Paragraphs of inline text as `<p>` elements. */
export function paragraphsHtml(paragraphs: readonly (readonly Inline[])[]): string {
  return paragraphs.map((p) => `<p>${p.map(inlineHtml).join('')}</p>`).join('');
}
