import { z } from 'zod';
import { Attribution } from './attribution';
import { Target } from './selectors';

export const ANNOTATION_KINDS = ['claim', 'quote', 'crossref', 'note'] as const;
export const AnnotationKind = z.enum(ANNOTATION_KINDS);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

export const CROSSREF_RELATIONS = ['same-quote', 'same-event', 'supports', 'contradicts', 'see-also'] as const;
export const NOTE_STATUSES = ['open', 'confirmed', 'dismissed', 'resolved'] as const;

/** A claim: text asserting something, citing `quote` annotations by id. */
export const ClaimBody = z.object({
  text: z.string().default(''),
  cites: z.array(z.string().min(1)).default([]),
});

/** A quoted outside source with its attribution. */
export const QuoteBody = z.object({
  attribution: Attribution.default({}),
  translated: z.boolean().default(false),
});

/** Where a cross-reference points: a span of a document, or another annotation. */
export const CrossrefTo = z.union([
  z.object({ document: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  z.object({ annotation: z.string().min(1) }),
]);
export const CrossrefBody = z.object({
  relation: z.enum(CROSSREF_RELATIONS),
  to: CrossrefTo.optional(),
  note: z.string().default(''),
});

/** A reviewer's note on a discrepancy (`discrepancy` is the stable key of a report discrepancy). */
export const NoteBody = z.object({
  discrepancy: z.string().optional(),
  status: z.enum(NOTE_STATUSES).default('open'),
  text: z.string().default(''),
});

const base = {
  id: z.string().min(1),
  document: z.string().min(1),
  target: Target,
  creator: z.string().min(1),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  tags: z.array(z.string()).default([]),
};

/** One stored annotation; `kind` selects the body shape. */
export const Annotation = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('claim'), body: ClaimBody }),
  z.object({ ...base, kind: z.literal('quote'), body: QuoteBody }),
  z.object({ ...base, kind: z.literal('crossref'), body: CrossrefBody }),
  z.object({ ...base, kind: z.literal('note'), body: NoteBody }),
]);
export type Annotation = z.infer<typeof Annotation>;
export type ClaimAnnotation = Extract<Annotation, { kind: 'claim' }>;
export type QuoteAnnotation = Extract<Annotation, { kind: 'quote' }>;

/** What a client sends to create an annotation: the span, the kind, an optional body; the store fills the rest. */
export const NewAnnotation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), document: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), body: ClaimBody.optional(), tags: z.array(z.string()).optional() }),
  z.object({ kind: z.literal('quote'), document: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), body: QuoteBody.optional(), tags: z.array(z.string()).optional() }),
  z.object({ kind: z.literal('crossref'), document: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), body: CrossrefBody.optional(), tags: z.array(z.string()).optional() }),
  z.object({ kind: z.literal('note'), document: z.string().min(1), start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), body: NoteBody.optional(), tags: z.array(z.string()).optional() }),
]).refine((a) => a.end > a.start, { message: 'an annotation needs a non-empty span (end > start)' });
export type NewAnnotation = z.infer<typeof NewAnnotation>;

/** A partial update: body fields and tags may change; id, kind, document and target may not. */
export const AnnotationPatch = z.object({
  id: z.string().min(1),
  body: z.record(z.string(), z.unknown()).optional(),
  tags: z.array(z.string()).optional(),
});
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;
