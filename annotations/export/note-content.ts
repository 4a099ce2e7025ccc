/**
 * What an edition says about each annotation, as format-neutral rich text: the HTML edition and the
 * Markdown export render the same content, each with its own escaping.
 */
import type { AnnotationKind } from '../../shared/model';
import {
  annotatedText, describeAttribution, excerpt, type EditionIndex, type PlacedAnnotation,
} from './edition-model';

/** A piece of inline text: plain, emphasised, a quotation, or a link inside the edition or to the web. */
export type Inline =
  | string
  | { strong: string }
  | { quote: string }
  | { ref: 'note'; id: string; text: string }
  | { ref: 'cluster'; id: string; text: string }
  | { url: string; text: string };

/** A note of the edition: its kind, a label, and paragraphs of inline text. */
export interface NoteContent {
  kind: AnnotationKind;
  label: string;
  flagged: boolean;
  paragraphs: Inline[][];
}

const KIND_LABEL: Readonly<Record<AnnotationKind, string>> = {
  claim: 'Claim',
  quote: 'Quoted source',
  crossref: 'Cross-reference',
  note: 'Discrepancy note',
};

/** The label of a kind as an edition shows it. */
export function kindLabel(kind: AnnotationKind): string {
  return KIND_LABEL[kind];
}

/** `C1`, `C2`, ... : the number of a cluster in the apparatus, or null when the apparatus omits it. */
export function clusterNumber(index: EditionIndex, id: string): string | null {
  const at = index.apparatus.findIndex((c) => c.id === id);
  return at === -1 ? null : `C${at + 1}`;
}

/** The content of the note an edition prints for `placed`. */
export function noteContent(index: EditionIndex, placed: PlacedAnnotation): NoteContent {
  const a = placed.annotation;
  const paragraphs: Inline[][] = [];
  let flagged = false;
  if (placed.anchor === null) {
    paragraphs.push(['Orphaned: this passage is no longer found in the document. It was made on ', { quote: excerpt(a.target.selector[1].exact, 200) }, '.']);
  }
  switch (a.kind) {
    case 'claim': {
      if (a.body.text) paragraphs.push([a.body.text]);
      for (const cited of a.body.cites) paragraphs.push(citation(index, cited));
      if (a.body.cites.length === 0) paragraphs.push(['Cites no quoted source.']);
      const flag = index.flagOf(a.id);
      if (flag?.flagged) {
        flagged = true;
        const clusters = flag.clusters.flatMap((id): Inline[] => {
          const n = clusterNumber(index, id);
          return n ? [{ ref: 'cluster', id, text: n }, ' '] : [];
        });
        paragraphs.push([
          { strong: 'Flagged:' },
          ` a cited quote reads differently in another document (${flag.discrepancies.length} ${flag.discrepancies.length === 1 ? 'difference' : 'differences'} at or above ${index.input.threshold}). Apparatus: `,
          ...clusters,
        ]);
      }
      break;
    }
    case 'quote': {
      const source = describeAttribution(a.body.attribution);
      paragraphs.push(source ? attributionInline(a.body.attribution.url, source) : ['No attribution recorded.']);
      if (a.body.translated) paragraphs.push(['A translation of the original.']);
      break;
    }
    case 'crossref': {
      const to = a.body.to;
      const where: Inline[] = [];
      if (to && 'annotation' in to) {
        const target = index.annotationById.get(to.annotation);
        where.push(target ? { ref: 'note', id: to.annotation, text: `${kindLabel(target.annotation.kind).toLowerCase()} in ${index.documentTitle(target.annotation.document)}` } : `annotation ${to.annotation} (no longer in the project)`);
      } else if (to) {
        const doc = index.input.documents.find((d) => d.record.id === to.document);
        where.push(`${index.documentTitle(to.document)}, characters ${to.start}–${to.end}`);
        if (doc) where.push(': ', { quote: excerpt(doc.text.slice(to.start, to.end)) });
      }
      paragraphs.push([{ strong: a.body.relation.replace('-', ' ') }, where.length ? ' → ' : '', ...where]);
      if (a.body.note) paragraphs.push([a.body.note]);
      break;
    }
    case 'note': {
      const about = a.body.discrepancy ? index.discrepancyById.get(a.body.discrepancy) : undefined;
      paragraphs.push([{ strong: `Status: ${a.body.status}.` }, about ? ` On the ${about.severity} ${about.kind} difference “${about.a.text || '—'}” / “${about.b.text || '—'}”.` : '']);
      if (a.body.text) paragraphs.push([a.body.text]);
      break;
    }
  }
  if (a.tags.length > 0) paragraphs.push([`Tags: ${a.tags.join(', ')}.`]);
  return { kind: a.kind, label: kindLabel(a.kind), flagged, paragraphs };
}

function citation(index: EditionIndex, id: string): Inline[] {
  const cited = index.annotationById.get(id);
  if (!cited || cited.annotation.kind !== 'quote') return [`Cites ${id} (no longer in the project).`];
  const source = describeAttribution(cited.annotation.body.attribution);
  const text: Inline = index.inScope.has(cited.annotation.document)
    ? { ref: 'note', id, text: excerpt(annotatedText(index, cited), 120) }
    : { quote: excerpt(annotatedText(index, cited), 120) };
  return ['Cites ', text, ` (${index.documentTitle(cited.annotation.document)})`, ...(source ? ['; ', ...attributionInline(cited.annotation.body.attribution.url, source)] : []), '.'];
}

function attributionInline(url: string | undefined, source: string): Inline[] {
  if (!url) return [source];
  const rest = source.slice(0, Math.max(0, source.length - url.length)).replace(/, $/, '');
  return [...(rest ? [rest, ', '] : []), { url, text: url }];
}
