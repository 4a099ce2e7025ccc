/**
 * Builds the sample project's `verbatim.json` data from the documents beside this file and the passages
 * in `sample-spec.ts`: document records (sha256 and length as the store computes them) and annotations
 * with both W3C selectors from `targetFor`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestFile } from '../../annotations';
import { documentTitle } from '../../shared/engine/ingest';
import { Annotation, ProjectData, SCHEMA_VERSION, targetFor, type DocumentRecord } from '../../shared/model';
import { SAMPLE_ANNOTATIONS, SAMPLE_CREATOR, SAMPLE_DOCUMENTS, SAMPLE_LEXICON, SAMPLE_TIME, type Passage, type SampleAnnotation } from './sample-spec';

/** The sample project's data, read from the documents in `dir` (default: this folder). Throws when a passage is missing or ambiguous. */
export async function buildSampleProject(dir: string): Promise<ProjectData> {
  const texts = new Map<string, string>();
  const documents: DocumentRecord[] = [];
  for (const doc of SAMPLE_DOCUMENTS) {
    const { text, sha256 } = ingestFile(doc.path, new Uint8Array(await readFile(join(dir, doc.path))));
    texts.set(doc.id, text);
    documents.push({ id: doc.id, path: doc.path, title: documentTitle(text, doc.path), sha256, length: text.length, added: SAMPLE_TIME });
  }
  const annotations = SAMPLE_ANNOTATIONS.map((a) => Annotation.parse(toAnnotation(a, texts)));
  return ProjectData.parse({
    schemaVersion: SCHEMA_VERSION,
    settings: { threshold: 'major', gazetteer: ['The Harbour Courier', 'The Valley Post'], creator: 'local-user' },
    lexicon: SAMPLE_LEXICON,
    documents,
    annotations,
  });
}

/** Where `passage` lies in its document's text. */
export function locate(passage: Passage, texts: ReadonlyMap<string, string>): { start: number; end: number } {
  const text = texts.get(passage.document);
  if (text === undefined) throw new Error(`no sample document "${passage.document}"`);
  const [first, last] = typeof passage.exact === 'string' ? [passage.exact, undefined] : passage.exact;
  const start = onlyIndex(text, first, passage.document);
  if (last === undefined) return { start, end: start + first.length };
  const lastAt = text.indexOf(last, start);
  if (lastAt === -1) throw new Error(`"${last}" does not follow "${first}" in ${passage.document}`);
  onlyIndex(text, last, passage.document);
  return { start, end: lastAt + last.length };
}

function onlyIndex(text: string, exact: string, document: string): number {
  const at = text.indexOf(exact);
  if (at === -1) throw new Error(`"${exact}" is not in ${document}`);
  if (text.indexOf(exact, at + 1) !== -1) throw new Error(`"${exact}" occurs more than once in ${document}`);
  return at;
}

function toAnnotation(a: SampleAnnotation, texts: ReadonlyMap<string, string>): unknown {
  const { start, end } = locate(a, texts);
  const text = texts.get(a.document) ?? '';
  const common = {
    id: a.id,
    kind: a.kind,
    document: a.document,
    target: targetFor(a.document, text, start, end),
    creator: SAMPLE_CREATOR,
    created: SAMPLE_TIME,
    modified: SAMPLE_TIME,
    tags: a.tags ?? [],
  };
  switch (a.kind) {
    case 'quote':
      return { ...common, body: { attribution: a.attribution, translated: false } };
    case 'claim':
      return { ...common, body: { text: a.text, cites: a.cites } };
    case 'crossref':
      return { ...common, body: { relation: a.relation, to: { document: a.to.document, ...locate(a.to, texts) }, note: a.note } };
    case 'note':
      return { ...common, body: { status: a.status, text: a.text } };
  }
}
