/**
 * The annotation changes of the store as pure functions from one `ProjectData` to the next, so they can be
 * tested without a disk and the store stays a thin layer of I/O around them.
 */
import type { z } from 'zod';
import { Annotation, targetFor, type AnnotationPatch, type NewAnnotation, type ProjectData } from '../shared/model';
import { AnnotationNotFoundError, DocumentNotFoundError } from './types';
import { formatPath } from './validate-project';

/** What a change needs from the outside world, injected so tests can pin it. */
export interface ChangeContext {
  /** ISO 8601 timestamp for `created`/`modified`. */
  now: string;
  /** A fresh annotation id. */
  newId: () => string;
}

/** One line naming each failing field of a record (`body.text: too long; tags.0: ...`). */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${formatPath('', issue.path).replace(/^\./, '') || '(value)'}: ${issue.message}`).join('; ');
}

/**
 * Throws `RangeError` when `annotation` points at something that does not exist: a claim citing an id that
 * is not a quote annotation, a crossref to an unknown document or annotation, to a span outside its
 * document (as long as the document's record says it is), or to itself.
 */
export function checkReferences(annotation: Annotation, data: ProjectData): void {
  if (annotation.kind === 'claim') {
    for (const cited of annotation.body.cites) {
      const target = data.annotations.find((a) => a.id === cited);
      if (target?.kind !== 'quote') {
        throw new RangeError(target ? `a claim can only cite quote annotations; "${cited}" is a ${target.kind}` : `the claim cites "${cited}", which is not a quote annotation in this project`);
      }
    }
  }
  if (annotation.kind === 'crossref' && annotation.body.to) {
    const to = annotation.body.to;
    if ('annotation' in to) {
      if (to.annotation === annotation.id) throw new RangeError('a cross-reference cannot point at itself');
      if (!data.annotations.some((a) => a.id === to.annotation)) throw new RangeError(`the crossref points to annotation "${to.annotation}", which does not exist`);
      return;
    }
    const target = data.documents.find((d) => d.id === to.document);
    if (target === undefined) throw new RangeError(`the crossref points to document "${to.document}", which does not exist`);
    if (!(to.start <= to.end && to.end <= target.length)) {
      throw new RangeError(`the cross-reference span ${to.start}..${to.end} is not inside document "${to.document}" (${target.length} characters)`);
    }
  }
}

/**
 * Builds a new annotation over `text.slice(start, end)` of `input.document` (whose current text `text` is)
 * and returns the next data. `input` has passed `NewAnnotation` at the API boundary and is not checked
 * again. Throws `RangeError` for a span outside `text` or a dangling reference.
 */
export function addAnnotation(data: ProjectData, input: NewAnnotation, text: string, context: ChangeContext): { data: ProjectData; annotation: Annotation } {
  const valid = input;
  // targetFor throws RangeError for a span outside the text: the one place a span is checked against it.
  const target = targetFor(valid.document, text, valid.start, valid.end);
  const parsed = Annotation.safeParse({
    id: context.newId(),
    kind: valid.kind,
    document: valid.document,
    target,
    creator: data.settings.creator,
    created: context.now,
    modified: context.now,
    tags: valid.tags ?? [],
    body: valid.body ?? {},
  });
  if (!parsed.success) throw new TypeError(`invalid annotation: ${describeIssues(parsed.error)}`);
  checkReferences(parsed.data, data);
  return { data: { ...data, annotations: [...data.annotations, parsed.data] }, annotation: parsed.data };
}

/**
 * Merges `patch.body` into the annotation's body (field by field), replaces its tags when given, re-validates
 * the whole record and sets `modified`. Throws `AnnotationNotFoundError` for an unknown id, `TypeError` when
 * the result fails the schema, `RangeError` for a dangling reference.
 */
export function patchAnnotation(data: ProjectData, patch: AnnotationPatch, context: ChangeContext): { data: ProjectData; annotation: Annotation } {
  const index = data.annotations.findIndex((a) => a.id === patch.id);
  const existing = data.annotations[index];
  if (existing === undefined) throw new AnnotationNotFoundError(`no annotation "${patch.id}" in this project`);
  const parsed = Annotation.safeParse({
    ...existing,
    body: { ...existing.body, ...(patch.body ?? {}) },
    tags: patch.tags ?? existing.tags,
    modified: context.now,
  });
  if (!parsed.success) throw new TypeError(`invalid change to annotation "${patch.id}": ${describeIssues(parsed.error)}`);
  if (parsed.data.kind !== existing.kind) throw new TypeError('the kind of an annotation cannot change');
  checkReferences(parsed.data, data);
  const annotations = data.annotations.slice();
  annotations[index] = parsed.data;
  return { data: { ...data, annotations }, annotation: parsed.data };
}

/**
 * Removes the annotation `id`. A deleted quote is also removed from the `cites` of every claim citing it
 * (those claims get a new `modified`), so no claim is left citing nothing. Crossrefs pointing at it are kept:
 * they still say something, and the UI shows the dangling end. Throws `AnnotationNotFoundError`.
 */
export function removeAnnotation(data: ProjectData, id: string, context: Pick<ChangeContext, 'now'>): ProjectData {
  const removed = data.annotations.find((a) => a.id === id);
  if (removed === undefined) throw new AnnotationNotFoundError(`no annotation "${id}" in this project`);
  const annotations = data.annotations
    .filter((a) => a.id !== id)
    .map((a): Annotation => {
      if (removed.kind !== 'quote' || a.kind !== 'claim' || !a.body.cites.includes(id)) return a;
      return { ...a, body: { ...a.body, cites: a.body.cites.filter((c) => c !== id) }, modified: context.now };
    });
  return { ...data, annotations };
}

/**
 * Puts back `annotation` exactly as it was stored (same id, body, target and times): the undo of a delete.
 * Throws `RangeError` when an annotation with that id already exists or a reference dangles,
 * `DocumentNotFoundError` when its document is no longer in the project, `TypeError` when the record fails
 * the schema.
 */
export function restoreAnnotation(data: ProjectData, annotation: Annotation): { data: ProjectData; annotation: Annotation } {
  const parsed = Annotation.safeParse(annotation);
  if (!parsed.success) throw new TypeError(`invalid annotation: ${describeIssues(parsed.error)}`);
  const record = parsed.data;
  if (data.annotations.some((a) => a.id === record.id)) throw new RangeError(`an annotation "${record.id}" already exists; it cannot be restored twice`);
  if (!data.documents.some((d) => d.id === record.document)) throw new DocumentNotFoundError(`no document "${record.document}" in this project`);
  if (record.target.source !== record.document) throw new RangeError(`the target of "${record.id}" names document "${record.target.source}", not "${record.document}"`);
  checkReferences(record, data);
  return { data: { ...data, annotations: [...data.annotations, record] }, annotation: record };
}

/**
 * Moves annotation `id` onto `text.slice(start, end)` of its own document (re-attaching an orphan to a new
 * selection): new selectors, a new `modified`, body and tags kept. Throws `AnnotationNotFoundError` for an
 * unknown id and `RangeError` for an empty span or one outside `text`.
 */
export function retargetAnnotation(
  data: ProjectData,
  id: string,
  span: { start: number; end: number },
  text: string,
  context: Pick<ChangeContext, 'now'>,
): { data: ProjectData; annotation: Annotation } {
  const index = data.annotations.findIndex((a) => a.id === id);
  const existing = data.annotations[index];
  if (existing === undefined) throw new AnnotationNotFoundError(`no annotation "${id}" in this project`);
  if (!(span.end > span.start)) throw new RangeError('an annotation needs a non-empty span (end > start)');
  const annotation: Annotation = { ...existing, target: targetFor(existing.document, text, span.start, span.end), modified: context.now };
  const annotations = data.annotations.slice();
  annotations[index] = annotation;
  return { data: { ...data, annotations }, annotation };
}

/**
 * Inserts whole annotation records (an import): one whose id exists replaces it in place, the others are
 * appended in the order given. Every record is validated and every reference checked against the data
 * as it is after the whole batch, so a claim may cite a quote imported with it. Throws `TypeError` for an
 * invalid record, `DocumentNotFoundError` for an unknown document, `RangeError` for a dangling reference;
 * nothing changes then.
 */
export function upsertAnnotations(data: ProjectData, incoming: readonly Annotation[]): ProjectData {
  const parsed = incoming.map((a, i) => {
    const result = Annotation.safeParse(a);
    if (!result.success) throw new TypeError(`invalid annotation ${i + 1} of the import: ${describeIssues(result.error)}`);
    if (!data.documents.some((d) => d.id === result.data.document)) throw new DocumentNotFoundError(`no document "${result.data.document}" in this project`);
    return result.data;
  });
  const byId = new Map(parsed.map((a) => [a.id, a]));
  const annotations = data.annotations.map((a) => byId.get(a.id) ?? a);
  const known = new Set(data.annotations.map((a) => a.id));
  for (const a of byId.values()) if (!known.has(a.id)) annotations.push(a);
  const next = { ...data, annotations };
  for (const a of byId.values()) checkReferences(a, next);
  return next;
}
