/**
 * Attribution phrases: the words around a quote that say where it comes from.
 *
 * Before the quote, in the same sentence: an outlet (`Newsweek magazine reported: “…”`, `The Washington Times
 * wrote that video footage “…”`, `published in U.S.-based Newsweek Magazine: “…”`), a headline cue (`reported
 * … with the headline, “…”`) and a date (`on November 29, 1993, Newsweek quoted …`). After it: a citation in
 * brackets (`“…” (March 16, 1992)`, `(Newsweek, 16 March 1992)`), or a reporting clause naming an outlet
 * (`“…”, according to the Associated Press`). Only gazetteer outlets count: a speaker (`said Azer Hajiev`) is
 * never an outlet.
 *
 * Also finds reported speech without quotation marks: `The New York Times also described beheadings and acts of
 * scalping (March 3, 1992).` (cue `phrase`).
 */
import type { Attribution } from '../../model';
import { citationAfter } from './citations';
import { type DateMatch, findDates } from './dates';
import type { Gazetteer } from './gazetteer';
import { isMastheadName } from './outlets';
import { collapseSpace, countTokens, sentenceEnd, sentenceStart } from './text-scan';
import type { TokenList } from '../token-list';

/** Attribution found around one quote, and whether the text itself credits it (not just a date nearby). */
export interface ContextAttribution {
  attribution: Attribution;
  /**
   * True when the sentence credits the quote: an outlet in a bracketed citation after it, or an outlet before it
   * joined to it by a reporting verb or a colon; or when it calls the quote a headline.
   */
  attributed: boolean;
  /** From the first to the last piece of text the attribution was read from (outlet, date, citation). */
  span?: { start: number; end: number };
}

/** How far after a closing mark a citation (`(March 16, 1992)`) is looked for. */
const AFTER_WINDOW = 300;

/** Words just before a quote that make it a headline. */
const HEADLINE_CUE = /\b(?:headlines?|headlined|titled|entitled|under the title|captioned)\s{0,3}[,:]?\s{0,6}$/iu;

/** Words that, between an outlet and a quote, make the outlet the quote's source (`Time magazine called … “…”`). */
const CREDIT_VERB = /\b(?:call(?:s|ed)?|describ(?:es|ed)|report(?:s|ed)?|wr(?:ote|ites)|sa(?:id|ys)|term(?:s|ed)|dub(?:s|bed)|label(?:s|l?ed)|quot(?:es|ed)|cit(?:es|ed)|put it|headlines?|headlined|titled|published|printed|ran)\b|:\s{0,6}$/iu;

/** A bracketed citation after a quote: `(March 16, 1992)`, `(Newsweek, 16 March 1992, p. 12)`. */
const PARENTHETICAL = /\(([^()]{1,160})\)/u;

/** The latest full, non-range date in `[from, to)` with where it stands; or the earliest when `first`. */
function dateMatch(text: string, from: number, to: number, first: boolean): DateMatch | undefined {
  const dates = findDates(text, from, to).filter((d) => d.iso !== null && !d.range);
  return first ? dates[0] : dates[dates.length - 1];
}

/** The ISO form of {@link dateMatch}. */
function dateIn(text: string, from: number, to: number, first: boolean): string | undefined {
  return dateMatch(text, from, to, first)?.iso ?? undefined;
}

/**
 * The attribution a quote's context gives. `open`/`close` are the offsets of its quotation marks; `floor` is the
 * earliest offset the look-back may use (the end of the previous quote), `ceiling` the latest the look-ahead may
 * use (the next quote's opening mark).
 */
export function attributeFromContext(
  text: string, tokens: TokenList, gazetteer: Gazetteer, open: number, close: number, floor: number, ceiling: number,
): ContextAttribution {
  const attribution: Attribution = {};
  const used: { start: number; end: number }[] = [];
  const before = sentenceStart(text, open, floor);
  // A quote that ends its own sentence (`… were scalped.”  He pointed out …`) has no after-context: what follows
  // is the next sentence and credits something else.
  const closesSentence = /[.!?…]\s{0,3}$/u.test(text.slice(Math.max(open + 1, close - 4), close)) && /^\s{0,20}\p{Lu}/u.test(text.slice(close + 1, close + 24));
  const afterTo = closesSentence ? close + 1 : Math.min(sentenceEnd(text, close + 1, ceiling), close + 1 + AFTER_WINDOW, ceiling);
  const after = text.slice(close + 1, afterTo);

  const book = citationAfter(text, close + 1);
  const paren = book === null ? PARENTHETICAL.exec(after) : null;
  let citedInBrackets = book !== null;
  if (book !== null) {
    Object.assign(attribution, book.attribution);
    used.push(book);
  }
  if (paren !== null) {
    const from = close + 1 + paren.index;
    const to = from + paren[0].length;
    const outlet = gazetteer.match(text, tokens, from, to)[0];
    if (outlet !== undefined) attribution.outlet = outlet.outlet;
    citedInBrackets = outlet !== undefined;
    const date = dateIn(text, from, to, true);
    if (date !== undefined) attribution.date = date;
    if (outlet !== undefined || date !== undefined) used.push({ start: from, end: to });
  }
  const outletBefore = gazetteer.match(text, tokens, before, open).pop() ?? mastheadBefore(text, before, open);
  if (attribution.outlet === undefined && outletBefore !== undefined) {
    attribution.outlet = outletBefore.outlet;
    used.push(outletBefore);
  }
  // Credited: a citation in brackets or an outlet earlier in the sentence. An outlet merely following the quote
  // (`“…”, said a Reuters photographer`) still fills the field but does not make a short quote worth keeping.
  const credited = citedInBrackets
    || (outletBefore !== undefined && CREDIT_VERB.test(text.slice(outletBefore.end, open)));
  if (attribution.outlet === undefined) {
    const outletAfter = gazetteer.match(text, tokens, close + 1, afterTo)[0];
    if (outletAfter !== undefined) {
      attribution.outlet = outletAfter.outlet;
      used.push(outletAfter);
    }
  }
  if (attribution.date === undefined) {
    const date = dateMatch(text, close + 1, afterTo, true) ?? dateMatch(text, before, open, false);
    if (date !== undefined) {
      attribution.date = date.iso as string;
      used.push(date);
    }
  }

  // A speaker named before the quote with a verb of saying is the quote's author when no outlet and no
  // citation gave one (`Heydar Aliyev said in his address …: “…”`).
  if (attribution.outlet === undefined && attribution.author === undefined) {
    const speaker = speakerBefore(text, before, open);
    if (speaker !== null) {
      attribution.author = speaker.name;
      used.push(speaker);
    }
  }
  const headline = HEADLINE_CUE.test(text.slice(Math.max(before, open - 60), open));
  if (headline) attribution.headline = collapseSpace(text.slice(open + 1, close)).replace(/[,;:]$/u, '');
  const result: ContextAttribution = { attribution, attributed: credited || headline };
  if (used.length > 0) result.span = { start: Math.min(...used.map((u) => u.start)), end: Math.max(...used.map((u) => u.end)) };
  return result;
}

/**
 * An outlet the gazetteer does not know, named before a quote by a masthead (`The Evening Chronicle
 * reported …:`, `As the *Northfield Gazette* wrote …`): `the` and two to five capitalised words, the last
 * or first of them a masthead word (`isMastheadName`), after `according to` or followed in the sentence by a
 * verb of crediting. The article keeps people out (`Emily Post said: “…”` names a person). The nearest one
 * to the quote wins.
 */
const MASTHEAD_CANDIDATE = /(?<![\p{L}\p{N}])[Tt]he\s+[*_]{0,2}(\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){1,4})[*_]{0,2}/gu;

/** `according to` just before a name: it credits what follows in the sentence. */
const ACCORDING_TO = /\baccording\s+to\s+$/iu;

/** How far before a quote a masthead crediting it is looked for (the credit stands right before the quote). */
const MASTHEAD_REACH = 160;

function mastheadBefore(text: string, sentenceFrom: number, open: number): { outlet: string; start: number; end: number } | undefined {
  const from = Math.max(sentenceFrom, open - MASTHEAD_REACH);
  const context = text.slice(from, open);
  // Most quotes have no `the` before them in reach: no pattern to run.
  if (!/[Tt]he\s/u.test(context)) return undefined;
  let found: { outlet: string; start: number; end: number } | undefined;
  for (const m of context.matchAll(MASTHEAD_CANDIDATE)) {
    const name = (m[1] as string).replace(/[.,;:]+$/u, '');
    if (!isMastheadName(name)) continue;
    const start = from + (m.index as number);
    const end = start + m[0].length;
    if (!CREDIT_VERB.test(text.slice(end, open)) && !ACCORDING_TO.test(text.slice(Math.max(from, start - 20), start))) continue;
    found = { outlet: name, start, end };
  }
  return found;
}

/**
 * A person's name (two to four capitalised words) followed, within the sentence before a quote, by a verb
 * of saying: `Heydar Aliyev said in his speech …:`, `the President, Heydar Aliyev, said …:`. The name nearest
 * the verb wins; words at a sentence start (`The`, `In`) never begin one.
 */
/** Verbs of saying that follow a speaker's name; reported speech reads what a sentence says after one. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'stated', 'states', 'declared', 'declares', 'noted', 'notes', 'stressed', 'stresses', 'wrote', 'writes', 'told', 'tells', 'added', 'emphasised', 'emphasized']);
const SPEAKER = new RegExp(`(\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+){1,3}),?\\s+(?:${[...SPEECH_VERBS].join('|')}|pointed\\s+out)\\b`, 'gu');
const NOT_A_NAME = /^(?:The|A|An|In|On|At|This|That|These|Those|It|He|She|They|We|His|Her|Their|Our|According|Mr|Mrs|Ms|Dr)\s/u;

function speakerBefore(text: string, from: number, open: number): { name: string; start: number; end: number } | null {
  const window = text.slice(from, open);
  let best: { name: string; start: number; end: number } | null = null;
  for (const m of window.matchAll(SPEAKER)) {
    let name = (m[1] as string).replace(/\s+/gu, ' ');
    let at = from + (m.index as number);
    // `The President Heydar Aliyev said`: drop leading common words until a name remains.
    while (NOT_A_NAME.test(name)) {
      const cut = name.indexOf(' ');
      at += cut + 1;
      name = name.slice(cut + 1);
    }
    if (name.split(' ').length < 2) continue;
    best = { name, start: at, end: at + name.length };
  }
  return best;
}

/** A passage of reported speech without quotation marks. */
export interface PhraseCandidate {
  start: number;
  end: number;
  attribution: Attribution;
  /** True when a colon introduces it (`Newsweek reported: Many were killed …`): more likely verbatim. */
  colon: boolean;
  /** The outlet's name and the reporting verb (and a bracketed date after the passage). */
  attributionSpan: { start: number; end: number };
}

/** A reporting verb right after an outlet's name (with an optional `magazine`, `also`). */
const REPORTING = /^(?:['’]s?)?[ \t]{0,3}(?:(?:magazine|newspaper|daily|weekly|news agency|agency|paper)[ \t\n]{1,3})?(?:(?:also|later|then|further|once)[ \t\n]{1,3})?(?:reported|reports|wrote|writes|said|says|stated|states|noted|notes|described|describes|observed|claimed|added|told readers)\b[ \t]{0,3}(?:that\b)?[ \t]{0,3}(:)?/iu;
const ANY_QUOTE = /["“”„«»]/u;
/** Fewer words than this is a gloss, not a report worth suggesting. */
const MIN_PHRASE_WORDS = 4;

/**
 * Reported speech credited to an outlet with no quotation marks, in `text` outside `skip` ranges (blocks and
 * quoted spans). The passage runs from after the reporting verb to the end of its sentence; a bracketed date at
 * its end dates it and is left out of the span.
 */
export function findPhraseCandidates(
  text: string, tokens: TokenList, gazetteer: Gazetteer, inSkip: (pos: number) => boolean,
): PhraseCandidate[] {
  const out: PhraseCandidate[] = [];
  for (const m of gazetteer.match(text, tokens)) {
    if (inSkip(m.start)) continue;
    const verb = REPORTING.exec(text.slice(m.end, m.end + 80));
    if (verb === null) continue;
    let start = m.end + verb[0].length;
    while (start < text.length && /\s/u.test(text[start] ?? '')) start++;
    const sentenceTo = sentenceEnd(text, start);
    let end = sentenceTo;
    const passage = text.slice(start, end);
    if (ANY_QUOTE.test(passage) || inSkip(start)) continue;
    const attribution: Attribution = { outlet: m.outlet };
    const attributionSpan = { start: m.start, end: m.end + verb[0].trimEnd().length };
    const paren = /\(([^()]{1,80})\)\s*[.!?]?\s*$/u.exec(passage);
    if (paren !== null) {
      const date = dateIn(text, start + paren.index, end, true);
      if (date !== undefined) attribution.date = date;
      end = start + paren.index;
    }
    end = start + text.slice(start, end).replace(/[\s.,;:!?]+$/u, '').length;
    if (end <= start || countTokens(tokens, start, end) < MIN_PHRASE_WORDS) continue;
    out.push({ start, end, attribution, colon: verb[1] === ':', attributionSpan });
  }
  return out;
}
