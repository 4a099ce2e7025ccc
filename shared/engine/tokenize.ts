/**
 * Stage 2 of the engine (DESIGN.md): the document text becomes word and number tokens, each with its exact
 * span and a matching key. One regex scan finds the tokens and joins line-end hyphenation; per-token folds
 * give the key; then document-level passes repair what one token cannot show (look-alike Cyrillic words,
 * compounds broken at a line end, split words, `rn` read as `m`) and apply the lexicon. Every pass is linear.
 */
import type { LexiconEntry } from '../model';
import {
  APOSTROPHE_VARIANTS,
  applyLexicon,
  BUILTIN_LEXICON,
  compileLexicon,
  gatherEvidence,
  isLatinContext,
  lineEndHyphenAt,
  neighbourProfile,
  normalizeNumber,
  normalizeWord,
  repairOcrRn,
  repairSplitWords,
  splitLineEndCompounds,
  type ConfusableProfile,
  type Lexicon,
} from './normalize';
import { hashStep, intern, NO_NOISE, plainWord } from './normalize/intern';
import { TokenList } from './token-list';
import type { NormalizeOptions, Token } from './types';

/** Letters, marks and digits: the body of a word. */
const BODY = '[\\p{L}\\p{M}\\p{N}]';
/**
 * What may continue a word between two body characters: one apostrophe of any shape (`don’t`, `It`s`), or
 * invisible format characters (soft hyphen, zero-width space/joiners, word joiner, BOM). Disjoint from BODY,
 * so the pattern cannot backtrack badly.
 */
const JOINER = `(?:['${APOSTROPHE_VARIANTS}]|[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u180E]+)`;
/** A word: starts with a letter or digit (never a lone combining mark), continues through joiners. */
const WORD = `[\\p{L}\\p{N}]${BODY}*(?:${JOINER}${BODY}+)*`;
/**
 * A number with thousands groups: 1–3 digits, then groups of exactly three after commas (`1,275`), after
 * no-break or thin spaces, or after plain spaces (`126 500`, `200 000`: much of the world groups thousands
 * with a space). Two figures written side by side with only a space between them (`450 540`) are therefore
 * read as one number; prose separates two figures with a word or a comma. A group must not run into a
 * fourth digit (`1,2345` is two numbers) nor into a letter (`4 000 366th`).
 */
const GROUPED =
  '\\p{Nd}{1,3}(?:(?:,\\p{Nd}{3}(?!\\p{Nd}))+|(?:[\\u00A0\\u202F\\u2009 ]\\p{Nd}{3}(?![\\p{Nd}\\p{L}]))+)';
/** A time of day: hours, a colon, two digits of minutes (`8:30`, `10:45`): one figure, not two. */
const CLOCK = '\\p{Nd}{1,2}:\\p{Nd}{2}(?!\\p{Nd})';
/** A number: a time, grouped or plain digits, decimal parts, an ordinal or plural suffix (`366th`, `1990s`). */
const NUMBER = `(?:${CLOCK}|${GROUPED}|\\p{Nd}+)(?:\\.\\p{Nd}+)*(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|s)?`;
/** At `lastIndex`: a number not glued to a letter (else it is a word: `1news`, `BBC1`), or a word. */
const TOKEN_AT = new RegExp(`(${NUMBER})(?![\\p{L}\\p{M}\\p{N}])|${WORD}`, 'uy');
/** A word starting exactly at `lastIndex`: the continuation after a line-end hyphen. */
const WORD_AT = new RegExp(WORD, 'uy');

/** Tokens as scanned, with each token's script profile for look-alike resolution. */
interface Scan {
  tokens: Token[];
  profiles: ConfusableProfile[];
  lookalikes: number[];
}

/** The end of the word starting at `start` with match length `length`, extended over line-end breaks. */
function wordEnd(text: string, start: number, length: number): number {
  let end = start + length;
  for (let next = lineEndHyphenAt(text, end); next >= 0; next = lineEndHyphenAt(text, end)) {
    WORD_AT.lastIndex = next;
    const continuation = WORD_AT.exec(text);
    if (!continuation) break; // unreachable: lineEndHyphenAt saw a lower-case letter at `next`
    end = next + continuation[0].length;
  }
  return end;
}

/** True when a word token's key is only digits (`²` → `2`, digits with stray combining marks). */
function isNumeral(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return norm.length > 0;
}

/** True for an ASCII letter code unit. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True when an ASCII letter run ending before code unit `c` is a whole plain word: `c` is ASCII and cannot
 * continue the word (not a letter, digit, apostrophe, backtick or hyphen), or the text ended (`NaN`).
 */
function endsPlainWord(c: number): boolean {
  if (Number.isNaN(c)) return true;
  if (c >= 128) return false;
  return !(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 39 || c === 96 || c === 45);
}

/** Adds one token found by the regex path at `start` (the match `m`); returns where scanning resumes. */
function pushMatch(text: string, m: RegExpExecArray, out: Scan): number {
  const start = m.index;
  if (m[1] !== undefined) {
    const { norm, noise } = normalizeNumber(m[0]);
    out.tokens.push({ text: intern(m[0]), start, end: start + m[0].length, norm, kind: 'number', noise });
    out.profiles.push('other');
    return start + m[0].length;
  }
  const end = wordEnd(text, start, m[0].length);
  const raw = end === start + m[0].length ? m[0] : text.slice(start, end);
  const { norm, noise, profile } = normalizeWord(raw);
  if (profile === 'lookalike') out.lookalikes.push(out.tokens.length);
  out.tokens.push({ text: intern(raw), start, end, norm, kind: isNumeral(norm) ? 'number' : 'word', noise });
  out.profiles.push(profile);
  return end;
}

/**
 * Finds every token with its per-token key. Plain ASCII words (most of any English text) take a hand-written
 * fast path; anything else (digits, non-ASCII, apostrophes, hyphens) goes through the sticky token regex.
 * ASCII punctuation and spaces are skipped one code unit at a time, everything else by the regex.
 */
function scan(text: string): Scan {
  const out: Scan = { tokens: [], profiles: [], lookalikes: [] };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiLetter(c) && (c < 48 || c > 57)) {
      i++;
      continue;
    }
    if (isAsciiLetter(c)) {
      let j = i + 1;
      let hash = hashStep(0, c);
      for (let d = text.charCodeAt(j); j < text.length && isAsciiLetter(d); d = text.charCodeAt(++j)) hash = hashStep(hash, d);
      if (endsPlainWord(text.charCodeAt(j))) {
        const word = plainWord(text, i, j, hash);
        out.tokens.push({ text: word.text, start: i, end: j, norm: word.norm, kind: 'word', noise: NO_NOISE });
        out.profiles.push('latin');
        i = j;
        continue;
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(text);
    // A match starts exactly at i (sticky); without one, step over the code point (two units if astral).
    if (m !== null && m.index === i) i = pushMatch(text, m, out);
    else i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return out;
}

/** Folds each all-look-alike word (`оп`, `а`, `ТНЕ`) whose neighbours are Latin, in place. */
function foldLookalikeWords({ tokens, profiles, lookalikes }: Scan): void {
  for (const i of lookalikes) {
    const token = tokens[i];
    if (!token || !isLatinContext(neighbourProfile(profiles, i, -1), neighbourProfile(profiles, i, 1))) continue;
    const { norm, noise } = normalizeWord(token.text, true);
    token.norm = norm;
    token.noise = noise;
  }
}

/** Normalizes a lexicon variant the way a token of that word is normalized. */
const variantKey = (variant: string): string => normalizeWord(variant).norm;

let builtinLexicon: Lexicon | undefined;
const projectLexicons = new WeakMap<readonly LexiconEntry[], Lexicon>();
const ownLexicons = new WeakMap<readonly LexiconEntry[], Lexicon>();
const EMPTY: Lexicon = new Map();

/** The compiled lexicon for `entries` (with the shipped entries unless `builtin` is false), cached per entries array. */
function lexiconFor(entries: readonly LexiconEntry[] | undefined, builtin: boolean): Lexicon {
  if (!entries || entries.length === 0) return builtin ? (builtinLexicon ??= compileLexicon(BUILTIN_LEXICON, variantKey)) : EMPTY;
  const memo = builtin ? projectLexicons : ownLexicons;
  let lexicon = memo.get(entries);
  if (!lexicon) {
    lexicon = compileLexicon(builtin ? [...BUILTIN_LEXICON, ...entries] : entries, variantKey);
    memo.set(entries, lexicon);
  }
  return lexicon;
}

/**
 * Splits `text` into word and number tokens, in order and non-overlapping, each with
 * `token.text === text.slice(token.start, token.end)` (JS string indices). Punctuation, quotes, dashes,
 * Markdown markers and whitespace are never tokens; later stages read them from the text between tokens.
 *
 * Decisions: a hyphenated compound is two tokens (`Nagorno-Karabakh` = `Nagorno Karabakh`); a range
 * `25-26` is two numbers; `366th` and `1990s` are one number; `1,275` = `1275` but `1.5` ≠ `15`; a word
 * broken by a hyphen at a line end is one token spanning the break; a word split by a stray space is one
 * token spanning the space when the evidence allows (see `repairSplitWords`). Keys (`norm`) fold case,
 * typography, confusable letters, OCR digits, and the built-in plus `options.lexicon` spellings.
 * Never throws for any string, including lone surrogates.
 */
export function tokenize(text: string, options: NormalizeOptions = {}): TokenList {
  const scanned = scan(text);
  foldLookalikeWords(scanned);
  const evidence = gatherEvidence(scanned.tokens, text);
  const unjoined = splitLineEndCompounds(scanned.tokens, evidence, normalizeWord);
  const tokens = repairSplitWords(unjoined, text, evidence);
  repairOcrRn(tokens, evidence.counts);
  applyLexicon(tokens, lexiconFor(options.lexicon, options.builtinLexicon ?? true));
  return TokenList.from(text, tokens);
}
