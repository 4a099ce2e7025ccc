/**
 * Shared passages (stage 4, third step): from the project-wide n-gram index to exactly placed pairs of
 * passages. Seeds are grouped per document pair, chained, and each chain is aligned inside a window around
 * it; whole documents are never aligned against each other.
 */
import type { AlignOp, Aligner, TokenRange } from '../types';
import { MAX_POSTINGS, MAX_POSTINGS_PER_DOCUMENT, NGRAM_SIZE, NgramIndex } from './fingerprint';
import { contentMatched } from './date-words';
import { matchedTokens } from './local-alignment';
import { markMoves } from './moves';
import { type Chain, chainSeeds, findSeeds, MAX_CHAIN_GAP, type PairSeeds, type SeedDocument, seedsBetween } from './seeds';

/** Thresholds and sizes of shared-passage discovery; every field has a default in {@link DEFAULT_PAIR_OPTIONS}. */
export interface PairOptions {
  /** n-gram size of the fingerprints. */
  n: number;
  /** n-grams in more places than this are boilerplate and ignored. */
  maxPostings: number;
  /** n-grams in more places than this inside one document are boilerplate and ignored. */
  maxPerDocument: number;
  /** Largest gap between seed runs of one chain, in tokens. */
  maxGap: number;
  /** Tokens added on each side of a chain before aligning, so edits near the ends are still placed. */
  margin: number;
  /** Matching tokens a passage needs when either side lies in a quote (a candidate or an annotation). */
  minMatchQuoted: number;
  /** Matching tokens a passage needs when neither side is a quote: only real copying, no stock phrases. */
  minMatchUnquoted: number;
  /** Shortest passage (tokens, side A) that can be a shared quote. */
  minTokens: number;
}

/**
 * Defaults. A quote must be at least 8 tokens with 6 matching (a short press sentence quoted in two
 * compilations); text outside any quote needs 12 matching tokens, so stock phrases such as "the Republic
 * of Azerbaijan" or "the Khojaly massacre of February 1992" never form a cluster on their own.
 */
export const DEFAULT_PAIR_OPTIONS: Readonly<PairOptions> = {
  n: NGRAM_SIZE,
  maxPostings: MAX_POSTINGS,
  maxPerDocument: MAX_POSTINGS_PER_DOCUMENT,
  maxGap: MAX_CHAIN_GAP,
  margin: 12,
  minMatchQuoted: 6,
  minMatchUnquoted: 12,
  minTokens: 8,
};

/** Matched words besides function words and dates that a passage under the quoted threshold needs. */
export const MIN_CONTENT_QUOTED = 3;

/** A passage two documents share (or one repeats, `docA == docB` with A before B, not overlapping). */
export interface SharedPassage {
  docA: number;
  docB: number;
  a: TokenRange;
  b: TokenRange;
  ops: AlignOp[];
  score: number;
  /** Tokens matched exactly. */
  matched: number;
  /** Found through an n-gram in so many places that each was compared with the first only. */
  star?: boolean;
}

/** Whether a token range of a document lies (at least partly) in a quote. */
export type QuotedPredicate = (doc: number, range: TokenRange) => boolean;

/** What discovery did for one document pair, recorded only when a debug trace is asked for. */
export interface PairTrace {
  docA: number;
  docB: number;
  seeds: number;
  chains: Chain[];
  windows: { a: TokenRange; b: TokenRange }[];
  passages: SharedPassage[];
}

/** Optional hooks of {@link findSharedPassages}. */
export interface PairHooks {
  /** Called after each document pair with (pairs done, pairs in all). */
  onProgress?: (done: number, total: number) => void;
  /** Receives what was done for each pair (debug dumps). */
  trace?: (t: PairTrace) => void;
}

/**
 * Finds every passage the documents share, or a document repeats. Documents are numbered by their index
 * in `docs`. Result order: by (docA, docB, a.from). Cost: linear in tokens for the index, then one
 * alignment per seed chain whose window is the chain plus margins.
 */
export function findSharedPassages(docs: readonly SeedDocument[], aligner: Aligner, isQuoted: QuotedPredicate, options: Partial<PairOptions> = {}, hooks: PairHooks = {}): SharedPassage[] {
  const o = { ...DEFAULT_PAIR_OPTIONS, ...options };
  const index = new NgramIndex({ maxPostings: o.maxPostings, maxPerDocument: o.maxPerDocument });
  docs.forEach((d, i) => index.add(i, d.fingerprints));
  const pairs = findSeeds(index, docs, o.n);
  const out: SharedPassage[] = [];
  pairs.forEach((p, k) => {
    out.push(...alignPair(docs, p, aligner, isQuoted, o, hooks.trace));
    hooks.onProgress?.(k + 1, pairs.length);
  });
  return out;
}

/** Aligns the chains of one document pair and keeps the passages that pass the thresholds. */
function alignPair(docs: readonly SeedDocument[], p: PairSeeds, aligner: Aligner, isQuoted: QuotedPredicate, o: PairOptions, trace?: (t: PairTrace) => void): SharedPassage[] {
  const A = docs[p.docA] as SeedDocument;
  const B = docs[p.docB] as SeedDocument;
  const self = p.docA === p.docB;
  // A single seed (n tokens) is too little evidence; one more token of overlap is the least worth aligning.
  const chains = chainSeeds(p.a, p.b, { n: o.n, maxGap: o.maxGap }).filter((c) => c.covered > o.n && (!self || c.a.to <= c.b.from));
  const found: SharedPassage[] = [];
  const windows: { a: TokenRange; b: TokenRange }[] = [];
  for (const c of chains) {
    const wa = { from: Math.max(0, c.a.from - o.margin), to: Math.min(A.tokens.length, c.a.to + o.margin) };
    const wb = { from: Math.max(0, c.b.from - o.margin), to: Math.min(B.tokens.length, c.b.to + o.margin) };
    if (self) {
      // A repeat must not overlap itself: the windows stop where the other copy starts.
      wa.to = Math.min(wa.to, c.b.from);
      wb.from = Math.max(wb.from, c.a.to);
    }
    windows.push({ a: wa, b: wb });
    const aligned = aligner.align(A.tokens, wa, B.tokens, wb);
    if (!aligned) continue;
    const r = { ...aligned, ops: markMoves(aligned.ops, A.tokens, B.tokens) };
    const matched = matchedTokens(r.ops);
    const long = r.a.to - r.a.from >= o.minTokens && r.b.to - r.b.from >= o.minTokens;
    // A quote's few shared words must say something: a date and function words alone are a stock opening.
    const quoted = long && matched >= o.minMatchQuoted && contentMatched(r.ops, A.tokens, r.a) >= MIN_CONTENT_QUOTED && (isQuoted(p.docA, r.a) || isQuoted(p.docB, r.b));
    if (matched >= o.minMatchUnquoted || quoted) found.push({ docA: p.docA, docB: p.docB, a: r.a, b: r.b, ops: r.ops, score: r.score, matched, ...(p.star ? { star: true } : {}) });
  }
  const kept = dropDuplicates(found);
  trace?.({ docA: p.docA, docB: p.docB, seeds: p.a.length, chains, windows, passages: kept });
  return kept;
}

/** The token intervals of one side that a passage aligns (equal or replaced), in order. */
function alignedIntervals(p: SharedPassage, side: 'a' | 'b'): TokenRange[] {
  return p.ops.filter((op) => op.op === 'equal' || op.op === 'replace').map((op) => op[side]);
}

/** Tokens of `p` aligned on `side` that `k` aligns too. */
function sharedAligned(p: SharedPassage, k: SharedPassage, side: 'a' | 'b'): number {
  const theirs = alignedIntervals(k, side);
  let n = 0;
  for (const r of alignedIntervals(p, side)) {
    for (const t of theirs) n += Math.max(0, Math.min(r.to, t.to) - Math.max(r.from, t.from));
  }
  return n;
}

const alignedCount = (p: SharedPassage, side: 'a' | 'b'): number => alignedIntervals(p, side).reduce((n, r) => n + r.to - r.from, 0);

/**
 * Two chains of one pair can align to the same passages; the better-scoring alignment wins. A passage is
 * a duplicate only where the better one aligns the same words on both sides: a sentence the better one
 * leaves as a gap (it stands elsewhere in the other witness) keeps its own alignment, which is how a move
 * is seen (`movesAcrossPairs`).
 */
function dropDuplicates(found: SharedPassage[]): SharedPassage[] {
  const kept: SharedPassage[] = [];
  for (const s of [...found].sort((x, y) => y.score - x.score || x.a.from - y.a.from)) {
    const dup = kept.some((k) => 2 * sharedAligned(s, k, 'a') > alignedCount(s, 'a') && 2 * sharedAligned(s, k, 'b') > alignedCount(s, 'b'));
    if (!dup) kept.push(s);
  }
  return kept.sort((x, y) => x.a.from - y.a.from || x.b.from - y.b.from);
}

/**
 * Aligns passage `rb` of `b` to the part of `ra` of `a` it quotes: seeds through a local index, the best
 * chain, one alignment in a window around it. Null (and no aligner call) when the two share no n-gram.
 * Used to align each witness of a cluster to its representative.
 */
export function anchoredAlign(aligner: Aligner, a: SeedDocument, ra: TokenRange, b: SeedDocument, rb: TokenRange, options: Partial<PairOptions> = {}): { a: TokenRange; b: TokenRange; ops: AlignOp[]; score: number } | null {
  const o = { ...DEFAULT_PAIR_OPTIONS, ...options };
  const seeds = seedsBetween(a, ra, b, rb, o.n);
  if (seeds.a.length === 0) return null;
  // Witnesses of one cluster are known to be related: allow a wider gap than discovery does.
  const chains = chainSeeds(seeds.a, seeds.b, { n: o.n, maxGap: 2 * o.maxGap });
  let best: Chain | undefined;
  for (const c of chains) if (!best || c.covered > best.covered) best = c;
  if (!best) return null;
  const wa = { from: Math.max(ra.from, best.a.from - o.margin), to: Math.min(ra.to, best.a.to + o.margin) };
  const wb = { from: Math.max(rb.from, best.b.from - o.margin), to: Math.min(rb.to, best.b.to + o.margin) };
  return aligner.align(a.tokens, wa, b.tokens, wb);
}
