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

const MASTHEAD_LAST: ReadonlySet<string> = new Set(shipped.mastheads.last);
const MASTHEAD_FIRST: ReadonlySet<string> = new Set(shipped.mastheads.first);

/**
 * True when `name` reads as a masthead (`The Northfield Gazette`, `Radio Liberty`, `THE NORTHERN ECHO`): its
 * last or first word is one of the shipped masthead words, written with a capital (or all in capitals). A
 * place (`Baku`, `Sun Valley`) is not.
 */
export function isMastheadName(name: string): boolean {
  // A masthead set in capitals (`THE NORTHERN ECHO`) is read as it would be written in a sentence.
  const titleCase = (w: string): string => (/^\p{Lu}+$/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w);
  const words = name.split(/\s+/u).filter((w) => w.length > 0).map(titleCase);
  const last = words[words.length - 1];
  const first = words[0];
  return (last !== undefined && words.length >= 2 && MASTHEAD_LAST.has(last)) || (first !== undefined && words.length >= 2 && MASTHEAD_FIRST.has(first));
}
