/**
 * Ids derived from content (DESIGN.md, "The JSON report"): a review note names a discrepancy by its id, so
 * the id must follow the words, not the position of the discrepancy in a list. Two independent 32-bit
 * hashes (FNV-1a and a multiplicative mix) over the parts give 48 bits: at 10^5 ids in one report the
 * chance of any collision is below 2 × 10^-5, and collisions that do occur get a numbered suffix from
 * {@link UniqueIds}, so ids stay unique and deterministic.
 */

/** Hex digits of an id's hash part. */
export const ID_HEX_DIGITS = 12;

/** The parts joined with a separator no token text contains, so `["ab", "c"]` and `["a", "bc"]` differ. */
function joined(parts: readonly string[]): string {
  return parts.join('\u0001');
}

/** A 48-bit hash of `parts` as {@link ID_HEX_DIGITS} lower-case hex digits. */
export function contentHash(parts: readonly string[]): string {
  const s = joined(parts);
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0xc2b2ae35);
  const hi = ((h1 >>> 0) & 0xffffff).toString(16).padStart(6, '0');
  const lo = (((h2 ^ (h2 >>> 16)) >>> 0) & 0xffffff).toString(16).padStart(6, '0');
  return hi + lo;
}

/**
 * Hands out ids, suffixing `-2`, `-3`, … when a base id is asked for again, so two identical contents (a
 * passage a document repeats word for word) get distinct, still deterministic ids in order of asking.
 */
export class UniqueIds {
  private readonly seen = new Map<string, number>();

  /** `base` the first time, then `base-2`, `base-3`, … */
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
