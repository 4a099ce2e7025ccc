import { z } from 'zod';

/** W3C Web Annotation TextPositionSelector: JS string indices into the document text, end exclusive. */
export const TextPositionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** W3C Web Annotation TextQuoteSelector: the exact text with up to 32 characters of context either side. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** The two selectors stored together so an annotation can re-anchor after the text changes. */
export const Target = z.object({
  source: z.string().min(1),
  selector: z.tuple([TextPositionSelector, TextQuoteSelector]),
});
export type Target = z.infer<typeof Target>;

/** How much context a TextQuoteSelector keeps on each side. */
export const QUOTE_CONTEXT = 32;

/** Builds both selectors for `text.slice(start, end)`; throws RangeError when the span is outside the text. */
export function targetFor(source: string, text: string, start: number, end: number): Target {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`span ${start}..${end} is outside a text of length ${text.length}`);
  }
  return {
    source,
    selector: [
      { type: 'TextPositionSelector', start, end },
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
        suffix: text.slice(end, end + QUOTE_CONTEXT),
      },
    ],
  };
}
