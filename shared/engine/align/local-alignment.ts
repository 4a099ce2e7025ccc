/**
 * Token-level local alignment (Smith–Waterman with Gotoh's affine gaps), banded so a long region costs
 * length × band, not length². It is one implementation of the `Aligner` interface; callers hand it windows
 * around seed chains, never whole documents.
 */
import type { AlignOp, Aligner, TokenRange } from '../types';
import { grownTo, MAX_COMPARED_WORD, WORDS } from './word-table';
import type { TokenList } from '../token-list';

/** Scores of the local alignment; see {@link DEFAULT_SCORING} for why each value. */
export interface Scoring {
  /** Same `norm`. */
  match: number;
  /** Not equal but nearly (one or two letters apart: a variant spelling, damage no rule explains). */
  similar: number;
  /** Equal but for OCR damage (`storrn` / `storm`, `c1ear` / `clear`, look-alike letters): as good as equal. */
  ocr: number;
  /** Any other substitution. */
  mismatch: number;
  /** Cost of the first token of a gap (negative). */
  gapOpen: number;
  /** Cost of each further gap token (negative). */
  gapExtend: number;
}

/**
 * Match +2, mismatch −2, gap open −3, extend −0.3; a near-equal word (OCR damage, a variant spelling)
 * scores 0 — far better than a mismatch inside a passage, but never a reason to extend one past its
 * ends, where chance look-alikes in the surrounding text would otherwise be pulled in. A changed word costs what a matching word earns, so
 * substitutions never break an alignment, yet one inserted token (a line number, a gloss) is cheaper as a
 * gap than as a shifted run of mismatches (`made 15 by citizens` / `made by citizens`). A dropped clause of
 * 10 tokens costs ~6 (three matching words pay it back), a 45-token damaged-scan hole ~16; a gap into
 * unrelated text is never worth it for the odd `the` matching on the far side. Two words equal but for OCR
 * damage (the shapes of `ocrKey`) score +1: almost surely one word, yet too weak to carry an alignment alone.
 */
export const DEFAULT_SCORING: Readonly<Scoring> = { match: 2, similar: 0, ocr: 1, mismatch: -2, gapOpen: -3, gapExtend: -0.3 };

/** Options of a {@link LocalAligner}. */
export interface LocalAlignerOptions {
  scoring?: Partial<Scoring>;
  /**
   * Half-width of the band, in diagonals, beyond the straight drift between the two windows' lengths. The
   * caller's windows start at corresponding points, so the true path wanders from the straight line by no
   * more than the largest unbalanced gap; 32 covers a dropped clause or a damaged-scan hole, while keeping
   * a 100-token passage at ~7 000 cells instead of 12 000.
   */
  band?: number;
  /** Windows with at most this many cells (100 × 100) are aligned in full (no band): small and exact. */
  fullCells?: number;
  /** Best-cell scores below this are no alignment (null). */
  minScore?: number;
}

/**
 * Token keys of both windows as small integers (dense per alignment, for the verdict table), the match
 * score, and what scoring two unequal keys needs. The fill reads these directly: no call per cell.
 */
interface Scorer {
  ka: Int32Array;
  kb: Int32Array;
  /** Distinct keys of the two windows. */
  width: number;
  /** Per local key: its length (the cheap filter before any verdict). */
  lens: Int32Array;
  /** Verdicts per key pair `x * width + y` (0: not yet asked), or null when the windows hold too many words. */
  table: Uint8Array | null;
  /** Score per verdict code: 1 mismatch, 2 similar, 3 OCR damage. */
  values: Float64Array;
  /** The score of two unequal local keys, memoized (the slow path of a cell). */
  unequal: (x: number, y: number) => number;
}

/** One traceback step: both tokens (M), only A's (D), only B's (I). */
type Move = 0 | 1 | 2;
const M: Move = 0;
const D: Move = 1;
const I: Move = 2;

// Trace byte: bits 0-1 where H came from (0 stop, 1 diagonal, 2 E, 3 F); bit 2 E extended; bit 3 F
// extended; bit 4 the diagonal starts the alignment (its predecessor scored 0 or lay outside the band).
const SRC_DIAG = 1;
const SRC_E = 2;
const SRC_F = 3;
const E_EXT = 4;
const F_EXT = 8;
const START = 16;

export { MAX_COMPARED_WORD } from './word-table';

/** Largest verdict table kept per alignment (distinct words squared): 8 MB; windows with more words use a Map. */
const MAX_VERDICT_TABLE = 1 << 20;

/** Edit-distance rows reused by every call: no allocation per call. */
let rowA = new Int32Array(MAX_COMPARED_WORD + 1);
let rowB = new Int32Array(MAX_COMPARED_WORD + 1);

/**
 * True when two unequal keys are nearly the same word: same length ±2, edit distance ≤ 1 (≤ 2 from 8
 * letters). Words shorter than 4 or longer than {@link MAX_COMPARED_WORD} never are: work is bounded by
 * `MAX_COMPARED_WORD²` per call, and the two rows it needs are reused.
 */
export function nearlyEqual(x: string, y: string): boolean {
  const lx = x.length;
  const ly = y.length;
  if (lx < 4 || ly < 4 || Math.abs(lx - ly) > 2 || lx > MAX_COMPARED_WORD || ly > MAX_COMPARED_WORD) return false;
  const budget = Math.max(lx, ly) >= 8 ? 2 : 1;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= ly; j++) prev[j] = j;
  for (let i = 1; i <= lx; i++) {
    cur[0] = i;
    let rowMin = i;
    const cx = x.charCodeAt(i - 1);
    let left = i;
    let diag = prev[0] as number;
    for (let j = 1; j <= ly; j++) {
      const up = prev[j] as number;
      let v = diag + (cx === y.charCodeAt(j - 1) ? 0 : 1);
      if (up + 1 < v) v = up + 1;
      if (left + 1 < v) v = left + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
      left = v;
      diag = up;
    }
    if (rowMin > budget) return false;
    const t = prev;
    prev = cur;
    cur = t;
  }
  rowA = prev;
  rowB = cur;
  return (prev[ly] as number) <= budget;
}

/** The local aligner: banded affine-gap Smith–Waterman over token `norm`s. */
export class LocalAligner implements Aligner {
  /** Identifies the algorithm in debug dumps. */
  readonly name = 'smith-waterman-affine-banded';
  private readonly s: Scoring;
  private readonly band: number;
  private readonly fullCells: number;
  private readonly minScore: number;
  private readonly scratch = new Scratch();

  /** @param options scoring and band; defaults are {@link DEFAULT_SCORING}, band 32, 10 000 full cells. */
  constructor(options: LocalAlignerOptions = {}) {
    this.s = { ...DEFAULT_SCORING, ...options.scoring };
    this.band = options.band ?? 32;
    this.fullCells = options.fullCells ?? 10_000;
    this.minScore = options.minScore ?? 4 * this.s.match;
  }

  /**
   * The best local alignment of `a[ra]` with `b[rb]`: the sub-ranges it covers, its ops (always starting
   * and ending with an `equal` or `replace`), and its score; null when no alignment scores `minScore`.
   */
  align(a: TokenList, ra: TokenRange, b: TokenList, rb: TokenRange): { a: TokenRange; b: TokenRange; ops: AlignOp[]; score: number } | null {
    const fa = Math.max(0, ra.from);
    const fb = Math.max(0, rb.from);
    const la = Math.min(a.length, ra.to) - fa;
    const lb = Math.min(b.length, rb.to) - fb;
    if (la <= 0 || lb <= 0) return null;
    const score = this.scorer(a, fa, la, b, fb, lb);
    const full = la * lb <= this.fullCells;
    const dmin = full ? -la : Math.min(0, lb - la) - this.band;
    const dmax = full ? lb : Math.max(0, lb - la) + this.band;
    const width = dmax - dmin + 1;
    const { trace, best, bi, bj } = this.fill(la, lb, dmin, dmax, width, score);
    if (best < this.minScore) return null;
    const moves = traceback(trace, bi, bj, dmin, width);
    return toResult(moves, a, fa, b, fb, bi, bj, best);
  }

  /**
   * Score of aligning token i of the A window with token j of the B window (0-based). Keys become small
   * integers first (through the process-wide word ids of {@link Words}, so a word's facts and OCR key are
   * computed once per process, not once per alignment), and the near-equality verdict is memoized per key
   * pair: the DP asks about the same word pairs many times, and the edit distance is the costly part of a cell.
   */
  private scorer(a: TokenList, fa: number, la: number, b: TokenList, fb: number, lb: number): Scorer {
    const scratch = this.scratch;
    const local = scratch.local(la + lb);
    const ka = scratch.keysA(la);
    const kb = scratch.keysB(lb);
    WORDS.beginWindow(la + lb);
    for (let i = 0; i < la; i++) ka[i] = WORDS.localId(a.norm(fa + i), local);
    for (let j = 0; j < lb; j++) kb[j] = WORDS.localId(b.norm(fb + j), local);
    const width = WORDS.windowSize;
    const lens = scratch.lens(width);
    for (let k = 0; k < width; k++) lens[k] = WORDS.lens[local[k] as number] as number;
    const { similar, mismatch, ocr } = this.s;
    const values = scratch.values(mismatch, similar, ocr);
    const verdictCode = (x: number, y: number): number => {
      const gx = local[x] as number;
      const gy = local[y] as number;
      if (WORDS.ocrIds[gx] === WORDS.ocrIds[gy]) return 3;
      if (WORDS.firsts[gx] !== WORDS.firsts[gy] && WORDS.lasts[gx] !== WORDS.lasts[gy]) return 1;
      return nearlyEqual(WORDS.words[gx] as string, WORDS.words[gy] as string) ? 2 : 1;
    };
    if (width * width <= MAX_VERDICT_TABLE) {
      // Verdict codes per key pair in a reused table (0: not yet asked): most cells compare two unequal
      // words, and a hash lookup per cell was a third of the fill.
      const table = scratch.verdicts(width * width);
      const unequal = (x: number, y: number): number => {
        const key = x * width + y;
        let v = table[key] as number;
        if (v === 0) table[key] = v = verdictCode(x, y);
        return values[v] as number;
      };
      return { ka, kb, width, lens, table, values, unequal };
    }
    const memo = new Map<number, number>();
    const unequal = (x: number, y: number): number => {
      const key = x * width + y;
      let v = memo.get(key);
      if (v === undefined) memo.set(key, (v = verdictCode(x, y)));
      return values[v] as number;
    };
    return { ka, kb, width, lens, table: null, values, unequal };
  }

  /**
   * Fills the banded Gotoh matrices row by row, keeping only trace bytes and two rows of scores. Cells
   * outside the band score 0 (H) and −∞ (F); rather than testing every cell for that, the one cell left of
   * a row's band and the one right of it are written as such (the band's edges move by at most one per row).
   */
  private fill(la: number, lb: number, dmin: number, dmax: number, width: number, score: Scorer) {
    const { gapOpen, gapExtend, match, mismatch } = this.s;
    const { ka, kb, lens, table, values, unequal } = score;
    const keys = score.width;
    const trace = this.scratch.trace((la + 1) * width);
    let [hPrev, hCur, fPrev, fCur] = this.scratch.rows(lb + 2);
    hPrev.fill(0, 0, lb + 2);
    fPrev.fill(-Infinity, 0, lb + 2);
    let best = 0;
    let bi = 0;
    let bj = 0;
    for (let i = 1; i <= la; i++) {
      const lo = Math.max(1, i + dmin);
      const hi = Math.min(lb, i + dmax);
      if (lo > hi) break;
      hCur[lo - 1] = 0;
      const x = ka[i - 1] as number;
      const lx = lens[x] as number;
      const shortX = lx < 3;
      const tableRow = x * keys;
      const traceRow = i * width - i - dmin;
      let e = -Infinity;
      let diagPrev = hPrev[lo - 1] as number;
      for (let j = lo; j <= hi; j++) {
        const eOpen = (hCur[j - 1] as number) + gapOpen;
        const eExt = e + gapExtend;
        let bits = 0;
        if (eExt > eOpen) { e = eExt; bits |= E_EXT; } else e = eOpen;
        const up = hPrev[j] as number;
        const fOpen = up + gapOpen;
        const fExt = (fPrev[j] as number) + gapExtend;
        let f = fOpen;
        if (fExt > fOpen) { f = fExt; bits |= F_EXT; }
        const y = kb[j - 1] as number;
        let cell: number;
        if (x === y) cell = match;
        else {
          const ly = lens[y] as number;
          if (shortX || ly < 3 || lx - ly > 2 || ly - lx > 2) cell = mismatch;
          else if (table !== null) {
            const code = table[tableRow + y] as number;
            cell = code === 0 ? unequal(x, y) : (values[code] as number);
          } else cell = unequal(x, y);
        }
        const d = diagPrev + cell;
        let h = 0;
        if (d > 0) { h = d; bits |= SRC_DIAG | (diagPrev <= 0 ? START : 0); }
        if (f > h) { h = f; bits = (bits & ~(3 | START)) | SRC_F; }
        if (e > h) { h = e; bits = (bits & ~(3 | START)) | SRC_E; }
        hCur[j] = h;
        fCur[j] = f;
        trace[traceRow + j] = bits;
        if (h > best) { best = h; bi = i; bj = j; }
        diagPrev = up;
      }
      hCur[hi + 1] = 0;
      fCur[hi + 1] = -Infinity;
      [hPrev, hCur] = [hCur, hPrev];
      [fPrev, fCur] = [fCur, fPrev];
    }
    return { trace, best, bi, bj };
  }
}

/**
 * Buffers reused from one alignment to the next. Thousands of alignments each allocating fresh typed
 * arrays make V8 run full collections over the whole heap (which at 100x the corpus holds a gigabyte of
 * tokens); growing a few buffers once avoids that. Every cell read is written first in the same call.
 */
class Scratch {
  private traceBuf = new Uint8Array(0);
  private rowBufs: Float64Array[] = [];
  private verdictBuf = new Uint8Array(0);
  private localBuf = new Int32Array(0);
  private keysABuf = new Int32Array(0);
  private keysBBuf = new Int32Array(0);
  private lensBuf = new Int32Array(0);
  private readonly valueBuf = new Float64Array(4);

  /** A trace buffer of at least `size` bytes (its first `size` bytes are overwritten as they are read). */
  trace(size: number): Uint8Array {
    if (this.traceBuf.length < size) this.traceBuf = new Uint8Array(Math.max(size, 2 * this.traceBuf.length));
    return this.traceBuf;
  }

  /** A verdict table of `size` entries, all 0 (unknown). */
  verdicts(size: number): Uint8Array {
    if (this.verdictBuf.length < size) this.verdictBuf = new Uint8Array(Math.max(size, 2 * this.verdictBuf.length));
    const table = this.verdictBuf.subarray(0, size);
    table.fill(0);
    return table;
  }

  /** Room for the global ids of a window's distinct keys. */
  local(size: number): Int32Array {
    return (this.localBuf = grownTo(this.localBuf, size));
  }

  /** Room for the local keys of window A. */
  keysA(size: number): Int32Array {
    return (this.keysABuf = grownTo(this.keysABuf, size));
  }

  /** Room for the local keys of window B. */
  keysB(size: number): Int32Array {
    return (this.keysBBuf = grownTo(this.keysBBuf, size));
  }

  /** Room for the lengths of a window's distinct keys. */
  lens(size: number): Int32Array {
    return (this.lensBuf = grownTo(this.lensBuf, size));
  }

  /** The score of each verdict code (index 0 unused). */
  values(mismatch: number, similar: number, ocr: number): Float64Array {
    this.valueBuf[1] = mismatch;
    this.valueBuf[2] = similar;
    this.valueBuf[3] = ocr;
    return this.valueBuf;
  }

  /** Four score rows of at least `size` entries: H and F of the previous and the current row. */
  rows(size: number): [Float64Array, Float64Array, Float64Array, Float64Array] {
    if ((this.rowBufs[0]?.length ?? 0) < size) this.rowBufs = Array.from({ length: 4 }, () => new Float64Array(Math.max(size, 2 * (this.rowBufs[0]?.length ?? 0))));
    return this.rowBufs as [Float64Array, Float64Array, Float64Array, Float64Array];
  }
}

/** Walks the trace back from the best cell to where the alignment starts; moves come out in forward order. */
function traceback(trace: Uint8Array, bi: number, bj: number, dmin: number, width: number): Move[] {
  const moves: Move[] = [];
  let i = bi;
  let j = bj;
  let state: 'H' | 'E' | 'F' = 'H';
  while (i > 0 && j > 0) {
    const t = trace[i * width + (j - i - dmin)] as number;
    if (state === 'H') {
      const src = t & 3;
      if (src === SRC_DIAG) {
        moves.push(M);
        i--;
        j--;
        if (t & START) break;
      } else if (src === SRC_E) state = 'E';
      else if (src === SRC_F) state = 'F';
      else break;
    } else if (state === 'E') {
      moves.push(I);
      j--;
      if (!(t & E_EXT)) state = 'H';
    } else {
      moves.push(D);
      i--;
      if (!(t & F_EXT)) state = 'H';
    }
  }
  return moves.reverse();
}

/** Turns moves into ops with document token indices, merging runs of the same kind. */
function toResult(moves: readonly Move[], a: TokenList, fa: number, b: TokenList, fb: number, bi: number, bj: number, score: number) {
  let ia = fa + bi;
  let ib = fb + bj;
  for (const m of moves) {
    if (m !== I) ia--;
    if (m !== D) ib--;
  }
  const start = { a: ia, b: ib };
  const ops: AlignOp[] = [];
  for (const m of moves) {
    const op: AlignOp['op'] = m === D ? 'delete' : m === I ? 'insert' : a.sameNorm(ia, b, ib) ? 'equal' : 'replace';
    const na = m === I ? ia : ia + 1;
    const nb = m === D ? ib : ib + 1;
    const last = ops[ops.length - 1];
    if (last && last.op === op) {
      last.a.to = na;
      last.b.to = nb;
    } else {
      ops.push({ op, a: { from: ia, to: na }, b: { from: ib, to: nb } });
    }
    ia = na;
    ib = nb;
  }
  return { a: { from: start.a, to: ia }, b: { from: start.b, to: ib }, ops, score };
}

/** Number of tokens an alignment matched exactly (`equal` ops, counted on side A). */
export function matchedTokens(ops: readonly AlignOp[]): number {
  let n = 0;
  for (const op of ops) if (op.op === 'equal') n += op.a.to - op.a.from;
  return n;
}
