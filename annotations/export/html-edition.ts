/**
 * The HTML edition: one self-contained file (styles inline, no script, nothing loaded from the network)
 * with each document's text, its annotations as numbered notes, and the apparatus. Every piece of
 * document text, note and attribution goes through `escapeHtml`; a Content-Security-Policy that allows no
 * script at all is a second line of defence should anything ever slip through.
 */
import { annotationsOf, indexEdition, type EditionIndex, type EditionInput, type PlacedAnnotation } from './edition-model';
import { escapeHtml } from './escape';
import { apparatusHtml } from './html-apparatus';
import { fragmentId, paragraphsHtml } from './html-inline';
import { EDITION_CSS } from './html-style';
import { noteContent } from './note-content';
import { layOutEdition } from './edition-layout';
import { editionTextHtml } from './html-text';
import type { LaidSpan } from './text-layout';

/** No script, no plugin, no remote anything: only the inline stylesheet and `data:` images. */
export const EDITION_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The HTML edition of `input` as one string (UTF-8 when written). */
export function toHtmlEdition(input: EditionInput): string {
  const index = indexEdition(input);
  const documents = input.documents.map((d) => documentHtml(index, d.record.id)).join('\n');
  const annotationCount = input.annotations.filter((a) => index.inScope.has(a.annotation.document)).length;
  const flagged = input.annotations.filter((a) => a.annotation.kind === 'claim' && index.inScope.has(a.annotation.document) && index.flagOf(a.annotation.id)?.flagged).length;
  const toc = input.documents
    .map((d) => `<li><a href="#${fragmentId('doc', d.record.id)}">${escapeHtml(d.record.title || d.record.path)}</a></li>`)
    .join('');
  const title = input.documents.length === 1 ? `${input.documents[0]!.record.title || input.documents[0]!.record.path} — ${input.title}` : input.title;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EDITION_CSP}">
<meta name="generator" content="Verbatim">
<title>${escapeHtml(title)}</title>
<style>${EDITION_CSS}</style>
</head>
<body>
<header class="edition-head">
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">Annotated edition: ${plural(input.documents.length, 'document')}, ${plural(annotationCount, 'annotation')}, ${plural(flagged, 'flagged claim')}, ${plural(index.apparatus.length, 'quote cluster')} in the apparatus. Generated ${escapeHtml(input.generated.slice(0, 10))}.</p>
<nav class="toc" aria-label="Contents"><ol>${toc}<li><a href="#apparatus">Apparatus</a></li></ol></nav>
</header>
<main>
${documents}
${apparatusHtml(index)}
</main>
<footer class="edition-foot"><p>Made with Verbatim. Annotated passages are highlighted (claims yellow, quoted sources blue, cross-references green, discrepancy notes pink; a red outline marks a flagged claim) and numbered; the notes follow each document. Severity of differences: critical, major, minor, info.</p></footer>
</body>
</html>
`;
}

/**
 * Whether a document's file is Markdown, whose paragraphs are the author's; any other text (typed, or
 * extracted from PDF, Word or HTML) may have a blank line after every printed line.
 */
function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** One document: heading, text with highlights and note references, then its numbered notes. */
function documentHtml(index: EditionIndex, id: string): string {
  const doc = index.input.documents.find((d) => d.record.id === id)!;
  const placed = annotationsOf(index, id);
  const numbers = new Map(placed.map((p, i) => [p.annotation.id, i + 1]));
  const spans: LaidSpan[] = placed.flatMap((p) => (p.anchor ? [{ id: p.annotation.id, ...p.anchor }] : []));
  const kindOf = new Map(placed.map((p) => [p.annotation.id, p.annotation.kind]));
  const flagged = new Set(placed.filter((p) => p.annotation.kind === 'claim' && index.flagOf(p.annotation.id)?.flagged).map((p) => p.annotation.id));
  const { layout, hidden } = index.layoutOf(id)!;
  const blocks = layOutEdition(doc.text, layout, spans, { joinPrintedLines: !isMarkdownPath(doc.record.path) });
  const text = editionTextHtml(doc.text, hidden, blocks, {
    highlightClass: (a) => `a k-${kindOf.get(a)}${flagged.has(a) ? ' flagged' : ''}`,
    noteNumber: (a) => numbers.get(a) ?? 0,
  });
  const original = doc.record.original ? `; extracted from ${escapeHtml(doc.record.original)}` : '';
  return `<article class="document" id="${fragmentId('doc', id)}" aria-labelledby="${fragmentId('doc-h', id)}">
<h2 id="${fragmentId('doc-h', id)}">${escapeHtml(doc.record.title || doc.record.path)}</h2>
<p class="doc-meta">${escapeHtml(doc.record.path)}${original}; ${doc.text.length.toLocaleString('en')} characters; ${plural(placed.length, 'annotation')}.</p>
<div class="text">
${text}
</div>
${notesHtml(index, placed)}
</article>`;
}

function notesHtml(index: EditionIndex, placed: readonly PlacedAnnotation[]): string {
  if (placed.length === 0) return '';
  const items = placed.map((p, i) => {
    const note = noteContent(index, p);
    const back = p.anchor ? `<a class="back" href="#${fragmentId('ref', p.annotation.id)}" aria-label="back to the text">↩</a>` : '';
    return `<li id="${fragmentId('note', p.annotation.id)}" value="${i + 1}"><span class="kind">${escapeHtml(note.label)}</span>${note.flagged ? ' <span class="flag">⚑ flagged</span>' : ''}${back}${paragraphsHtml(note.paragraphs)}</li>`;
  });
  return `<section class="notes" aria-label="Notes"><h3>Notes</h3><ol>${items.join('\n')}</ol></section>`;
}
