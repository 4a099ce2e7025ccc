/**
 * Words split by stray spaces, as narrow-column layouts leave them (002.txt: `I zvestia`, `f ellow`,
 * `c ountry’s`, `Ar menians`, `wasn ’t`, `scat -\ntered`). There is no dictionary, so every join rests on
 * evidence: a fragment that cannot be an English word, or the joined form written whole elsewhere in the
 * same document. Normal text (`a house`, `I went`, `in to`) must come through untouched.
 */
import type { Token } from '../types';
import type { DocumentEvidence } from './evidence';

/**
 * Short English words that may stand next to each other, so two of them are never joined (`in to`, `a n`
 * aside). Longer words are recognised by occurring at least twice in the document.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by can do for from had has have he her him his how i if in into is it its me my no ' +
    'not of on one or our out own she so than that the their them then there these they this to too two up us ' +
    'was we were what when where which who why will with you your all any each few more most new now old only ' +
    'other over same some such very off once also just may our per via yet nor did does done got let put say ' +
    'see set saw sat far few men man war day way').split(' '),
);

/** Contraction endings that a stray space separates from their word (`wasn ’t`, `country ’s`). */
const CONTRACTION_ENDINGS: ReadonlySet<string> = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** Single letters that are English words by themselves and so are not taken for a fragment. */
const LETTER_WORDS: ReadonlySet<string> = new Set(['a', 'i']);
/** Single letters that are words in Spanish, Portuguese or Italian passages (`paz y justicia`). */
const ROMANCE_LETTER_WORDS: ReadonlySet<string> = new Set(['y', 'e', 'o', 'u']);

/** Longest gap worth classifying: a spaced hyphen with a CRLF and some indentation fits; prose does not. */
const MAX_GAP = 12;
const SPACE_GAP = /^[ \t\u00A0]{1,2}$/;
const APOSTROPHE_GAP = /^[ \t\u00A0]['\u2019\u02BC]$/;
const SPACED_HYPHEN_GAP = /^[ \t\u00A0]+[-\u2010\u00AD][ \t\u00A0]*(?:\r\n?|\n)[ \t\u00A0]*$/;
/** Latin letters with inner apostrophes: the English rules below mean nothing for Cyrillic (`а по`). */
const LETTERS_ONLY = /^[\p{Script=Latin}\p{M}]+(?:'[\p{Script=Latin}\p{M}]+)*$/u;
const ALL_UPPER = /^\p{Lu}+$/u;

/** Prepositions and articles: the pronoun `I` and the article `A` cannot follow them. */
const NOT_BEFORE_PRONOUN: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into']);

/** The tokens around a candidate pair: the one before its left fragment, the one after its right. */
interface Around {
  previous: Token | undefined;
  next: Token | undefined;
}

/** How two neighbouring fragments are separated. */
type Gap = 'space' | 'apostrophe' | 'spaced-hyphen' | null;

function classifyGap(gap: string): Gap {
  if (SPACE_GAP.test(gap)) return 'space';
  if (APOSTROPHE_GAP.test(gap)) return 'apostrophe';
  return SPACED_HYPHEN_GAP.test(gap) ? 'spaced-hyphen' : null;
}

/** True when the first letter of `s` is lower case (ASCII fast path). */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = s[0] ?? '';
  return ch !== ch.toUpperCase();
}

/** Whether a fragment's norm is a word in its own right: a common word, or one the document repeats. */
function isWord(norm: string, evidence: DocumentEvidence): boolean {
  if (norm.length === 1) return LETTER_WORDS.has(norm);
  return COMMON_WORDS.has(norm) || (evidence.counts.get(norm) ?? 0) >= 2;
}

/**
 * Whether `r` is a word in its own right once the times the document writes it right after `l` are set
 * aside: `zerbaijan` written only as `A zerbaijan` is a half of `Azerbaijan`, however often the column
 * layout repeats the split. Common words stay words.
 */
function isWordApartFrom(l: Token, r: Token, evidence: DocumentEvidence): boolean {
  if (r.norm.length === 1 || COMMON_WORDS.has(r.norm)) return isWord(r.norm, evidence);
  const after = evidence.pairs?.get(`${l.norm}\u0000${r.norm}`) ?? 0;
  return (evidence.counts.get(r.norm) ?? 0) - after >= 2;
}

/**
 * Whether the joined form of `l` and `r` occurs in the document. Built only when a rule asks: most
 * neighbouring pairs are rejected before any string is concatenated.
 */
function attestedJoin(l: Token, r: Token, evidence: DocumentEvidence): boolean {
  return (evidence.counts.get(l.norm + r.norm) ?? 0) >= 1;
}

/**
 * Rule 1: `l` is a lone letter that is not a word (`f ellow`, `K albajar`, `t o`): join unless `r` is a word
 * and the joined form is not attested (`x and`). The letters that are words in the Romance passages of the
 * corpus (Spanish `y`, `e`, `o`, `u`: `paz y`) need the joined form attested too.
 */
function joinsLoneLetter(l: Token, r: Token, evidence: DocumentEvidence): boolean {
  if (l.norm.length !== 1 || LETTER_WORDS.has(l.norm) || !startsLower(r.text)) return false;
  if (ROMANCE_LETTER_WORDS.has(l.norm) || isWord(r.norm, evidence)) return attestedJoin(l, r, evidence);
  return true;
}

/**
 * The rules for a `space` gap between fragments `l` and `r`, `next` being the token after `r`:
 * 1. `l` a lone letter (see `joinsLoneLetter`);
 * 2. `l` the capital `I` or `A` (`of I zvestia`): join only if `r` is not a word and either the joined form
 *    occurs elsewhere or the word before is a preposition or article, after which neither the pronoun `I`
 *    nor the article `A` can stand; lower-case `a` is the article and never joined;
 * 3. `r` a lone letter that is not a word (`wa y`, `tha t`): join if the joined form occurs elsewhere, `l`
 *    is not a common word (`of f`, `me t` stay), and `r` does not itself start a split word with `next`
 *    (`me t o make` is `me to make`);
 * 4. two longer fragments (`Ar menians`, `scor ched`): join if the joined form occurs elsewhere and at least
 *    one fragment is not a word, so `in to` stays even in a document that writes `into`.
 * Fragments in capitals (`NK AR`) need two letters each and the joined form elsewhere, so letter-spaced
 * headings (`R E S I D E`) are left as they are.
 */
function joinsAcrossSpace(l: Token, r: Token, around: Around, text: string, evidence: DocumentEvidence): boolean {
  const lLetter = l.norm.length === 1;
  const rLetter = r.norm.length === 1;
  // The common case first and cheapest: two words of the document, neither a lone letter.
  if (!lLetter && !rLetter && isWord(l.norm, evidence) && isWord(r.norm, evidence)) {
    // `Cr iminal` repeated by the layout: both pieces counted twice, yet the right one never stands alone.
    if (COMMON_WORDS.has(l.norm) || isWordApartFrom(l, r, evidence) || !startsLower(r.text)) return false;
    return attestedJoin(l, r, evidence);
  }
  if (ALL_UPPER.test(r.text)) return !lLetter && !rLetter && ALL_UPPER.test(l.text) && attestedJoin(l, r, evidence);
  if (!startsLower(r.text)) return false;
  if (lLetter && !LETTER_WORDS.has(l.norm)) return joinsLoneLetter(l, r, evidence);
  if (lLetter) {
    if ((l.text !== 'I' && l.text !== 'A') || isWordApartFrom(l, r, evidence)) return false;
    return attestedJoin(l, r, evidence) || (around.previous !== undefined && NOT_BEFORE_PRONOUN.has(around.previous.norm));
  }
  if (rLetter) {
    if (LETTER_WORDS.has(r.norm) || COMMON_WORDS.has(l.norm) || !attestedJoin(l, r, evidence)) return false;
    const next = around.next;
    return !(next !== undefined && gapBetween(r, next, text) === 'space' && joinsLoneLetter(r, next, evidence));
  }
  return attestedJoin(l, r, evidence);
}

/** The gap between two tokens, classified without slicing in the common one-space case. */
function gapBetween(l: Token, r: Token, text: string): Gap {
  if (r.start === l.end + 1 && text.charCodeAt(l.end) === 32) return 'space';
  return r.start - l.end <= MAX_GAP ? classifyGap(text.slice(l.end, r.start)) : null;
}

/** Whether `l` and `r`, separated by `gap`, are one word; returns the joined key or null. */
function joinedKey(l: Token, r: Token, around: Around, text: string, evidence: DocumentEvidence): string | null {
  const gap = gapBetween(l, r, text);
  if (gap === null || l.kind !== 'word' || r.kind !== 'word') return null;
  if (gap === 'apostrophe') return CONTRACTION_ENDINGS.has(r.norm) && LETTERS_ONLY.test(l.norm) ? `${l.norm}'${r.norm}` : null;
  const joins = gap === 'spaced-hyphen' ? startsLower(r.text) && attestedJoin(l, r, evidence) : joinsAcrossSpace(l, r, around, text, evidence);
  // Fragments with digits or inner punctuation are not pieces of one word.
  return joins && LETTERS_ONLY.test(l.norm) && LETTERS_ONLY.test(r.norm) ? l.norm + r.norm : null;
}

/**
 * Returns `tokens` with split words repaired: each joined pair becomes one token whose span covers both
 * fragments and the gap, whose norm is the joined key, and whose noise adds `split-word` (and `hyphenation`
 * for a `scat -\ntered` break). A token takes part in at most one join. `text` is the document the tokens
 * were cut from. Linear: a constant amount of work per neighbouring pair.
 */
export function repairSplitWords(tokens: readonly Token[], text: string, evidence: DocumentEvidence): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const l = tokens[i];
    const r = tokens[i + 1];
    if (l === undefined) continue;
    const key = r !== undefined ? joinedKey(l, r, { previous: out[out.length - 1], next: tokens[i + 2] }, text, evidence) : null;
    if (key === null || r === undefined) {
      out.push(l);
      continue;
    }
    const noise = [...new Set([...l.noise, ...r.noise, 'split-word' as const])];
    if (text.slice(l.end, r.start).includes('\n') && !noise.includes('hyphenation')) noise.push('hyphenation');
    out.push({ text: text.slice(l.start, r.end), start: l.start, end: r.end, norm: key, kind: 'word', noise });
    i++;
  }
  return out;
}
