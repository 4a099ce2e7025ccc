/**
 * Seeds and chains (stage 4, second step). A seed is one n-gram found in two places; seeds on one diagonal
 * in a row form an exact run; runs close together in both documents form a chain, the candidate region a
 * local alignment then places exactly. Seeds are grouped per document pair straight from the index's
 * postings, so only pairs that really share n-grams are ever looked at.
 */
import type { TokenRange } from '../types';
import { type NgramIndex, positionsByHash } from './fingerprint';
import type { TokenList } from '../token-list';

/** A document as seeding needs it: its tokens and their n-gram fingerprints. */
export interface SeedDocument {
  tokens: TokenList;
  fingerprints: Uint32Array;
}

/** All seeds between two documents (or inside one, `docA == docB`): positions of equal n-grams. */
export interface PairSeeds {
  docA: number;
  docB: number;
  /** Some seeds came from an n-gram in so many places that each was paired with the first only. */
  star?: boolean;
  /** n-gram start positions in A, index for index with `b`. */
  a: number[];
  b: number[];
}

/** A chain of seed runs: the token region of each side it spans and how many tokens its runs cover. */
export interface Chain {
  a: TokenRange;
  b: TokenRange;
  /** Tokens covered by exact runs (on side A); a lower bound of the matches alignment will find. */
  covered: number;
  /** Number of exact runs joined. */
  runs: number;
}

/** How far apart runs may be and still belong to one chain. */
export interface ChainOptions {
  /** n-gram size the seeds were made with. */
  n: number;
  /** Largest gap, in tokens on either side, between consecutive runs of one chain. */
  maxGap: number;
}

/**
 * Default largest gap inside a chain: 48 tokens bridges a dropped clause, a marked elision or a damaged-scan
 * fragment (the Sunday Times reprint in 004.txt loses ~45 tokens) without joining unrelated passages.
 */
export const MAX_CHAIN_GAP = 48;

/** True when tokens `p..p+n-1` of `x` and `q..q+n-1` of `y` have equal norms (rules out hash collisions). */
function sameGram(x: TokenList, p: number, y: TokenList, q: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (!x.sameNorm(p + k, y, q + k)) return false;
  return true;
}

/**
 * Every seed of the index, grouped by document pair (pairs in ascending (docA, docB) order, docA <= docB).
 * Seeds inside one document closer than `n` tokens (a word repeated in a row) are dropped: a repeat must not
 * overlap itself. Seeds are not checked word by word: reading millions of tokens at random costs more than
 * the rare 32-bit collision, which makes an isolated seed that chaining drops (and alignment checks words).
 */
export function findSeeds(index: NgramIndex, docs: readonly SeedDocument[], n: number): PairSeeds[] {
  // Only the number of documents is needed, to make a pair key.
  const pairs = new Map<number, PairSeeds>();
  const width = docs.length;
  index.forEachGroup((gd, gp, count, star) => {
    // A star pairs every place with the first only: linear in the places, not quadratic.
    for (let i = 0; i < (star ? 1 : count); i++) {
      const da = gd[i] as number;
      const pa = gp[i] as number;
      for (let j = i + 1; j < count; j++) {
        const db = gd[j] as number;
        const pb = gp[j] as number;
        if (da === db && pb - pa < n) continue;
        const key = da * width + db;
        let entry = pairs.get(key);
        if (!entry) pairs.set(key, (entry = { docA: da, docB: db, a: [], b: [] }));
        if (star) entry.star = true;
        entry.a.push(pa);
        entry.b.push(pb);
      }
    }
  });
  return [...pairs.entries()].sort((x, y) => x[0] - y[0]).map(([, v]) => v);
}

/**
 * Seeds between two passages, found through a small local index of `a`'s fingerprints: used to anchor a
 * witness against its cluster's representative without touching the project index.
 */
export function seedsBetween(a: SeedDocument, ra: TokenRange, b: SeedDocument, rb: TokenRange, n: number): { a: number[]; b: number[] } {
  const map = positionsByHash(a.fingerprints, ra.from, ra.to - n + 1);
  const out = { a: [] as number[], b: [] as number[] };
  const same = a === b;
  for (let q = Math.max(0, rb.from); q <= rb.to - n && q < b.fingerprints.length; q++) {
    const list = map.get(b.fingerprints[q] as number);
    if (!list) continue;
    for (const p of list) {
      if (same && Math.abs(q - p) < n) continue;
      if (!sameGram(a.tokens, p, b.tokens, q, n)) continue;
      out.a.push(p);
      out.b.push(q);
    }
  }
  return out;
}

interface Run {
  a0: number;
  b0: number;
  /** Number of consecutive seeds; the run covers `len + n - 1` tokens. */
  len: number;
}

/** Exact runs: seeds on one diagonal at consecutive positions, in (a, b) order. */
function runsOf(a: readonly number[], b: readonly number[]): Run[] {
  const idx = a.map((_, i) => i).sort((x, y) => (a[x] as number) - (a[y] as number) || (b[x] as number) - (b[y] as number));
  const open = new Map<number, Run>();
  const runs: Run[] = [];
  for (const i of idx) {
    const pa = a[i] as number;
    const pb = b[i] as number;
    const run = open.get(pb - pa);
    if (run && run.a0 + run.len === pa) {
      run.len++;
    } else {
      const fresh = { a0: pa, b0: pb, len: 1 };
      runs.push(fresh);
      open.set(pb - pa, fresh);
    }
  }
  return runs.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}

interface OpenChain extends Chain {
  lastA0: number;
  lastB0: number;
}

/**
 * Joins seeds into chains: exact runs first, then runs that follow each other in both documents within
 * `maxGap` tokens (each run joins the best-covered chain it can extend). Chains are returned in order of
 * their start in A. Linear in the seeds apart from sorting them.
 */
export function chainSeeds(a: readonly number[], b: readonly number[], options: ChainOptions): Chain[] {
  const { n, maxGap } = options;
  const active: OpenChain[] = [];
  const done: OpenChain[] = [];
  for (const r of runsOf(a, b)) {
    // Chains that ended too far before this run can never be extended again (runs come in A order).
    for (let k = active.length - 1; k >= 0; k--) {
      if ((active[k] as OpenChain).a.to < r.a0 - maxGap) done.push(...active.splice(k, 1));
    }
    const endA = r.a0 + r.len + n - 1;
    const endB = r.b0 + r.len + n - 1;
    let best: OpenChain | undefined;
    for (const c of active) {
      const gapA = r.a0 - c.a.to;
      const gapB = r.b0 - c.b.to;
      const follows = r.a0 > c.lastA0 && r.b0 > c.lastB0 && gapA >= -n && gapB >= -n && gapA <= maxGap && gapB <= maxGap;
      if (follows && (!best || c.covered > best.covered)) best = c;
    }
    if (best) {
      // Count only tokens past the chain's end: runs on shifted diagonals may overlap the previous one.
      best.covered += Math.max(0, endA - Math.max(r.a0, best.a.to));
      best.a.to = Math.max(best.a.to, endA);
      best.b.to = Math.max(best.b.to, endB);
      best.runs++;
      best.lastA0 = r.a0;
      best.lastB0 = r.b0;
    } else {
      active.push({ a: { from: r.a0, to: endA }, b: { from: r.b0, to: endB }, covered: r.len + n - 1, runs: 1, lastA0: r.a0, lastB0: r.b0 });
    }
  }
  return [...done, ...active]
    .sort((x, y) => x.a.from - y.a.from || x.b.from - y.b.from)
    .map(({ a: ca, b: cb, covered, runs }) => ({ a: ca, b: cb, covered, runs }));
}
