import { z } from 'zod';
import { limitMessage, MAX_ATTRIBUTION_CHARS, MAX_URL_CHARS } from './limits';

/**
 * ISO 8601 calendar date, possibly partial: `1992`, `1992-03` or `1992-03-16`.
 * Partial dates are allowed because press compilations often give only month and year.
 */
export const PartialIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD');

const Field = z.string().min(1).max(MAX_ATTRIBUTION_CHARS, limitMessage('an attribution field', MAX_ATTRIBUTION_CHARS, 'characters', 'MAX_ATTRIBUTION_CHARS'));

/**
 * Where a quoted passage comes from. Every field is optional: detection often finds only some. Text fields
 * (publisher and place too) hold at most `MAX_ATTRIBUTION_CHARS`, the URL `MAX_URL_CHARS`; unknown fields are refused.
 */
export const Attribution = z.strictObject({
  outlet: Field.optional(),
  author: Field.optional(),
  date: PartialIsoDate.optional(),
  headline: Field.optional(),
  page: Field.optional(),
  url: z.string().min(1).max(MAX_URL_CHARS, limitMessage('a URL', MAX_URL_CHARS, 'characters', 'MAX_URL_CHARS')).optional(),
  /** For a book: its publisher (`NYU Press`) and place of publication (`New York and London`); `date` holds its year. */
  publisher: Field.optional(),
  place: Field.optional(),
});
export type Attribution = z.infer<typeof Attribution>;
