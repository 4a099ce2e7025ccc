/**
 * The compact token layout (issue 10): a document's tokens as columns of typed arrays — starts, ends, norm
 * ids, kind and noise — with the text sliced from the document on demand. A token costs 14 bytes here
 * instead of an 80-byte object (and its array slot) per token, so a project's tokens no longer dominate
 * the heap. Hot readers use the integer accessors (`start(i)`, `normId(i)`); `at(i)` gives cold code a
 * {@link Token} view, made afresh on every call (never compare views by identity, never mutate one).
 */
import type { NoiseKind, Token, TokenKind } from './types';

/** Norm strings by project-wide id, and ids by norm: equal norms have equal ids in every document. */
const normIds = new Map<string, number>();
const normStrings: string[] = [];

/**
 * The project-wide id of a norm (a new one the first time it is seen). Ids live as long as the process and
 * are never reused, so cached documents' tokens stay valid; the table holds each distinct norm once.
 */
export function normIdOf(norm: string): number {
  let id = normIds.get(norm);
  if (id === undefined) {
    id = normStrings.length;
    normStrings.push(norm);
    normIds.set(norm, id);
  }
  return id;
}

/** The norm whose id is `id`. */
export function normOfId(id: number): string {
  return normStrings[id] as string;
}

/** The distinct noise sequences seen (order kept, as the normalizers wrote them); index 0 is no noise. */
const noiseSequences: (readonly NoiseKind[])[] = [Object.freeze([])];
const noiseIds = new Map<string, number>([['', 0]]);

/** The id of a noise sequence (the same sequence always has the same id). */
function noiseIdOf(noise: readonly NoiseKind[]): number {
  if (noise.length === 0) return 0;
  const key = noise.join(',');
  let id = noiseIds.get(key);
  if (id === undefined) {
    id = noiseSequences.length;
    if (id > 255) throw new RangeError('more than 255 distinct noise sequences');
    noiseSequences.push(Object.freeze([...noise]));
    noiseIds.set(key, id);
  }
  return id;
}

const KIND_WORD = 0;
const KIND_NUMBER = 1;

/** One document's tokens in columns; see the file comment. Immutable once built. */
export class TokenList implements Iterable<Token> {
  /** Number of tokens. */
  readonly length: number;

  private constructor(
    /** The document text the spans index into. */
    readonly source: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly norms: Int32Array,
    private readonly kinds: Uint8Array,
    private readonly noises: Uint8Array,
  ) {
    this.length = starts.length;
  }

  /** A list of no tokens (of an empty text). */
  static readonly EMPTY: TokenList = new TokenList('', new Int32Array(0), new Int32Array(0), new Int32Array(0), new Uint8Array(0), new Uint8Array(0));

  /** The compact form of `tokens`, spans into `source` (each token's text must be its span of `source`). */
  static from(source: string, tokens: readonly Token[]): TokenList {
    const n = tokens.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const norms = new Int32Array(n);
    const kinds = new Uint8Array(n);
    const noises = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as Token;
      starts[i] = t.start;
      ends[i] = t.end;
      norms[i] = normIdOf(t.norm);
      kinds[i] = t.kind === 'number' ? KIND_NUMBER : KIND_WORD;
      noises[i] = noiseIdOf(t.noise);
    }
    return new TokenList(source, starts, ends, norms, kinds, noises);
  }

  /** True when `i` is the index of a token. */
  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  /**
   * True when tokens `i` of this list and `j` of `other` have one norm, or neither exists: what
   * `a[i]?.norm === b[j]?.norm` said of token arrays.
   */
  sameNorm(i: number, other: TokenList, j: number): boolean {
    const here = i >= 0 && i < this.length;
    const there = j >= 0 && j < other.length;
    return here === there && (!here || this.norms[i] === other.norms[j]);
  }

  /** True when token `i` of this list and token `j` of `other` have the same text (compared in place). */
  sameText(i: number, other: TokenList, j: number): boolean {
    const s = this.starts[i] as number;
    const length = (this.ends[i] as number) - s;
    const t = other.starts[j] as number;
    if ((other.ends[j] as number) - t !== length) return false;
    for (let k = 0; k < length; k++) if (this.source.charCodeAt(s + k) !== other.source.charCodeAt(t + k)) return false;
    return true;
  }

  /** Start (JS string index) of token `i`. */
  start(i: number): number {
    return this.starts[i] as number;
  }

  /** End (exclusive) of token `i`. */
  end(i: number): number {
    return this.ends[i] as number;
  }

  /** Project-wide id of token `i`'s norm: equal ids, equal norms. */
  normId(i: number): number {
    return this.norms[i] as number;
  }

  /** Token `i`'s matching key. */
  norm(i: number): string {
    return normStrings[this.norms[i] as number] as string;
  }

  /** Token `i`'s text, sliced from the document. */
  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  /** Token `i`'s kind. */
  kind(i: number): TokenKind {
    return this.kinds[i] === KIND_NUMBER ? 'number' : 'word';
  }

  /** True when token `i` is a number. */
  isNumber(i: number): boolean {
    return this.kinds[i] === KIND_NUMBER;
  }

  /** The normalizers that changed token `i` (a shared frozen array). */
  noise(i: number): readonly NoiseKind[] {
    return noiseSequences[this.noises[i] as number] as readonly NoiseKind[];
  }

  /** True when some normalizer changed token `i`. */
  hasNoise(i: number): boolean {
    return this.noises[i] !== 0;
  }

  /** A fresh {@link Token} view of token `i`, or undefined when `i` is out of range (no negative indices). */
  at(i: number): Token | undefined {
    if (!(i >= 0 && i < this.length)) return undefined;
    return { text: this.text(i), start: this.starts[i] as number, end: this.ends[i] as number, norm: this.norm(i), kind: this.kind(i), noise: this.noise(i) };
  }

  /** Views of tokens `[from, to)` (defaults and negative values as `Array.prototype.slice`). */
  slice(from = 0, to = this.length): Token[] {
    const s = from < 0 ? Math.max(0, this.length + from) : Math.min(from, this.length);
    const e = to < 0 ? Math.max(0, this.length + to) : Math.min(to, this.length);
    const out: Token[] = [];
    for (let i = s; i < e; i++) out.push(this.at(i) as Token);
    return out;
  }

  /** Every token as a view (cold code and tests). */
  toArray(): Token[] {
    return this.slice();
  }

  /** `fn` of every token view, as `Array.prototype.map`. */
  map<T>(fn: (token: Token, i: number) => T): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.length; i++) out.push(fn(this.at(i) as Token, i));
    return out;
  }

  /** The token views `fn` keeps, as `Array.prototype.filter`. */
  filter(fn: (token: Token, i: number) => boolean): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) {
      const t = this.at(i) as Token;
      if (fn(t, i)) out.push(t);
    }
    return out;
  }

  /** The index of the first token `fn` accepts, or -1, as `Array.prototype.findIndex`. */
  findIndex(fn: (token: Token, i: number) => boolean): number {
    for (let i = 0; i < this.length; i++) if (fn(this.at(i) as Token, i)) return i;
    return -1;
  }

  *[Symbol.iterator](): Iterator<Token> {
    for (let i = 0; i < this.length; i++) yield this.at(i) as Token;
  }
}
