/**
 * How much one request may store: every free-text or list field of the model has a limit here, named and
 * documented once, and the schemas refuse more with a message that names the limit (see `limited`). The
 * limits are far above any real use (a long review note is a few thousand characters) and low enough that
 * nothing a request stores can slow the app down: the gazetteer and the lexicon feed every check, and a
 * 200,000-entry gazetteer once blocked a check for minutes. Files beyond them are refused as invalid
 * records when a project is opened, which keeps them (read-only, with a backup) rather than dropping data.
 */

/** Characters in the text of a claim or a discrepancy note, and in a cross-reference's note. */
export const MAX_NOTE_CHARS = 20_000;
/** Tags on one annotation. */
export const MAX_TAGS = 50;
/** Characters in one tag. */
export const MAX_TAG_CHARS = 100;
/** Quote annotations one claim cites (each at most once). */
export const MAX_CITES = 200;
/** Characters in an id (of a document, an annotation, a discrepancy). */
export const MAX_ID_CHARS = 200;
/** Characters in an attribution's outlet, author, headline or page. */
export const MAX_ATTRIBUTION_CHARS = 500;
/** Characters in an attribution's URL. */
export const MAX_URL_CHARS = 2_000;
/** Characters in the creator's name. */
export const MAX_CREATOR_CHARS = 200;
/** Outlet names in the project's gazetteer (added to the built-in one). */
export const MAX_GAZETTEER_ENTRIES = 5_000;
/** Characters in one gazetteer entry. */
export const MAX_GAZETTEER_ENTRY_CHARS = 200;
/** Transliteration schemes a project may enable (the engine ships a handful). */
export const MAX_TRANSLITERATION_SCHEMES = 20;
/** Entries in the project's lexicon of spelling and transliteration equivalences. */
export const MAX_LEXICON_ENTRIES = 5_000;
/** Variants in one lexicon entry. */
export const MAX_LEXICON_VARIANTS = 50;
/** Characters in one lexicon variant. */
export const MAX_LEXICON_VARIANT_CHARS = 200;
/** Characters in a lexicon entry's note. */
export const MAX_LEXICON_NOTE_CHARS = 2_000;

/** The message of a limit: `"a note holds at most 20000 characters (MAX_NOTE_CHARS)"`. */
export function limitMessage(what: string, max: number, unit: string, name: string): string {
  return `${what} holds at most ${max} ${unit} (${name})`;
}
