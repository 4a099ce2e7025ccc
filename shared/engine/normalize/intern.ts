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
