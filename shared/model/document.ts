import { z } from 'zod';

/** A document as the project file lists it. `id` is stable; `path` is relative to the project folder, with `/`. */
export const DocumentRecord = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  title: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  length: z.number().int().nonnegative(),
  added: z.iso.datetime(),
  /**
   * For a document imported from another format (.html, .docx, .pdf): the original file, kept beside the
   * extracted text at `path`. Verbatim annotates the extracted text, so offsets never move when an
   * extractor changes; the original is kept for reference and re-extraction.
   */
  original: z.string().min(1).optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

/**
 * A decoded source document (DESIGN.md stage 1). `text` is the file as UTF-8 with any BOM removed and line
 * endings kept; every offset in Verbatim is a JS string index into it.
 */
export interface SourceDocument {
  id: string;
  path: string;
  title: string;
  text: string;
  sha256: string;
}
