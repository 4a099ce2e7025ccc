/**
 * The incremental cache: a document's per-document work (tokens, quote candidates, fingerprints) is kept
 * under its sha256 and the options that shaped it, so a re-check after one document changes redoes only
 * that document's tokenizing and detection. Cross-document work (alignment, clustering) is always redone:
 * it depends on every document.
 */
import type { LexiconEntry, SourceDocument } from '../model';
import { hashString } from './align/fingerprint';
import type { DocumentAnalysis, EngineCache } from './types';

/** What, besides the text, changes a document's per-document results. */
export interface CacheKeyOptions {
  lexicon?: readonly LexiconEntry[];
  /** Whether the shipped lexicon applies (default true). */
  builtinLexicon?: boolean;
  gazetteer?: readonly string[];
  /** n-gram size of the fingerprints. */
  n?: number;
}

/**
 * A key for a document's analysis: its sha256 and length (a cheap guard against a stale digest), and a
 * hash of the lexicon, gazetteer and n-gram size — editing the lexicon or gazetteer must invalidate.
 */
export function cacheKey(document: SourceDocument, options: CacheKeyOptions = {}): string {
  const shape = JSON.stringify([options.lexicon ?? [], options.builtinLexicon ?? true, options.gazetteer ?? [], options.n ?? 0]);
  return `${document.sha256}:${document.text.length}:${hashString(shape).toString(16)}:${shape.length}`;
}

/** Hit and miss counts of a {@link MemoryEngineCache}. */
export interface CacheStats {
  hits: number;
  misses: number;
  sets: number;
}

/**
 * A simple in-memory {@link EngineCache} with least-recently-used eviction beyond `maxEntries` (default
 * 10 000 documents), counting hits and misses for tests and benchmarks.
 */
export class MemoryEngineCache implements EngineCache {
  /** Counts since creation (or the last {@link MemoryEngineCache.clear}). */
  readonly stats: CacheStats = { hits: 0, misses: 0, sets: 0 };
  private readonly entries = new Map<string, DocumentAnalysis>();

  /** @param maxEntries entries kept before the least recently used is dropped; at least 1. */
  constructor(private readonly maxEntries = 10_000) {
    if (!(maxEntries >= 1)) throw new RangeError(`maxEntries must be at least 1, got ${maxEntries}`);
  }

  /** The analysis stored under `key`, marked as recently used; undefined when absent. */
  get(key: string): DocumentAnalysis | undefined {
    const v = this.entries.get(key);
    if (v === undefined) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    // Re-insert so Map order is recency order.
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }

  /** Stores `value` under `key`, dropping the least recently used entry when full. */
  set(key: string, value: DocumentAnalysis): void {
    this.stats.sets++;
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Number of entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Drops every entry and resets the counts. */
  clear(): void {
    this.entries.clear();
    Object.assign(this.stats, { hits: 0, misses: 0, sets: 0 });
  }
}
