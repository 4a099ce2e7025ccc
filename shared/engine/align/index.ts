/**
 * Stage 4 of the engine, align (DESIGN.md): n-gram fingerprints narrow the candidates, a banded local
 * alignment places each shared passage exactly, and passages become quote clusters (by shared wording,
 * and by attribution for translations).
 */
export { NGRAM_SIZE, MAX_POSTINGS, hashString, tokenHashes, fingerprints, NgramIndex, radixOrder, positionsByHash } from './fingerprint';
export type { NgramIndexOptions } from './fingerprint';
export { findSeeds, seedsBetween, chainSeeds, MAX_CHAIN_GAP } from './seeds';
export type { SeedDocument, PairSeeds, Chain, ChainOptions } from './seeds';
export { LocalAligner, DEFAULT_SCORING, nearlyEqual, matchedTokens } from './local-alignment';
export type { Scoring, LocalAlignerOptions } from './local-alignment';
export { findSharedPassages, anchoredAlign, DEFAULT_PAIR_OPTIONS } from './pairs';
export type { PairOptions, SharedPassage, QuotedPredicate, PairTrace, PairHooks } from './pairs';
export { QuoteSpans, charSpan, tokenRangeOf } from './quote-spans';
export type { QuoteSpan } from './quote-spans';
export { clusterPassages, buildWitnesses, components, consensus, finishCluster, toWitness, swapSides } from './cluster';
export type { ClusterWitness, WitnessPair, QuoteCluster, ClusterOptions } from './cluster';
export { buildAlignmentTable, longestIncreasing } from './alignment-table';
export { alignGlobal, MAX_GLOBAL_CELLS } from './global-alignment';
export { joinByFigures, MIN_FIGURES, MIN_DISTINCT } from './figure-join';
export type { AlignmentTable } from './alignment-table';
export { joinReportedSpeech, MIN_SHARED as MIN_REPORTED_SHARED } from './reported-speech';
export { joinByAttribution, attributionKey, wordOverlap, DEFAULT_JOIN_OPTIONS } from './attribution-join';
export type { JoinOptions } from './attribution-join';
export { findShortQuoteClusters, DEFAULT_SHORT_QUOTE_OPTIONS } from './short-quotes';
export type { ShortQuoteDocument, ShortQuoteOptions, ShortQuoteStats, ShortQuoteLookupOptions } from './short-quotes';
export { formatOps } from './debug';
