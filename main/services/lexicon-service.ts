import type { ApiHandlers, LexiconView } from '../../shared/api';
import { ServiceError } from '../../shared/api';
import { BUILTIN_LEXICON, SHIPPED_TRANSLITERATION } from '../../shared/engine';
import type { ProjectData } from '../../shared/model';
import type { ServiceContext } from './context';
import { mapStoreErrors } from './errors';

/**
 * `lexicon` and `setLexicon`: the spelling knowledge a check applies (DESIGN.md: knowledge of a language
 * or region is data the project can see and edit) — the project's own entries, the shipped entries and
 * the transliteration schemes, each with where it comes from.
 */
export function lexiconHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'lexicon' | 'setLexicon'> {
  const { store } = ctx;
  return {
    lexicon: async () => lexiconView(store.data()),
    setLexicon: ({ entries }) =>
      mapStoreErrors(async () => {
        await store.setLexicon(entries);
        return lexiconView(store.data());
      }),
  };
}

/** The lexicon view of a project's data. */
export function lexiconView(data: ProjectData): LexiconView {
  const enabled = data.settings.transliteration;
  return {
    entries: data.lexicon.map((e) => ({ ...e, variants: [...e.variants] })),
    builtin: BUILTIN_LEXICON.map((e) => ({ ...e, variants: [...e.variants] })),
    builtinLexicon: data.settings.builtinLexicon,
    schemes: SHIPPED_TRANSLITERATION.schemes.map((s) => ({ id: s.id, name: s.name, enabled: enabled === undefined || enabled.includes(s.id) })),
  };
}

/**
 * Refuses transliteration scheme ids the engine does not ship, naming them and the known ones: the
 * schema at the boundary knows only their shape.
 */
export function checkSchemeIds(ids: readonly string[] | undefined): void {
  if (ids === undefined) return;
  const known = SHIPPED_TRANSLITERATION.schemes.map((s) => s.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new ServiceError('invalid-payload', `unknown transliteration scheme ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${known.join(', ')})`);
}
