import { describeIssues, ServiceError, type ApiHandlers } from '../../shared/api';
import { ClaimBody, CROSSREF_RELATIONS, CrossrefBody, NoteBody, QuoteBody, type Annotation, type AnnotationKind } from '../../shared/model';
import type { ProjectStore } from '../../annotations';
import type { ServiceContext } from './context';
import { anchorAll, readTexts } from './anchored-texts';
import { findDocument, readDocumentText } from './documents-service';
import { assertWritable, mapStoreErrors } from './errors';

/** Body schemas by kind, strict so that a patch naming a field the kind does not have is refused, not dropped. */
const BODY_SCHEMAS = {
  claim: ClaimBody.strict(),
  quote: QuoteBody.strict(),
  crossref: CrossrefBody.strict(),
  note: NoteBody.strict(),
} as const;

type AnnotationMethods =
  | 'listAnnotations' | 'createAnnotation' | 'createAnnotations' | 'updateAnnotation' | 'deleteAnnotation'
  | 'restoreAnnotation' | 'reanchorAnnotation';

/**
 * `listAnnotations`, `createAnnotation`, `createAnnotations` (a batch in one write, all or none),
 * `updateAnnotation`, `deleteAnnotation`, `restoreAnnotation` (the undo of a delete, same id) and
 * `reanchorAnnotation` (an orphan put on a new span of its document's current text).
 */
export function annotationHandlers(ctx: ServiceContext): Pick<ApiHandlers, AnnotationMethods> {
  const { store } = ctx;
  return {
    async listAnnotations({ document }) {
      const records = document === undefined ? store.documents() : [findDocument(store, document)];
      const annotations = store.annotations(document);
      const used = new Set(annotations.map((a) => a.document));
      return anchorAll(annotations, await readTexts(store, records.filter((r) => used.has(r.id))));
    },
    async createAnnotation(input) {
      assertWritable(store);
      requireRelation(input);
      const record = findDocument(store, input.document);
      const text = await readDocumentText(store, record);
      if (input.end > text.length) {
        throw new ServiceError('invalid-payload', `span ${input.start}..${input.end} is outside document "${record.id}" (${text.length} characters)`);
      }
      if (input.body) await checkReferences(store, input.kind, input.body);
      return mapStoreErrors(() => store.createAnnotation(input, text));
    },
    async createAnnotations({ annotations }) {
      assertWritable(store);
      const texts = new Map<string, string>();
      for (const input of annotations) {
        requireRelation(input);
        if (!texts.has(input.document)) texts.set(input.document, await readDocumentText(store, findDocument(store, input.document)));
        const length = texts.get(input.document)?.length ?? 0;
        if (input.end > length) {
          throw new ServiceError('invalid-payload', `span ${input.start}..${input.end} is outside document "${input.document}" (${length} characters)`);
        }
        if (input.body) await checkReferences(store, input.kind, input.body);
      }
      return mapStoreErrors(() => store.createAnnotations(annotations, texts));
    },
    async restoreAnnotation({ annotation }) {
      assertWritable(store);
      const record = findDocument(store, annotation.document);
      await checkReferences(store, annotation.kind, annotation.body, annotation.id);
      const restored = await mapStoreErrors(() => store.restoreAnnotation(annotation));
      const text = await readDocumentText(store, record);
      return anchorAll([restored], new Map([[record.id, text]]))[0]!;
    },
    async reanchorAnnotation({ id, start, end }) {
      assertWritable(store);
      const existing = findAnnotation(store, id);
      const record = findDocument(store, existing.document);
      const text = await readDocumentText(store, record);
      if (end > text.length) throw new ServiceError('invalid-payload', `span ${start}..${end} is outside document "${record.id}" (${text.length} characters)`);
      const moved = await mapStoreErrors(() => store.retargetAnnotation(id, { start, end }, text));
      return { annotation: moved, anchor: { start, end } };
    },
    async updateAnnotation(patch) {
      assertWritable(store);
      const existing = findAnnotation(store, patch.id);
      let body: Record<string, unknown> | undefined;
      if (patch.body !== undefined) {
        const parsed = BODY_SCHEMAS[existing.kind].safeParse({ ...existing.body, ...patch.body });
        if (!parsed.success) throw new ServiceError('invalid-payload', `invalid ${existing.kind} body: ${describeIssues(parsed.error)}`);
        body = parsed.data;
        await checkReferences(store, existing.kind, parsed.data, existing.id);
      }
      return mapStoreErrors(() => store.updateAnnotation({ id: patch.id, ...(body && { body }), ...(patch.tags && { tags: patch.tags }) }));
    },
    async deleteAnnotation({ id }) {
      assertWritable(store);
      findAnnotation(store, id);
      await mapStoreErrors(() => store.deleteAnnotation(id));
      return { id };
    },
  };
}

/**
 * A cross-reference says how two passages relate, so it cannot be created without a relation: refused
 * here with the choices named, rather than with the schema's bare "body.relation: Invalid option".
 */
function requireRelation(input: { kind: AnnotationKind; body?: unknown }): void {
  if (input.kind !== 'crossref') return;
  const relation = (input.body as { relation?: unknown } | undefined)?.relation;
  if (typeof relation === 'string' && (CROSSREF_RELATIONS as readonly string[]).includes(relation)) return;
  throw new ServiceError(
    'invalid-payload',
    `a cross-reference needs a relation: one of ${CROSSREF_RELATIONS.join(', ')} (body.relation${relation === undefined ? ' is missing' : ` "${String(relation)}" is not one of them`})`,
  );
}

/** The stored annotation `id`; throws `ServiceError('not-found')` when there is none. */
export function findAnnotation(store: ProjectStore, id: string): Annotation {
  const found = store.annotations().find((a) => a.id === id);
  if (!found) throw new ServiceError('not-found', `no annotation "${id}" in this project`);
  return found;
}

/**
 * Refuses a cross-reference whose target span lies outside the document it names, or that points at
 * itself. (The store checks that cited quotes and referenced documents and annotations exist.)
 */
async function checkReferences(store: ProjectStore, kind: AnnotationKind, body: object, self?: string): Promise<void> {
  if (kind !== 'crossref') return;
  const to = (body as { to?: { annotation: string } | { document: string; start: number; end: number } }).to;
  if (to === undefined) return;
  if ('annotation' in to) {
    if (to.annotation === self) throw new ServiceError('invalid-payload', 'a cross-reference cannot point at itself');
    return;
  }
  const record = store.documents().find((d) => d.id === to.document);
  // A missing document is reported by the store, with its own message.
  if (!record) return;
  const length = (await readDocumentText(store, record)).length;
  if (!(to.start <= to.end && to.end <= length)) {
    throw new ServiceError('invalid-payload', `the cross-reference span ${to.start}..${to.end} is not inside document "${to.document}" (${length} characters)`);
  }
}
