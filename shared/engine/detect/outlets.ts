/**
 * The shipped list of outlets (data: `../data/outlets.json`): newspapers, magazines, agencies, broadcasters
 * and the human-rights organisations whose reports the press quotes. The project adds its own
 * (`DetectOptions.gazetteer`).
 */
import shipped from '../data/outlets.json' with { type: 'json' };

/** One outlet: the name attributions carry, the other ways documents write it, and how strictly to match it. */
export interface OutletEntry {
  /** The canonical name put into `attribution.outlet`, so two documents naming one outlet differently agree. */
  name: string;
  /** Other spellings, translations and transliterations (matched like `name`). */
  aliases?: readonly string[];
  /**
   * The name is also an ordinary word (`time`, `memorial`, `the age`): it matches only when the text writes it
   * with a capital (`Time`, `TIME`), never `at the time`. Acronyms of three letters or fewer are always matched
   * this strictly (`AP` is not `ap`).
   */
  caseSensitive?: boolean;
}

/** Outlets known without configuration (`../data/outlets.json`, with its sources). Order does not matter: matching is longest first. */
export const BUILTIN_OUTLETS: readonly OutletEntry[] = shipped.outlets;
