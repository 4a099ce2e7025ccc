/**
 * Shared storage for what every token repeats (issue 10: tokens were 168 bytes each, most of it their own
 * copies of the same few thousand words and an empty array apiece).
 */
import type { NoiseKind } from '../types';

/** The noise of a token no normalizer changed: one frozen array for all of them. */
export const NO_NOISE: readonly NoiseKind[] = Object.freeze([]);

/**
 * Words up to this length are copies when sliced from a text, so one shared copy per distinct word saves
 * their memory; longer slices are views into the document text and cost little on their own (and a shared
 * one would keep its document's text alive).
 */
const MAX_INTERNED_CHARS = 12;
/** Distinct words remembered; a project's vocabulary rarely reaches it, and past it the pool starts over. */
const MAX_POOL = 500_000;
const pool = new Map<string, string>();

/** The shared copy of `s` (itself the first time it is seen). */
export function intern(s: string): string {
  if (s.length > MAX_INTERNED_CHARS) return s;
  const known = pool.get(s);
  if (known !== undefined) return known;
  if (pool.size >= MAX_POOL) pool.clear();
  pool.set(s, s);
  return s;
}

/** A plain ASCII word as scanned: its shared text and its key (the text lower-cased), both interned. */
export interface PlainWord {
  readonly text: string;
  readonly norm: string;
}

/** Slots of the plain-word table (a power of two); past half full it starts over. */
const PLAIN_SLOTS = 1 << 17;
let plainTable: (PlainWord | undefined)[] = new Array<PlainWord | undefined>(PLAIN_SLOTS);
let plainCount = 0;

/** The hash {@link plainWord} expects, of one more code unit `c` after `h` (start with 0). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/**
 * The interned text and key of the plain ASCII word `text[start, end)` whose {@link hashStep} hash is
 * `hash`: a word seen before is found by comparing code units in place, so the tokenizer neither slices
 * the text nor hashes a new string for it (most words of a document are repeats). Longer words than
 * interning keeps are sliced as they always were.
 */
export function plainWord(text: string, start: number, end: number, hash: number): PlainWord {
  const length = end - start;
  if (length > MAX_INTERNED_CHARS) {
    const raw = text.slice(start, end);
    return { text: raw, norm: raw.toLowerCase() };
  }
  const mask = PLAIN_SLOTS - 1;
  let slot = hash & mask;
  for (;;) {
    const known = plainTable[slot];
    if (known === undefined) break;
    if (sameWord(known.text, text, start, length)) return known;
    slot = (slot + 1) & mask;
  }
  const raw = text.slice(start, end);
  const word: PlainWord = { text: intern(raw), norm: intern(raw.toLowerCase()) };
  if (plainCount >= PLAIN_SLOTS >> 1) {
    plainTable = new Array<PlainWord | undefined>(PLAIN_SLOTS);
    plainCount = 0;
    slot = hash & mask;
  }
  plainTable[slot] = word;
  plainCount++;
  return word;
}

/** True when `word` is exactly the `length` code units of `text` from `start`. */
function sameWord(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let k = 0; k < length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
