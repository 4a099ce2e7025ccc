/**
 * The gazetteer of outlets: finds outlet names in a text through its normalized tokens, longest match first.
 *
 * Names are compared as the concatenation of their tokens' matching keys, so `I zvestia`, `N ewsweek` (stray
 * spaces), `THE SUNDAY TIMES`, a Cyrillic look-alike letter or a line wrap inside a name all still match, and a
 * name must begin and end on token boundaries (`Times` is not `Time`). At each position the longest name wins, so
 * `The Sunday Times` is never read as `The Times` and `The Washington Times` never as `The Times`.
 */
import { tokenize } from '../tokenize';
import { BUILTIN_OUTLETS, type OutletEntry } from './outlets';
import { tokenIndexAt } from './text-scan';
import type { TokenList } from '../token-list';

/** An outlet name found in a text. */
export interface OutletMatch {
  /** The canonical outlet name (what `attribution.outlet` carries). */
  outlet: string;
  /** Span of the name as written, in the searched text. */
  start: number;
  end: number;
}

/** One written form of an outlet, compiled for matching. */
interface Alias {
  outlet: string;
  /** Offsets into the concatenated key where each word of the alias starts, for the capital-letter check. */
  wordStarts: number[];
  /** Per word: must the text write it with a capital? (articles such as `the` never need one) */
  needsCapital: boolean[];
  /** All capitals, short (`AP`, `AFP`): the text must write it in capitals too. */
  acronym: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  alias?: Alias;
}

/** Articles and particles that may be written in either case inside a name (`the Times`, `Le Monde`). */
const PARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'der', 'die', 'das', 'el', 'of', 'and', 'on', 'de']);

/** What may separate two tokens of one name: spaces and line wraps, a hyphen, `&`, `/`, a dot (`N.Y.`). */
const NAME_GAP = /^[\s\-‐‑–.&/]{0,6}$/u;

/** What may follow a name inside its last token: a possessive (`Newsweek's`, `Times’`). */
const POSSESSIVE = /^['’]s?$/u;

/** Longest name, in tokens, that the walk will try (bounded work per position). */
const MAX_NAME_TOKENS = 12;

/** Acronyms up to this many letters are matched only when written in capitals. */
const MAX_ACRONYM = 4;

/**
 * A matcher over the built-in outlets plus the project's own. Immutable once built; build one per detection run.
 * Project names whose key equals a built-in alias keep the built-in canonical name, so attributions stay stable
 * across projects.
 */
export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };

  /** Builds the matcher from the built-in list and `extra` outlets (names, or full entries with aliases). */
  constructor(extra: readonly (string | OutletEntry)[] = []) {
    for (const entry of BUILTIN_OUTLETS) this.add(entry);
    for (const e of extra) this.add(typeof e === 'string' ? { name: e } : e);
  }

  private add(entry: OutletEntry): void {
    for (const form of [entry.name, ...(entry.aliases ?? [])]) {
      const tokens = tokenize(form);
      if (tokens.length === 0) continue;
      let node = this.root;
      const wordStarts: number[] = [];
      const needsCapital: boolean[] = [];
      let len = 0;
      for (const t of tokens) {
        wordStarts.push(len);
        needsCapital.push(entry.caseSensitive === true && !PARTICLES.has(t.norm) && /^\p{Lu}/u.test(t.text));
        for (const ch of t.norm) {
          let child = node.next.get(ch);
          if (child === undefined) {
            child = { next: new Map() };
            node.next.set(ch, child);
          }
          node = child;
          len++;
        }
      }
      const letters = form.replace(/[^\p{L}]/gu, '');
      const acronym = letters.length <= MAX_ACRONYM && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      const existing = node.alias;
      if (existing === undefined) node.alias = { outlet: entry.name, wordStarts, needsCapital, acronym };
      else if (existing.outlet === entry.name) {
        // Two forms of one outlet with one key (`TASS`, `Tass`): the laxer form decides how strict matching is.
        existing.acronym &&= acronym;
        existing.needsCapital = existing.needsCapital.map((need, w) => need && needsCapital[w] === true);
      }
    }
  }

  /**
   * Outlet names in `text.slice(from, to)`, left to right, non-overlapping, each the longest name starting at its
   * position. `tokens` must be the tokens of `text` (as `tokenize` returns them); offsets are into `text`.
   */
  match(text: string, tokens: TokenList, from = 0, to = text.length): OutletMatch[] {
    const out: OutletMatch[] = [];
    let i = tokenIndexAt(tokens, from);
    while (i < tokens.length) {
      if (tokens.end(i) > to) break;
      if (tokens.start(i) < from) {
        i++;
        continue;
      }
      const found = this.longestAt(text, tokens, i, to);
      if (found === null) {
        i++;
        continue;
      }
      out.push(found.match);
      i = found.next;
    }
    return out;
  }

  /** Outlet names in a free-standing string (tokenized here): for datelines, headings and tests. */
  matchString(s: string): OutletMatch[] {
    return this.match(s, tokenize(s));
  }

  /** The canonical outlet when the whole of `s` (ignoring edge punctuation) is one outlet name, else null. */
  lookup(s: string): string | null {
    const trimmed = s.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '');
    const found = this.matchString(trimmed);
    const only = found[0];
    return found.length === 1 && only !== undefined && only.start === 0 && only.end >= trimmed.replace(/\.$/u, '').length
      ? only.outlet
      : null;
  }

  /** Walks the trie from token `i`, joining following tokens; returns the longest accepted name. */
  private longestAt(text: string, tokens: TokenList, i: number, to: number): { match: OutletMatch; next: number } | null {
    let node: TrieNode | undefined = this.root;
    let best: { match: OutletMatch; next: number } | null = null;
    const keyStarts: number[] = [];
    let keyLen = 0;
    for (let j = i; j < tokens.length && j - i < MAX_NAME_TOKENS && node !== undefined; j++) {
      const tStart = tokens.start(j);
      const tEnd = tokens.end(j);
      if (tEnd > to) break;
      if (j > i && !NAME_GAP.test(text.slice(tokens.end(j - 1), tStart))) break;
      keyStarts.push(keyLen);
      const norm = tokens.norm(j);
      for (let c = 0; c < norm.length && node !== undefined; c++) {
        node = node.next.get(norm[c] ?? '');
        keyLen++;
        const alias: Alias | undefined = node?.alias;
        if (alias === undefined) continue;
        const rest = norm.slice(c + 1);
        if (rest !== '' && !POSSESSIVE.test(rest)) continue;
        if (!this.casing(text, tokens, i, j, keyStarts, alias)) continue;
        const end = rest === '' ? tEnd : Math.max(tStart, tEnd - rest.length);
        best = { match: { outlet: alias.outlet, start: tokens.start(i), end }, next: j + 1 };
      }
    }
    return best;
  }

  /** Checks the capitals an alias demands against the text of tokens `i..j`. */
  private casing(text: string, tokens: TokenList, i: number, j: number, keyStarts: number[], alias: Alias): boolean {
    if (alias.acronym) {
      const written = text.slice(tokens.at(i)?.start ?? 0, tokens.at(j)?.end ?? 0).replace(/[^\p{L}]/gu, '');
      return written === written.toUpperCase();
    }
    for (let w = 0; w < alias.wordStarts.length; w++) {
      if (alias.needsCapital[w] !== true) continue;
      const k = alias.wordStarts[w] ?? 0;
      // The text token holding key offset k: the last one whose key starts at or before k.
      let tIdx = 0;
      while (tIdx + 1 < keyStarts.length && (keyStarts[tIdx + 1] ?? Infinity) <= k) tIdx++;
      const tok = tokens.at(i + tIdx);
      if (tok === undefined) return false;
      const ch = text[tok.start + (k - (keyStarts[tIdx] ?? 0))] ?? '';
      if (ch.toUpperCase() !== ch || ch.toLowerCase() === ch) return false;
    }
    return true;
  }
}
