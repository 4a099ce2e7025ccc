/**
 * A document's text in the HTML edition: the blocks of its edition layout as HTML elements, inline
 * Markdown marks as `<em>`, `<strong>`, `<code>` and links, annotations as `<mark>` highlights with their
 * numbered note references. Every character of the source goes through `escapeHtml`; only our own tags
 * are written.
 *
 * Highlights and inline marks are written as a stack per segment: between two segments only the layers
 * they do not share are closed and opened, so elements always nest properly, whatever way an
 * annotation crosses a `**strong**` span or another annotation.
 */
import type { InlineMark } from '../../shared/text';
import type { EditionBlock, Segment } from './edition-layout';
import { escapeHtml, isWebUrl } from './escape';
import { fragmentId } from './html-inline';

/** How annotations look in the text. */
export interface TextMarkup {
  /** The class attribute of an annotation's highlight (`a k-claim flagged`). */
  highlightClass(id: string): string;
  /** The number of an annotation's note. */
  noteNumber(id: string): number;
}

/** One element open around a segment; `key` tells whether the next segment shares it. */
interface Layer {
  readonly key: unknown;
  readonly open: string;
  readonly close: string;
  /** A link: note references (themselves links) must never be written inside it. */
  readonly link: boolean;
}

/** The blocks as HTML, one element per line. `hidden` is the layout's mask of `text` (hidden syntax). */
export function editionTextHtml(text: string, hidden: Uint8Array, blocks: readonly EditionBlock[], markup: TextMarkup): string {
  const annotationLayers = new Map<string, Layer>();
  const annotationLayer = (id: string): Layer => {
    let layer = annotationLayers.get(id);
    if (!layer) {
      layer = { key: `annotation ${id}`, open: `<mark class="${escapeHtml(markup.highlightClass(id))}">`, close: '</mark>', link: false };
      annotationLayers.set(id, layer);
    }
    return layer;
  };
  const inline = (segments: readonly Segment[], code: boolean): string => {
    // Annotations outside, Markdown marks inside them: a highlight is one colour over bold and plain alike.
    const stacks = segments.map((s) => [...s.covering.map(annotationLayer), ...(s.join || code ? [] : s.marks.map(markLayer))]);
    const open: Layer[] = [];
    let out = '';
    const closeTo = (depth: number): void => {
      while (open.length > depth) out += open.pop()!.close;
    };
    segments.forEach((segment, i) => {
      const layers = stacks[i]!;
      closeTo(shared(open, layers));
      for (const layer of layers.slice(open.length)) {
        out += layer.open;
        open.push(layer);
      }
      out += segment.join ? ' ' : segmentText(text, hidden, segment, code || segment.marks.some((m) => m.type === 'code'));
      if (segment.refs.length === 0) return;
      // The annotations ending here close before their references; a link around them closes too.
      const link = open.findIndex((l) => l.link);
      closeTo(Math.min(shared(open, stacks[i + 1] ?? []), link < 0 ? open.length : link));
      out += segment.refs.map((id) => refHtml(id, markup.noteNumber(id))).join('');
    });
    closeTo(0);
    return out;
  };
  const block = (b: EditionBlock): string => {
    switch (b.type) {
      case 'paragraph':
        return b.segments.length ? `<p>${inline(b.segments, false)}</p>` : '';
      case 'heading': {
        // The edition's own headings are h1 (title) and h2 (document): the text's levels start below them.
        // A bare `#` shows nothing, and an empty heading would only confuse a screen reader's outline.
        const tag = `h${Math.min(6, b.level + 2)}`;
        return b.segments.length ? `<${tag}>${inline(b.segments, false)}</${tag}>` : '';
      }
      case 'code_block':
        return `<pre><code>${inline(b.segments, true)}</code></pre>`;
      case 'horizontal_rule':
        return '<hr>';
      case 'blockquote':
        return `<blockquote>\n${list(b.children)}\n</blockquote>`;
      case 'bullet_list':
        return `<ul>\n${list(b.children)}\n</ul>`;
      case 'ordered_list':
        return `<ol${b.order === 1 ? '' : ` start="${b.order}"`}>\n${list(b.children)}\n</ol>`;
      case 'list_item':
        return `<li>${list(b.children)}</li>`;
    }
  };
  const list = (children: readonly EditionBlock[]): string => children.map(block).filter((html) => html !== '').join('\n');
  return list(blocks);
}

/** How many layers, from the outside, `open` and `next` have in common. */
function shared(open: readonly Layer[], next: readonly Layer[]): number {
  let n = 0;
  while (n < open.length && n < next.length && open[n]!.key === next[n]!.key) n += 1;
  return n;
}

/**
 * An inline Markdown mark as an element. A link to a web address is a link that search engines and the
 * browser treat as foreign (`nofollow noopener noreferrer`); any other address (relative, `mailto:`, a
 * fragment that could collide with the edition's own ids) is not linked, its address shown on hover.
 */
function markLayer(mark: InlineMark): Layer {
  if (mark.type !== 'link') return { key: mark, open: `<${mark.type}>`, close: `</${mark.type}>`, link: false };
  const title = mark.title ? escapeHtml(mark.title) : '';
  if (isWebUrl(mark.href)) {
    return { key: mark, open: `<a class="src-link" href="${escapeHtml(mark.href)}" rel="nofollow noopener noreferrer"${title ? ` title="${title}"` : ''}>`, close: '</a>', link: true };
  }
  return { key: mark, open: `<span class="src-link" title="${escapeHtml(mark.href)}${title ? ` (${title})` : ''}">`, close: '</span>', link: false };
}

/**
 * A segment's characters, escaped. Line breaks inside a paragraph stay line breaks of the HTML source
 * (a browser shows them as spaces, as Markdown means a soft break), except hard breaks (two spaces or a
 * backslash before the line end, now hidden), which become `<br>`. Code keeps every character.
 */
function segmentText(text: string, hidden: Uint8Array, segment: Segment, code: boolean): string {
  const raw = text.slice(segment.from, segment.to);
  if (code || !/[\r\n]/.test(raw)) return escapeHtml(raw);
  let out = '';
  let last = 0;
  for (let i = 0; i < raw.length; i++) {
    if ((raw[i] === '\n' || raw[i] === '\r') && isHardBreak(text, hidden, segment.from + i)) {
      out += `${escapeHtml(raw.slice(last, i))}<br>\n`;
      last = i + 1;
    }
  }
  return out + escapeHtml(raw.slice(last));
}

/**
 * Whether the shown line break at `at` is a hard break. markdown-it read the text with a CR before a line
 * feed as a space (see `markdownLayout`), so that counts as a space here too.
 */
function isHardBreak(text: string, hidden: Uint8Array, at: number): boolean {
  const char = (i: number): string => (text[i] === '\r' ? ' ' : (text[i] ?? ''));
  if (!hidden[at - 1]) return false;
  return char(at - 1) === '\\' || (char(at - 1) === ' ' && char(at - 2) === ' ');
}

/** A note reference: the note's number, linked to the note, with an id the note links back to. */
function refHtml(id: string, n: number): string {
  return `<sup class="ref"><a href="#${fragmentId('note', id)}" id="${fragmentId('ref', id)}" aria-label="note ${n}">${n}</a></sup>`;
}
