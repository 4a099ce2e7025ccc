/**
 * The engine's public API (DESIGN.md, "one pipeline, five stages"): `check` runs every stage and returns
 * the JSON report; the stages are exported too, each usable alone, with the cache and the debug dump.
 * Other folders import from here, never from deep inside the engine.
 */
export { check, runStages, analyseCluster, analyseDocument } from './pipeline';
export type { AlignTuning, CheckState, DocumentSettings } from './pipeline';
export { tokenize } from './tokenize';
export { TokenList } from './token-list';
export { BUILTIN_LEXICON, SHIPPED_TRANSLITERATION, SHIPPED_SCHEME_IDS } from './normalize';
export { detectQuotes } from './detect';
export { analysePair, compareAttribution, translationDifference } from './analyse';
export { MemoryEngineCache, cacheKey } from './cache';
export type { CacheStats, CacheKeyOptions } from './cache';
export { flagClaims, DEFAULT_THRESHOLD } from './flag';
export { buildReport, classifyCluster, contentHash } from './report';
export type { AnalysedCluster, PairDifference, ReportInput } from './report';
export { inspectCheck } from './inspect';
export type { AlignDump, RangeDump } from './inspect';
export {
  LocalAligner, DEFAULT_SCORING, fingerprints, NgramIndex, NGRAM_SIZE, MAX_POSTINGS,
  findSharedPassages, DEFAULT_PAIR_OPTIONS, clusterPassages, joinByAttribution, formatOps, buildAlignmentTable,
} from './align';
export type { QuoteCluster, WitnessPair, ClusterWitness, SharedPassage, PairOptions, JoinOptions, AlignmentTable } from './align';
export type {
  Token, TokenKind, NoiseKind, NormalizeOptions, QuoteCue, QuoteCandidate, DetectOptions, DocumentAnalysis,
  TokenRange, Passage, AlignOp, AlignedPair, Aligner, Difference, ClaimInput, QuoteInput, CheckInput, Stage,
  Progress, EngineCache, CheckOptions, WitnessView,
} from './types';
