import { z } from 'zod';
import { Annotation } from './annotation';
import { DocumentRecord } from './document';
import { Severity } from './severity';

/** One spelling or transliteration equivalence: every variant counts as the same word when matching. */
export const LexiconEntry = z.object({
  variants: z.array(z.string().min(1)).min(2),
  note: z.string().optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const ProjectSettings = z.object({
  /** Claims are flagged when a cited quote's cluster has a discrepancy at or above this. */
  threshold: Severity.default('major'),
  /** Extra outlet names for quote detection, added to the built-in gazetteer. */
  gazetteer: z.array(z.string().min(1)).default([]),
  /** Who new annotations are credited to. */
  creator: z.string().min(1).default('local-user'),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;

export const SCHEMA_VERSION = 1;

/** The whole of `verbatim.json`. */
export const ProjectData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentRecord).default([]),
  annotations: z.array(Annotation).default([]),
  lexicon: z.array(LexiconEntry).default([]),
  settings: ProjectSettings.default({ threshold: 'major', gazetteer: [], creator: 'local-user' }),
});
export type ProjectData = z.infer<typeof ProjectData>;
