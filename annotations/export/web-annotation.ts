/**
 * The W3C Web Annotation Data Model as JSON-LD: an `AnnotationCollection` whose one page holds every
 * annotation, each with a `SpecificResource` target carrying a `TextPositionSelector` and a
 * `TextQuoteSelector`, a motivation fitting its kind, and W3C bodies other tools read. Our own fields
 * live under the `verbatim:` extension context declared in `@context`; `verbatim:record` holds the
 * annotation exactly as `verbatim.json` stores it, so a round trip through this format loses nothing.
 */
import type { Annotation } from '../../shared/model';
import { describeAttribution, indexEdition, type EditionIndex, type EditionInput } from './edition-model';

/** The W3C Web Annotation context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The IRI of our extension vocabulary. A URN: it names terms, nothing is fetched from it. */
export const VERBATIM_VOCAB = 'urn:verbatim:vocab#';

/** Our extension context: the `verbatim:` prefix and the JSON-valued record (JSON-LD 1.1 `@json`). */
export const VERBATIM_CONTEXT = {
  verbatim: VERBATIM_VOCAB,
  'verbatim:record': { '@id': `${VERBATIM_VOCAB}record`, '@type': '@json' },
  'verbatim:kind': { '@id': `${VERBATIM_VOCAB}kind` },
  'verbatim:document': { '@id': `${VERBATIM_VOCAB}document` },
  'verbatim:path': { '@id': `${VERBATIM_VOCAB}path` },
  'verbatim:discrepancy': { '@id': `${VERBATIM_VOCAB}discrepancy` },
  'verbatim:status': { '@id': `${VERBATIM_VOCAB}status` },
} as const;

/** A W3C motivation for each kind (a note's depends on its status). */
export function motivationOf(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'claim':
      return 'commenting';
    case 'quote':
      return 'highlighting';
    case 'crossref':
      return 'linking';
    case 'note':
      // An open question about a difference, or a reviewer's verdict on it.
      return annotation.body.status === 'open' ? 'questioning' : 'assessing';
  }
}

/** The IRI of a document of the project in exports: stable, independent of where the project lives. */
export function documentIri(id: string): string {
  return `urn:verbatim:document:${encodeURIComponent(id)}`;
}

/** The IRI of an annotation: its id when that already is an absolute IRI (imported), else a URN. */
export function annotationIri(id: string): string {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(id) ? id : `urn:verbatim:annotation:${encodeURIComponent(id)}`;
}

type JsonObject = Record<string, unknown>;

/** The annotations of documents in scope as one `AnnotationCollection` (JSON-LD, pretty-printed). */
export function toWebAnnotationCollection(input: EditionInput): string {
  const index = indexEdition(input);
  const items = input.annotations.filter((a) => index.inScope.has(a.annotation.document)).map((a) => toWebAnnotation(index, a.annotation));
  const collection = {
    '@context': [ANNO_CONTEXT, VERBATIM_CONTEXT],
    id: `urn:verbatim:collection:${encodeURIComponent(input.title)}:${input.generated}`,
    type: 'AnnotationCollection',
    label: input.title,
    total: items.length,
    generated: input.generated,
    generator: { id: 'urn:verbatim:software', type: 'Software', name: 'Verbatim' },
    first: { id: `urn:verbatim:collection:${encodeURIComponent(input.title)}:${input.generated}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

/** One annotation in the W3C model. */
export function toWebAnnotation(index: EditionIndex, a: Annotation): JsonObject {
  const [position, quote] = a.target.selector;
  const record = index.input.allDocuments.find((d) => d.id === a.document);
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivationOf(a),
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.creator },
    ...bodiesOf(index, a),
    target: {
      type: 'SpecificResource',
      source: documentIri(a.document),
      selector: [
        { type: 'TextPositionSelector', start: position.start, end: position.end },
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      ],
    },
    'verbatim:kind': a.kind,
    'verbatim:document': a.document,
    ...(record ? { 'verbatim:path': record.path } : {}),
    'verbatim:record': a,
  };
}

/** W3C bodies for what other tools can show: texts with a purpose, links to cited or linked resources. */
function bodiesOf(index: EditionIndex, a: Annotation): { body?: JsonObject[] } {
  const bodies: JsonObject[] = [];
  const text = (value: string, purpose: string) => bodies.push({ type: 'TextualBody', value, format: 'text/plain', purpose });
  switch (a.kind) {
    case 'claim':
      if (a.body.text) text(a.body.text, 'commenting');
      for (const cited of a.body.cites) bodies.push({ id: annotationIri(cited), type: 'SpecificResource', purpose: 'linking' });
      break;
    case 'quote': {
      const source = describeAttribution(a.body.attribution);
      if (source) text(`Quoted from ${source}${a.body.translated ? ' (translated)' : ''}`, 'describing');
      if (a.body.attribution.url) bodies.push({ id: a.body.attribution.url, purpose: 'identifying' });
      break;
    }
    case 'crossref': {
      const to = a.body.to;
      if (to && 'annotation' in to) bodies.push({ id: annotationIri(to.annotation), type: 'SpecificResource', purpose: 'linking' });
      else if (to) {
        bodies.push({ type: 'SpecificResource', source: documentIri(to.document), purpose: 'linking', selector: { type: 'TextPositionSelector', start: to.start, end: to.end } });
      }
      text(a.body.note ? `${a.body.relation}: ${a.body.note}` : a.body.relation, 'commenting');
      break;
    }
    case 'note': {
      const about = a.body.discrepancy ? index.discrepancyById.get(a.body.discrepancy) : undefined;
      const what = about ? ` (${about.severity} ${about.kind}: ${about.explanation})` : '';
      text(`${a.body.status}${what}${a.body.text ? `: ${a.body.text}` : ''}`, a.body.status === 'open' ? 'questioning' : 'assessing');
      break;
    }
  }
  for (const tag of a.tags) text(tag, 'tagging');
  return bodies.length ? { body: bodies } : {};
}
