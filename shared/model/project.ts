import { z } from 'zod';
import { Annotation } from './annotation';
import { DocumentRecord } from './document';
import {
  limitMessage, MAX_CREATOR_CHARS, MAX_GAZETTEER_ENTRIES, MAX_GAZETTEER_ENTRY_CHARS, MAX_LEXICON_ENTRIES,
  MAX_LEXICON_NOTE_CHARS, MAX_LEXICON_VARIANT_CHARS, MAX_LEXICON_VARIANTS, MAX_TRANSLITERATION_SCHEMES,
} from './limits';
import { Severity } from './severity';

/**
 * One spelling or transliteration equivalence: every variant counts as the same word when matching. At
 * most `MAX_LEXICON_VARIANTS` variants of `MAX_LEXICON_VARIANT_CHARS` each, a note of `MAX_LEXICON_NOTE_CHARS`.
 */
export const LexiconEntry = z.strictObject({
  variants: z
    .array(z.string().min(1).max(MAX_LEXICON_VARIANT_CHARS, limitMessage('a lexicon variant', MAX_LEXICON_VARIANT_CHARS, 'characters', 'MAX_LEXICON_VARIANT_CHARS')))
    .min(2)
    .max(MAX_LEXICON_VARIANTS, limitMessage('a lexicon entry', MAX_LEXICON_VARIANTS, 'variants', 'MAX_LEXICON_VARIANTS')),
  note: z.string().max(MAX_LEXICON_NOTE_CHARS, limitMessage('a lexicon note', MAX_LEXICON_NOTE_CHARS, 'characters', 'MAX_LEXICON_NOTE_CHARS')).optional(),
});

/** The project's lexicon: at most `MAX_LEXICON_ENTRIES` entries (every check reads all of them). */
export const Lexicon = z.array(LexiconEntry).max(MAX_LEXICON_ENTRIES, limitMessage('the lexicon', MAX_LEXICON_ENTRIES, 'entries', 'MAX_LEXICON_ENTRIES'));

/** The project's extra outlet names: at most `MAX_GAZETTEER_ENTRIES` of `MAX_GAZETTEER_ENTRY_CHARS` each (every check reads all of them). */
export const Gazetteer = z
  .array(z.string().min(1).max(MAX_GAZETTEER_ENTRY_CHARS, limitMessage('a gazetteer entry', MAX_GAZETTEER_ENTRY_CHARS, 'characters', 'MAX_GAZETTEER_ENTRY_CHARS')))
  .max(MAX_GAZETTEER_ENTRIES, limitMessage('the gazetteer', MAX_GAZETTEER_ENTRIES, 'entries', 'MAX_GAZETTEER_ENTRIES'));

/** Who new annotations are credited to: at most `MAX_CREATOR_CHARS`. */
export const Creator = z.string().min(1).max(MAX_CREATOR_CHARS, limitMessage('a creator name', MAX_CREATOR_CHARS, 'characters', 'MAX_CREATOR_CHARS'));
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/** Ids of transliteration schemes (which ids exist is the engine's data; the service checks them). */
export const TransliterationIds = z
  .array(z.string().min(1).max(64))
  .max(MAX_TRANSLITERATION_SCHEMES, limitMessage('the transliteration schemes', MAX_TRANSLITERATION_SCHEMES, 'entries', 'MAX_TRANSLITERATION_SCHEMES'));

export const ProjectSettings = z.strictObject({
  /** Claims are flagged when a cited quote's cluster has a discrepancy at or above this. */
  threshold: Severity.default('major'),
  /** Extra outlet names for quote detection, added to the built-in gazetteer. */
  gazetteer: Gazetteer.default([]),
  /** Who new annotations are credited to. */
  creator: Creator.default('local-user'),
  /** Whether the lexicon shipped with Verbatim applies besides the project's own entries. */
  builtinLexicon: z.boolean().default(true),
  /**
   * Ids of the transliteration schemes that apply to names (shipped with the engine); absent: all of them.
   * At most `MAX_TRANSLITERATION_SCHEMES`.
   */
  transliteration: TransliterationIds.optional(),
});
export type ProjectSettings = z.infer<typeof ProjectSettings>;

export const SCHEMA_VERSION = 1;

/** The whole of `verbatim.json`. */
export const ProjectData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentRecord).default([]),
  annotations: z.array(Annotation).default([]),
  lexicon: Lexicon.default([]),
  settings: ProjectSettings.default({ threshold: 'major', gazetteer: [], creator: 'local-user', builtinLexicon: true }),
});
export type ProjectData = z.infer<typeof ProjectData>;
