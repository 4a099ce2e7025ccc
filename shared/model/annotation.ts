import { z } from 'zod';
import { Attribution } from './attribution';
import {
  limitMessage, MAX_CITES, MAX_CREATOR_CHARS, MAX_ID_CHARS, MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS,
} from './limits';
import { Target } from './selectors';

/** An id: non-empty, at most `MAX_ID_CHARS`. */
const Id = z.string().min(1).max(MAX_ID_CHARS, limitMessage('an id', MAX_ID_CHARS, 'characters', 'MAX_ID_CHARS'));
/** Free text of a note or claim: at most `MAX_NOTE_CHARS`. */
const NoteText = z.string().max(MAX_NOTE_CHARS, limitMessage('a note or claim text', MAX_NOTE_CHARS, 'characters', 'MAX_NOTE_CHARS'));
/** The tags of an annotation: at most `MAX_TAGS`, each at most `MAX_TAG_CHARS`. */
export const Tags = z
  .array(z.string().max(MAX_TAG_CHARS, limitMessage('a tag', MAX_TAG_CHARS, 'characters', 'MAX_TAG_CHARS')))
  .max(MAX_TAGS, limitMessage('an annotation', MAX_TAGS, 'tags', 'MAX_TAGS'));
const Offset = z.number().int().nonnegative();

export const ANNOTATION_KINDS = ['claim', 'quote', 'crossref', 'note'] as const;
export const AnnotationKind = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

export const CROSSREF_RELATIONS = ['same-quote', 'same-event', 'supports', 'contradicts', 'see-also'] as const;
export const NOTE_STATUSES = ['open', 'confirmed', 'dismissed', 'resolved'] as const;

// Every object below is strict: a field the model does not have is refused, never silently dropped.

/** A claim: text asserting something (at most `MAX_NOTE_CHARS`), citing up to `MAX_CITES` distinct `quote` annotations by id. */
export const ClaimBody = z.strictObject({
  text: NoteText.default(''),
  cites: z
    .array(Id)
    .max(MAX_CITES, limitMessage('a claim', MAX_CITES, 'cited quotes', 'MAX_CITES'))
    .refine((ids) => new Set(ids).size === ids.length, 'a claim cites each quote at most once')
    .default([]),
});

/** A quoted outside source with its attribution. */
export const QuoteBody = z.strictObject({
  attribution: Attribution.default({}),
  translated: z.boolean().default(false),
});

/** Where a cross-reference points: a span of a document, or another annotation. */
export const CrossrefTo = z.union([
  z.strictObject({ document: Id, start: Offset, end: Offset }),
  z.strictObject({ annotation: Id }),
]);
/** A cross-reference: its relation, where it points, and a note of at most `MAX_NOTE_CHARS`. */
export const CrossrefBody = z.strictObject({
  // Named in the message: "Invalid option" alone left a user (and the window) guessing what was wanted.
  relation: z.enum(CROSSREF_RELATIONS, { error: `a cross-reference needs a relation: one of ${CROSSREF_RELATIONS.join(', ')}` }),
  to: CrossrefTo.optional(),
  note: NoteText.default(''),
});

/** A reviewer's note on a discrepancy (`discrepancy` is the stable key of a report discrepancy); text at most `MAX_NOTE_CHARS`. */
export const NoteBody = z.strictObject({
  discrepancy: Id.optional(),
  status: z.enum(NOTE_STATUSES).default('open'),
  text: NoteText.default(''),
});

const base = {
  id: Id,
  document: Id,
  target: Target,
  creator: z.string().min(1).max(MAX_CREATOR_CHARS, limitMessage('a creator name', MAX_CREATOR_CHARS, 'characters', 'MAX_CREATOR_CHARS')),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  tags: Tags.default([]),
};

/** One stored annotation; `kind` selects the body shape. */
export const Annotation = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('claim'), body: ClaimBody }),
  z.strictObject({ ...base, kind: z.literal('quote'), body: QuoteBody }),
  z.strictObject({ ...base, kind: z.literal('crossref'), body: CrossrefBody }),
  z.strictObject({ ...base, kind: z.literal('note'), body: NoteBody }),
]);
export type Annotation = z.infer<typeof Annotation>;
export type ClaimAnnotation = Extract<Annotation, { kind: 'claim' }>;
export type QuoteAnnotation = Extract<Annotation, { kind: 'quote' }>;

const span = { document: Id, start: Offset, end: Offset, tags: Tags.optional() };

/**
 * What a client sends to create an annotation: the span, the kind, an optional body; the store fills the
 * rest. Strict: `id`, `creator` or any other field the store fills is refused, not dropped.
 */
export const NewAnnotation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('claim'), ...span, body: ClaimBody.optional() }),
  z.strictObject({ kind: z.literal('quote'), ...span, body: QuoteBody.optional() }),
  z.strictObject({ kind: z.literal('crossref'), ...span, body: CrossrefBody.optional() }),
  z.strictObject({ kind: z.literal('note'), ...span, body: NoteBody.optional() }),
]).refine((a) => a.end > a.start, { message: 'an annotation needs a non-empty span (end > start)' });
export type NewAnnotation = z.infer<typeof NewAnnotation>;

/**
 * A partial update: body fields and tags may change; id, kind, document and target may not. The body's
 * fields are checked against the annotation's kind (strictly, limits included) when the store merges them.
 */
export const AnnotationPatch = z.strictObject({
  id: Id,
  body: z.record(z.string(), z.unknown()).optional(),
  tags: Tags.optional(),
});
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;
