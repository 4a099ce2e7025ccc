import type { ApiInput } from '../../shared/api';
import { Annotation, targetFor, type AnnotationPatch } from '../../shared/model';

/** The start of a provisional id: never one the store makes (its ids are UUIDs). */
const PREFIX = 'provisional-';

/** True for the id of an annotation shown before the store answered (see {@link ProvisionalIds}). */
export function isProvisional(id: string): boolean {
  return id.startsWith(PREFIX);
}

/**
 * The annotation `input` becomes once stored, as the window shows it until the store answers: the same
 * selectors, body defaults and tags the store gives it (checked with the model's own schema), with the
 * provisional `id`, `creator` and `now` as its times. Null when it cannot be built (a span outside `text`,
 * a body the schema refuses): the change then waits for the store, which says what is wrong.
 */
export function provisionalAnnotation(id: string, input: ApiInput<'createAnnotation'>, text: string, creator: string, now: Date): Annotation | null {
  let target: Annotation['target'];
  try {
    target = targetFor(input.document, text, input.start, input.end);
  } catch {
    return null;
  }
  const at = now.toISOString();
  const parsed = Annotation.safeParse({
    id, kind: input.kind, document: input.document, target, creator, created: at, modified: at, tags: input.tags ?? [], body: input.body ?? {},
  });
  return parsed.success ? parsed.data : null;
}

/**
 * `annotation` with `patch` merged as the store merges it (body field by field, tags replaced when
 * given, a new `modified`), or null when the result fails the schema (the store will refuse it too).
 */
export function patchedAnnotation(annotation: Annotation, patch: Omit<AnnotationPatch, 'id'>, now: Date): Annotation | null {
  const parsed = Annotation.safeParse({
    ...annotation,
    body: { ...annotation.body, ...(patch.body ?? {}) },
    tags: patch.tags ?? annotation.tags,
    modified: now.toISOString(),
  });
  return parsed.success && parsed.data.kind === annotation.kind ? parsed.data : null;
}

/**
 * Provisional ids and what became of them. Changes to annotations run one at a time in the order asked
 * (AnnotationActions), so an edit or delete of a provisional annotation is sent after its create has been
 * answered: by then its id is known here, or that it was refused.
 */
export class ProvisionalIds {
  private count = 0;
  /** Provisional id → the stored annotation, or null when the store refused the create. */
  private readonly settled = new Map<string, Annotation | null>();

  /** A new provisional id, unique in this window. */
  next(): string {
    this.count += 1;
    return `${PREFIX}${this.count}`;
  }

  /** Records what the create of `provisional` gave: the stored annotation, or null when it was refused. */
  settle(provisional: string, stored: Annotation | null): void {
    this.settled.set(provisional, stored);
  }

  /** The stored annotation a provisional id became, if it did. */
  storedOf(id: string): Annotation | undefined {
    return this.settled.get(id) ?? undefined;
  }

  /**
   * The id to send for `id`: the stored id of a provisional one that was stored, null for one whose create
   * was refused (there is nothing to change), `id` itself for any other.
   */
  resolve(id: string): string | null {
    if (!isProvisional(id)) return id;
    return this.settled.get(id)?.id ?? null;
  }
}
