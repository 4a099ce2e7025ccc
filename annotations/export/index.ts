// Export builders: pure functions from an EditionInput to the text of one format.
export { indexEdition, describeAttribution, excerpt } from './edition-model';
export type { EditionInput, EditionDocument, EditionIndex, PlacedAnnotation } from './edition-model';
export { toHtmlEdition, EDITION_CSP } from './html-edition';
export { toMarkdownEdition } from './markdown-edition';
export { toWebAnnotationCollection, toWebAnnotation, motivationOf, documentIri, annotationIri, ANNO_CONTEXT, VERBATIM_CONTEXT, VERBATIM_VOCAB } from './web-annotation';
export { toTei, teiId, TEI_NS } from './tei-export';
export { toDiscrepancyCsv, CSV_COLUMNS } from './csv-export';
export { escapeHtml, escapeXml, escapeMarkdown, neutraliseFormula, isWebUrl } from './escape';
