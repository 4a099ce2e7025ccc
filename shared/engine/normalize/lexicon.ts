/**
 * Spelling and transliteration equivalences: every variant of an entry gets one canonical norm, so the
 * spellings of one place align as the same word. Entries come from the shipped data file and from the
 * project (`LexiconEntry`); entries that share a variant merge.
 */
import type { LexiconEntry } from '../../model';
import shippedLexicon from '../data/lexicon.json' with { type: 'json' };
import type { Token } from '../types';

/** Variant key (a token norm) → canonical norm. Built by `compileLexicon`. */
export type Lexicon = ReadonlyMap<string, string>;

/**
 * Equivalences shipped with Verbatim (`../data/lexicon.json`, with its sources): places and people under
 * their usual Latin spellings. Data, not code: a project adds its own entries and may leave these out.
 */
export const BUILTIN_LEXICON: readonly LexiconEntry[] = shippedLexicon.entries;

/** A variant usable as a token key: one word, letters with inner apostrophes only. */
const SINGLE_WORD = /^[\p{L}\p{M}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)*$/u;

/** Finds a key's representative, halving paths as it goes (union-find). */
function find(parent: Map<string, string>, key: string): string {
  let k = key;
  for (let p = parent.get(k); p !== undefined && p !== k; p = parent.get(k)) {
    const grand = parent.get(p) ?? p;
    parent.set(k, grand);
    k = grand;
  }
  return k;
}

/**
 * Compiles lexicon entries into a `Lexicon`. `key` turns a variant into the norm a token of that word would
 * get (the tokenizer passes its own word normalizer, so keys match token norms exactly). Variants that are
 * not a single word (`Nagorno Karabakh`) are skipped: tokens are single words. Entries sharing a variant
 * merge into one group; a group's canonical norm is the key of the first variant of its earliest entry, so
 * the result is deterministic. Groups whose variants all share one key map nothing.
 */
export function compileLexicon(entries: readonly LexiconEntry[], key: (variant: string) => string): Lexicon {
  const parent = new Map<string, string>();
  // First-seen order of each key: when two groups merge, the root seen first stays root.
  const order = new Map<string, number>();
  for (const entry of entries) {
    let first: string | undefined;
    for (const variant of entry.variants) {
      if (!SINGLE_WORD.test(variant)) continue;
      const k = key(variant);
      if (!parent.has(k)) {
        parent.set(k, k);
        order.set(k, order.size);
      }
      if (first === undefined) first = k;
      else union(parent, order, first, k);
    }
  }
  const lexicon = new Map<string, string>();
  for (const k of parent.keys()) {
    const canonical = find(parent, k);
    if (canonical !== k) lexicon.set(k, canonical);
  }
  return lexicon;
}

/** Merges the groups of `x` and `y`, keeping the earlier-seen root. */
function union(parent: Map<string, string>, order: ReadonlyMap<string, number>, x: string, y: string): void {
  const a = find(parent, x);
  const b = find(parent, y);
  if (a === b) return;
  if ((order.get(a) ?? 0) <= (order.get(b) ?? 0)) parent.set(b, a);
  else parent.set(a, b);
}

/** Possessive endings a lexicon variant may carry in text: `Aghdam's`, `Karabakh's`, `Agdams'`. */
const POSSESSIVE = /'s?$/;

/** The canonical norm for `norm`, looking through a possessive ending; undefined when not a variant. */
function lookup(lexicon: Lexicon, norm: string): string | undefined {
  const direct = lexicon.get(norm);
  if (direct !== undefined || !norm.includes("'")) return direct;
  const ending = POSSESSIVE.exec(norm);
  if (!ending) return undefined;
  const base = lexicon.get(norm.slice(0, ending.index));
  return base === undefined ? undefined : base + ending[0];
}

/**
 * Applies `lexicon` to every word token in place: a token whose norm is a variant, or a variant with a
 * possessive ending, takes the canonical norm (keeping the ending) and gains noise `lexicon`.
 */
export function applyLexicon(tokens: Token[], lexicon: Lexicon): void {
  if (lexicon.size === 0) return;
  for (const token of tokens) {
    const canonical = lookup(lexicon, token.norm);
    if (canonical === undefined) continue;
    token.norm = canonical;
    if (!token.noise.includes('lexicon')) token.noise = [...token.noise, 'lexicon'];
  }
}
