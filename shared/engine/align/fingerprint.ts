/**
 * Fingerprints of normalized word n-grams (stage 4, first step): every window of `n` consecutive tokens is
 * hashed to a 32-bit number, and a project-wide index groups equal hashes so shared passages can be found
 * without comparing documents pairwise. Numbers, not strings: at 100x the corpus (~6 M tokens) an index of
 * strings would cost gigabytes, typed arrays cost ~25 MB each.
 */
import type { TokenList } from '../token-list';

/**
 * Default n-gram size. 5 is long enough that chance collisions of ordinary prose are rare ("the republic of
 * azerbaijan" is 4 tokens) and short enough that a damaged scan still keeps exact runs between its errors.
 */
export const NGRAM_SIZE = 5;

/**
 * Default postings cap: an n-gram found in more places than this is boilerplate (a formula, a header) and is
 * skipped. Real quotes recur in 2–6 documents, a few more counting repeats inside one compilation; 16 keeps
 * them while bounding the k² seed pairs of any single n-gram.
 */
export const MAX_POSTINGS = 16;

/**
 * Default cap of postings inside one document: a compilation may repeat a quote two or three times, but an
 * n-gram seen more often in one document is a running header or a formula (`FOREIGN RELATIONS COMMITTEE`
 * on every page of a scan, the Genocide Convention's title cited seven times in 001.txt).
 */
export const MAX_POSTINGS_PER_DOCUMENT = 4;

/** FNV-1a over the UTF-16 code units of `s`, as an unsigned 32-bit number. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of each token's matching key (`norm`), index for index. */
export function tokenHashes(tokens: TokenList): Uint32Array {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = hashString(tokens.norm(i));
  return out;
}

/** Murmur3's finalizer: spreads the bits so the radix sort's 16-bit buckets fill evenly. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The n-gram fingerprints of a token sequence: entry `i` hashes tokens `i .. i+n-1` (by their `norm`).
 * Length `max(0, tokens - n + 1)`. Order-sensitive, so `a b c` and `c b a` differ.
 * @throws RangeError when `n` is not a positive integer.
 */
export function fingerprints(tokens: TokenList, n: number = NGRAM_SIZE): Uint32Array {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n-gram size must be a positive integer, got ${n}`);
  const th = tokenHashes(tokens);
  const count = Math.max(0, th.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = n;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ (th[i + k] as number), 0x9e3779b1) + k;
    out[i] = mix(h);
  }
  return out;
}

/**
 * Most postings of an n-gram still seeded, in a star (each place with the first only, see
 * {@link NgramIndex.forEachGroup}): a passage quoted in hundreds of places is still a passage. Beyond this
 * an n-gram is boilerplate of the whole project (a formula, a running header).
 */
export const MAX_STAR_POSTINGS = 4096;

/** Options of an {@link NgramIndex}. */
export interface NgramIndexOptions {
  /** Groups with more postings than this are skipped altogether; default {@link MAX_STAR_POSTINGS}. */
  maxStarPostings?: number;
  /** Groups with more postings than this are skipped as boilerplate; default {@link MAX_POSTINGS}. */
  maxPostings?: number;
  /** Groups with more postings than this in any one document are skipped; default {@link MAX_POSTINGS_PER_DOCUMENT}. */
  maxPerDocument?: number;
}

/**
 * A project-wide index of n-gram fingerprints. Add each document's fingerprints, then visit the groups of
 * positions that share a hash. Built by a two-pass radix sort on the hash (linear time, three typed arrays),
 * so the cost grows with the total number of tokens, never with the number of document pairs.
 */
export class NgramIndex {
  private readonly parts: { doc: number; fp: Uint32Array }[] = [];
  private total = 0;
  private readonly maxPostings: number;
  private readonly maxPerDocument: number;
  private readonly maxStarPostings: number;

  /** @param options the postings caps. */
  constructor(options: NgramIndexOptions = {}) {
    this.maxPostings = options.maxPostings ?? MAX_POSTINGS;
    this.maxPerDocument = options.maxPerDocument ?? MAX_POSTINGS_PER_DOCUMENT;
    this.maxStarPostings = Math.max(this.maxPostings, options.maxStarPostings ?? MAX_STAR_POSTINGS);
  }

  /** Adds the fingerprints of document number `doc` (an index the caller chooses, e.g. input order). */
  add(doc: number, fp: Uint32Array): void {
    this.parts.push({ doc, fp });
    this.total += fp.length;
  }

  /** Number of n-gram positions indexed. */
  get size(): number {
    return this.total;
  }

  /**
   * Calls `visit` once per hash found at 2..maxStarPostings positions, with the postings in (document
   * added, position) order: `docs[k]`, `positions[k]` for k < count. `star` is false for a group of at most
   * maxPostings postings with at most maxPerDocument in any one document (every two places may be
   * paired), true for a larger one (pair each place with the first only, so k places cost k − 1 seeds, not
   * k²). The arrays are reused: copy what you keep.
   */
  forEachGroup(visit: (docs: Uint32Array, positions: Uint32Array, count: number, star: boolean) => void): void {
    const { hashes, starts, docIds } = this.flatten();
    const { order, sorted } = radixOrder(hashes);
    const gd = new Uint32Array(this.maxStarPostings);
    const gp = new Uint32Array(this.maxStarPostings);
    let i = 0;
    // `sorted` is scanned sequentially; a posting's document is looked up only for shared n-grams.
    while (i < sorted.length) {
      const h = sorted[i] as number;
      let j = i + 1;
      while (j < sorted.length && sorted[j] === h) j++;
      const count = j - i;
      if (count >= 2 && count <= this.maxStarPostings) {
        let run = 0;
        let worst = 0;
        for (let k = 0; k < count; k++) {
          const g = order[i + k] as number;
          const part = partOf(starts, g);
          gd[k] = docIds[part] as number;
          gp[k] = g - (starts[part] as number);
          // Postings come in document order, so one document's postings are consecutive.
          run = k > 0 && gd[k] === gd[k - 1] ? run + 1 : 1;
          worst = Math.max(worst, run);
        }
        visit(gd, gp, count, count > this.maxPostings || worst > this.maxPerDocument);
      }
      i = j;
    }
  }

  /** All fingerprints in one array, with where each added part starts and its document number. */
  private flatten(): { hashes: Uint32Array; starts: Uint32Array; docIds: Uint32Array } {
    const hashes = new Uint32Array(this.total);
    const starts = new Uint32Array(this.parts.length);
    const docIds = new Uint32Array(this.parts.length);
    let g = 0;
    this.parts.forEach(({ doc, fp }, k) => {
      hashes.set(fp, g);
      starts[k] = g;
      docIds[k] = doc;
      g += fp.length;
    });
    return { hashes, starts, docIds };
  }
}

/** The index of the last part starting at or before global position `g` (binary search). */
function partOf(starts: Uint32Array, g: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= g) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Indices of `keys` in ascending key order (`order`) and the keys in that order (`sorted`); stable (equal
 * keys keep their input order), so postings come out in (document, position) order without a comparison
 * sort. Two 16-bit LSD passes that carry the keys along, so no pass reads keys at random: at millions of
 * n-grams, random reads into a 25 MB array cost more than the sort itself.
 */
export function radixOrder(keys: Uint32Array): { order: Uint32Array; sorted: Uint32Array } {
  if (keys.length <= SMALL_SORT) return smallOrder(keys);
  let srcIdx = new Uint32Array(keys.length);
  for (let i = 0; i < srcIdx.length; i++) srcIdx[i] = i;
  let srcKey = Uint32Array.from(keys);
  let dstIdx = new Uint32Array(keys.length);
  let dstKey = new Uint32Array(keys.length);
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < srcKey.length; i++) counts[((srcKey[i] as number) >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b] as number;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < srcKey.length; i++) {
      const k = srcKey[i] as number;
      const at = counts[(k >>> shift) & 0xffff]!++;
      dstKey[at] = k;
      dstIdx[at] = srcIdx[i] as number;
    }
    [srcIdx, dstIdx] = [dstIdx, srcIdx];
    [srcKey, dstKey] = [dstKey, srcKey];
  }
  return { order: srcIdx, sorted: srcKey };
}

/**
 * Inputs up to this many keys are sorted by comparison: the radix passes' two sweeps of 65,536 counters
 * cost more than the sort there (and, run once in a short command, are not yet optimized code).
 */
const SMALL_SORT = 4096;

/** {@link radixOrder} by a stable comparison sort of the indices (ties by index: the same order). */
function smallOrder(keys: Uint32Array): { order: Uint32Array; sorted: Uint32Array } {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => (keys[x] as number) - (keys[y] as number) || x - y);
  const sorted = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) sorted[i] = keys[order[i] as number] as number;
  return { order, sorted };
}

/**
 * Positions of each fingerprint inside `fp[from, to)`, for anchoring one passage against another (a small
 * local index: no cap, no sort).
 */
export function positionsByHash(fp: Uint32Array, from: number, to: number): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let p = Math.max(0, from); p < Math.min(to, fp.length); p++) {
    const h = fp[p] as number;
    const list = map.get(h);
    if (list) list.push(p);
    else map.set(h, [p]);
  }
  return map;
}
