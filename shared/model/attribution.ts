import { z } from 'zod';

/**
 * ISO 8601 calendar date, possibly partial: `1992`, `1992-03` or `1992-03-16`.
 * Partial dates are allowed because press compilations often give only month and year.
 */
export const PartialIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD');

/** Where a quoted passage comes from. Every field is optional: detection often finds only some. */
export const Attribution = z.object({
  outlet: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  date: PartialIsoDate.optional(),
  headline: z.string().min(1).optional(),
  page: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  /** For a book: its publisher (`NYU Press`) and place of publication (`New York and London`); `date` holds its year. */
  publisher: z.string().min(1).optional(),
  place: z.string().min(1).optional(),
});
export type Attribution = z.infer<typeof Attribution>;
