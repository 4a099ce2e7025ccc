/**
 * Global alignment of two short token ranges (Needleman–Wunsch with Gotoh's affine gaps), for what the
 * local aligner leaves out: the stretch between two passages of one pair (both ends fixed) and the text
 * after a passage up to where the witnesses' sections end (start fixed, end free: the shorter side may stop
 * anywhere). The local aligner stops where changed words outweigh matching ones; here every token is
 * placed, and the caller decides from the exact runs found whether the stretch belongs to the passage.
 * Bounded: ranges over {@link MAX_GLOBAL_CELLS} cells are not aligned.
 */
import type { AlignOp, TokenRange } from '../types';
import { nearlyEqual } from './local-alignment';
import { grownTo, MAX_COMPARED_WORD, WORDS } from './word-table';
import type { TokenList } from '../token-list';

/** Most cells (tokens × tokens) one global alignment may fill: 200 × 400. */
export const MAX_GLOBAL_CELLS = 80_000;

/**
 * Scores: a changed word costs less than in local alignment (−1), because here the question is not
 * whether two stretches belong together but how their words correspond; a gap opens at −3 and extends at
 * −0.3 per token, so a missing sentence is one gap, not a scatter of mismatches.
 */
const SCORE = { match: 2, ocr: 1, similar: 0, mismatch: -1, gapOpen: -3, gapExtend: -0.3 } as const;

type Dir = 0 | 1 | 2;
const DIAG: Dir = 0;
const UP: Dir = 1; // a token of A only
const LEFT: Dir = 2; // a token of B only

// Verdict codes of two unequal words (0: not yet asked), and the score of each.
const OCR = 1;
const SIMILAR = 2;
const MISMATCH = 3;
const VALUES = [0, SCORE.ocr, SCORE.similar, SCORE.mismatch] as const;

/** The verdict on two unequal words, given their process-wide ids ({@link WORDS}). */
function pairCode(gx: number, gy: number): number {
  const lx = WORDS.lens[gx] as number;
  const ly = WORDS.lens[gy] as number;
  if (lx <= MAX_COMPARED_WORD && ly <= MAX_COMPARED_WORD) {
    if (lx >= 3 && ly >= 3 && WORDS.ocrIds[gx] === WORDS.ocrIds[gy]) return OCR;
    if (nearlyEqual(WORDS.words[gx] as string, WORDS.words[gy] as string)) return SIMILAR;
  }
  return MISMATCH;
}

/** Largest verdict table (distinct words squared) kept per alignment; beyond it every pair is judged afresh. */
const MAX_VERDICT_TABLE = 1 << 20;

/**
 * The matrices and key buffers, reused by every call (they were allocated per call: six arrays of up to
 * {@link MAX_GLOBAL_CELLS} cells each). Every cell read is written first in the same call.
 */
const buffers = {
  H: new Float64Array(0),
  E: new Float64Array(0),
  F: new Float64Array(0),
  from: new Uint8Array(0),
  eExt: new Uint8Array(0),
  fExt: new Uint8Array(0),
  verdicts: new Uint8Array(0),
  local: new Int32Array(0),
  ka: new Int32Array(0),
  kb: new Int32Array(0),
};

/** Makes every matrix of {@link buffers} hold at least `cells` cells. */
function reserve(cells: number): void {
  if (buffers.H.length >= cells) return;
  const size = Math.max(cells, 2 * buffers.H.length);
  buffers.H = new Float64Array(size);
  buffers.E = new Float64Array(size);
  buffers.F = new Float64Array(size);
  buffers.from = new Uint8Array(size);
  buffers.eExt = new Uint8Array(size);
  buffers.fExt = new Uint8Array(size);
}

/**
 * Aligns `a[ra]` with `b[rb]` from their starts. With `freeEnd`, the alignment ends where it scores best
 * once one side is used up (the other side's rest is left out, not charged); without it both sides are
 * aligned to their ends. `reversed` aligns from the ends backwards (for text before a passage) and returns
 * ops in forward order. Returns the ops (ranges in document token indices) and the ranges they cover, or
 * null when the ranges are empty or too large.
 */
export function alignGlobal(a: TokenList, ra: TokenRange, b: TokenList, rb: TokenRange, options: { freeEnd: boolean; reversed?: boolean }): { a: TokenRange; b: TokenRange; ops: AlignOp[] } | null {
  const la = ra.to - ra.from;
  const lb = rb.to - rb.from;
  if (la <= 0 || lb <= 0 || la * lb > MAX_GLOBAL_CELLS) return null;
  const rev = options.reversed === true;
  // Keys once per alignment, not once per cell: window-local word ids, whose verdicts are memoized.
  buffers.local = grownTo(buffers.local, la + lb);
  buffers.ka = grownTo(buffers.ka, la);
  buffers.kb = grownTo(buffers.kb, lb);
  const { local, ka, kb } = buffers;
  WORDS.beginWindow(la + lb);
  for (let i = 0; i < la; i++) ka[i] = WORDS.localId(a.norm(rev ? ra.to - 1 - i : ra.from + i), local);
  for (let j = 0; j < lb; j++) kb[j] = WORDS.localId(b.norm(rev ? rb.to - 1 - j : rb.from + j), local);
  const keys = WORDS.windowSize;
  let table: Uint8Array | null = null;
  if (keys * keys <= MAX_VERDICT_TABLE) {
    if (buffers.verdicts.length < keys * keys) buffers.verdicts = new Uint8Array(Math.max(keys * keys, 2 * buffers.verdicts.length));
    table = buffers.verdicts;
    table.fill(0, 0, keys * keys);
  }
  const w = lb + 1;
  reserve((la + 1) * w);
  // H: best ending in a pair or any state; E: ending with a gap in A's direction (LEFT); F: UP.
  const { H, E, F, from, eExt, fExt } = buffers;
  const { gapOpen, gapExtend, match } = SCORE;
  // The border the recurrences read before writing: H at the origin, E down column 0, F along row 0.
  H[0] = 0;
  for (let i = 0; i <= la; i++) E[i * w] = -Infinity;
  for (let j = 0; j <= lb; j++) F[j] = -Infinity;
  for (let j = 1; j <= lb; j++) {
    E[j] = gapOpen + (j - 1) * gapExtend;
    eExt[j] = j > 1 ? 1 : 0;
    H[j] = E[j] as number;
    from[j] = LEFT;
  }
  for (let i = 1; i <= la; i++) {
    const k = i * w;
    F[k] = gapOpen + (i - 1) * gapExtend;
    fExt[k] = i > 1 ? 1 : 0;
    H[k] = F[k] as number;
    from[k] = UP;
    const x = ka[i - 1] as number;
    const row = x * keys;
    for (let j = 1; j <= lb; j++) {
      const c = k + j;
      const eo = (H[c - 1] as number) + gapOpen;
      const ee = (E[c - 1] as number) + gapExtend;
      E[c] = ee > eo ? ee : eo;
      eExt[c] = ee > eo ? 1 : 0;
      const fo = (H[c - w] as number) + gapOpen;
      const fe = (F[c - w] as number) + gapExtend;
      F[c] = fe > fo ? fe : fo;
      fExt[c] = fe > fo ? 1 : 0;
      const y = kb[j - 1] as number;
      let pair: number;
      if (x === y) pair = match;
      else if (table !== null) {
        let code = table[row + y] as number;
        if (code === 0) table[row + y] = code = pairCode(local[x] as number, local[y] as number);
        pair = VALUES[code] as number;
      } else pair = VALUES[pairCode(local[x] as number, local[y] as number)] as number;
      const d = (H[c - w - 1] as number) + pair;
      let h = d;
      let dir: Dir = DIAG;
      if ((F[c] as number) > h) { h = F[c] as number; dir = UP; }
      if ((E[c] as number) > h) { h = E[c] as number; dir = LEFT; }
      H[c] = h;
      from[c] = dir;
    }
  }
  let ei = la;
  let ej = lb;
  if (options.freeEnd) {
    let best = -Infinity;
    for (let j = 0; j <= lb; j++) if ((H[la * w + j] as number) > best) { best = H[la * w + j] as number; ei = la; ej = j; }
    for (let i = 0; i <= la; i++) if ((H[i * w + lb] as number) > best) { best = H[i * w + lb] as number; ei = i; ej = lb; }
  }
  const moves = traceback(from, eExt, fExt, ei, ej, w);
  return toOps(a, b, moves, ra, rb, rev, ei, ej);
}

/** Moves from the origin to `(i, j)`, in forward order. */
function traceback(from: Uint8Array, eExt: Uint8Array, fExt: Uint8Array, ei: number, ej: number, w: number): Dir[] {
  const moves: Dir[] = [];
  let i = ei;
  let j = ej;
  let state: 'H' | 'E' | 'F' = 'H';
  while (i > 0 || j > 0) {
    const c = i * w + j;
    if (state === 'H') {
      const dir = (i === 0 ? LEFT : j === 0 ? UP : from[c]) as Dir;
      if (dir === DIAG) {
        moves.push(DIAG);
        i--;
        j--;
      } else state = dir === UP ? 'F' : 'E';
    } else if (state === 'E') {
      moves.push(LEFT);
      const ext = eExt[c] === 1 && j > 1;
      j--;
      if (!ext) state = 'H';
    } else {
      moves.push(UP);
      const ext = fExt[c] === 1 && i > 1;
      i--;
      if (!ext) state = 'H';
    }
  }
  return moves.reverse();
}

/** Document-index ops from moves, in reading order (turned round when the alignment ran backwards). */
function toOps(a: TokenList, b: TokenList, moves: readonly Dir[], ra: TokenRange, rb: TokenRange, rev: boolean, ei: number, ej: number): { a: TokenRange; b: TokenRange; ops: AlignOp[] } {
  const steps: { a: number; b: number }[] = [];
  let i = 0;
  let j = 0;
  for (const m of moves) {
    steps.push({ a: m === LEFT ? -1 : rev ? ra.to - 1 - i : ra.from + i, b: m === UP ? -1 : rev ? rb.to - 1 - j : rb.from + j });
    if (m !== LEFT) i++;
    if (m !== UP) j++;
  }
  if (rev) steps.reverse();
  const covered = {
    a: rev ? { from: ra.to - ei, to: ra.to } : { from: ra.from, to: ra.from + ei },
    b: rev ? { from: rb.to - ej, to: rb.to } : { from: rb.from, to: rb.from + ej },
  };
  const ops: AlignOp[] = [];
  let nextA = covered.a.from;
  let nextB = covered.b.from;
  for (const s of steps) {
    const kind: AlignOp['op'] = s.a < 0 ? 'insert' : s.b < 0 ? 'delete' : a.norm(s.a) === b.norm(s.b) ? 'equal' : 'replace';
    if (s.a >= 0) nextA = s.a + 1;
    if (s.b >= 0) nextB = s.b + 1;
    const last = ops[ops.length - 1];
    if (last && last.op === kind) {
      last.a.to = nextA;
      last.b.to = nextB;
    } else ops.push({ op: kind, a: { from: s.a < 0 ? nextA : s.a, to: nextA }, b: { from: s.b < 0 ? nextB : s.b, to: nextB } });
  }
  return { ...covered, ops };
}
