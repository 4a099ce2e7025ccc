/**
 * Words split by stray spaces or line-end hyphens that the tokenizer could not repair (`I nter-⏎national`,
 * `Cr iminal`, `an y`). The aligner, comparing whole tokens, places such a split as fragments inserted beside
 * a fragment replacing the whole word, or as gaps around it; read op by op that is an omission plus a change
 * of wording where a reader sees the same word. This file finds, around every stretch of non-equal ops, the
 * token groups whose letters run together are the same on both sides and carves each out as one `replace`
 * op of its own, which `replaceDifferences` calls a split (ocr, info). Only the letter-equal part is carved:
 * a changed word next to a split keeps the op it had and stays a change.
 */
import type { AlignOp, TokenRange, WitnessView } from '../types';
import { ocrKey } from './ocr';

/** Most tokens one side of a split may have (`I nter- national`: a letter, a fragment, one more piece). */
const MAX_PARTS = 3;
/** Tokens of a neighbouring equal op a split may reach into (the aligner matched a fragment to a word). */
const EDGE = MAX_PARTS - 1;
/** Largest window (tokens of A × tokens of B) searched; longer runs are clauses, not splits. */
const MAX_CELLS = 4096;
/** Fewest letters a split word has: two one-letter tokens are two words, not one split. */
const MIN_LETTERS = 3;
/** What may stand between the pieces of one split word: spaces, line breaks, hyphens, soft hyphens. */
const SPLIT_GAP = /^[\s\u00AD\-‐‑]*$/u;

/**
 * The letters (and digits) of a run of text, OCR look-alikes folded, everything else dropped: the form in
 * which a split word and its whole agree (`I nter-⏎national` and `International` → `intemational`).
 */
export function letterKey(s: string): string {
  return ocrKey(s).replace(/[^\p{L}\p{N}]/gu, '');
}

const digitsOf = (s: string): string => s.replace(/[^\p{Nd}]/gu, '');

/** One side of a window: its tokens, and for each start the keys of groups of 1..MAX_PARTS tokens. */
interface Side {
  view: WitnessView;
  from: number;
  to: number;
  /** `keys[i][p - 1]`: key of tokens `from + i .. from + i + p`, or null when they cannot be one word. */
  keys: (string | null)[][];
}

/**
 * True when tokens `[from, to)` of `view` may be the pieces of one word: only spaces, line breaks or
 * hyphens between them (`in. Deed` is two words), and no figure among several pieces (`1 50` is a
 * figure's business, not a split word's).
 */
export function couldBeOneWord(view: WitnessView, from: number, to: number): boolean {
  const text = view.document.text;
  const tokens = view.tokens;
  for (let i = from + 1; i < to; i++) {
    if (!tokens.has(i - 1) || !tokens.has(i) || !SPLIT_GAP.test(text.slice(tokens.end(i - 1), tokens.start(i)))) return false;
  }
  if (to - from <= 1) return true;
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) if (tokens.isNumber(i)) return false;
  return true;
}

/** The digits of tokens `[from, to)` as the tokenizer read them (`counci1` has none: its `1` is a letter). */
export function groupDigits(view: WitnessView, from: number, to: number): string {
  const tokens = view.tokens;
  let digits = '';
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) digits += digitsOf(tokens.norm(i));
  return digits;
}

/**
 * The digits of a group must agree exactly: OCR folds `1` to `l`, and `15` / `l5` is no split. The digits
 * counted are those of the tokens' keys, so a digit the tokenizer already read as a letter inside a word
 * (`counci1`) is a letter here too.
 */
function groupKey(view: WitnessView, from: number, to: number): string | null {
  const text = view.document.text;
  const tokens = view.tokens;
  if (!tokens.has(from) || !tokens.has(to - 1) || !couldBeOneWord(view, from, to)) return null;
  const raw = text.slice(tokens.start(from), tokens.end(to - 1));
  const key = letterKey(raw);
  return key.length >= MIN_LETTERS ? `${key}\u0000${groupDigits(view, from, to)}` : null;
}

function sideOf(view: WitnessView, from: number, to: number): Side {
  const keys: (string | null)[][] = [];
  for (let i = from; i < to; i++) {
    const row: (string | null)[] = [];
    for (let p = 1; p <= MAX_PARTS && i + p <= to; p++) row.push(groupKey(view, i, i + p));
    keys.push(row);
  }
  return { view, from, to, keys };
}

/**
 * True when groups `i..i+p` of A and `j..j+q` of B are cut at different places: a group whose end pairs
 * are the same word, or whose tokens pair one to one (`intemational law` / `international law`), is not a
 * split but words beside one (those pairs are judged on their own).
 */
function cutDifferently(sa: Side, sb: Side, i: number, j: number, p: number, q: number): boolean {
  const ta = sa.view.tokens;
  const tb = sb.view.tokens;
  if (ta.sameNorm(sa.from + i, tb, sb.from + j) || ta.sameNorm(sa.from + i + p - 1, tb, sb.from + j + q - 1)) return false;
  if (p !== q) return true;
  for (let k = 0; k < p; k++) if (sa.keys[i + k]?.[0] !== sb.keys[j + k]?.[0]) return true;
  return false;
}

/** A step of the best path through a window: an equal token pair or a split group. */
interface Match {
  kind: 'equal' | 'split';
  a: TokenRange;
  b: TokenRange;
}

/**
 * The best monotone pairing of a window's tokens: equal norms pair one to one, groups of up to
 * {@link MAX_PARTS} tokens pair when their letter keys agree (one side having more than one token). Each
 * pairing scores the letters it covers, so a split is preferred to matching one of its fragments alone.
 */
function bestMatches(sa: Side, sb: Side): Match[] {
  const n = sa.to - sa.from;
  const m = sb.to - sb.from;
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  const move = new Int16Array((n + 1) * w); // 0 skip A, 1 skip B, else p * 8 + q (equal: 1 * 8 + 1)
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let best = -1;
      let how = 0;
      if (i < n) {
        best = score[(i + 1) * w + j] ?? 0;
        how = 0;
      }
      if (j < m && (score[i * w + j + 1] ?? 0) > best) {
        best = score[i * w + j + 1] ?? 0;
        how = 1;
      }
      const ta = sa.view.tokens;
      const tb = sb.view.tokens;
      const xi = sa.from + i;
      const yj = sb.from + j;
      if (i < n && j < m && ta.has(xi) && tb.has(yj) && ta.normId(xi) === tb.normId(yj)) {
        const s = 2 * ta.norm(xi).length + (score[(i + 1) * w + j + 1] ?? 0);
        if (s > best) [best, how] = [s, 9];
      }
      for (let p = 1; p <= MAX_PARTS && i + p <= n; p++) {
        const ka = sa.keys[i]?.[p - 1];
        if (ka === null || ka === undefined) continue;
        for (let q = 1; q <= MAX_PARTS && j + q <= m; q++) {
          if (p + q < 3 || sb.keys[j]?.[q - 1] !== ka || !cutDifferently(sa, sb, i, j, p, q)) continue;
          // Each token a group takes costs a little, so an equal pair beside a split is not grouped into it.
          const letters = ka.indexOf('\u0000');
          const s = 2 * letters - (p + q) + (score[(i + p) * w + j + q] ?? 0);
          if (s > best) [best, how] = [s, p * 8 + q];
        }
      }
      score[i * w + j] = best;
      move[i * w + j] = how;
    }
  }
  const out: Match[] = [];
  for (let i = 0, j = 0; i < n || j < m; ) {
    const how = move[i * w + j] ?? 0;
    if (how === 0) i++;
    else if (how === 1) j++;
    else {
      const p = how >> 3;
      const q = how & 7;
      const a = { from: sa.from + i, to: sa.from + i + p };
      const b = { from: sb.from + j, to: sb.from + j + q };
      out.push({ kind: how === 9 && p === 1 && q === 1 ? 'equal' : 'split', a, b });
      i += p;
      j += q;
    }
  }
  return out;
}

const clip = (r: TokenRange, from: number, to: number): number => Math.max(0, Math.min(r.to, to) - Math.max(r.from, from));

/**
 * The original ops restricted to the box `[a0, a1) × [b0, b1)` between two matches, in order: the aligner's
 * own reading of whatever is not a split (an op whose two sides fall in different boxes becomes a gap in
 * each). Empty sides sit at the running position.
 */
function project(ops: readonly AlignOp[], a0: number, a1: number, b0: number, b1: number): AlignOp[] {
  const out: AlignOp[] = [];
  let ca = a0;
  let cb = b0;
  for (const op of ops) {
    const na = clip(op.a, a0, a1);
    const nb = clip(op.b, b0, b1);
    if (na === 0 && nb === 0) continue;
    const kind: AlignOp['op'] = na > 0 && nb > 0 ? (op.op === 'equal' && na === nb ? 'equal' : 'replace') : na > 0 ? 'delete' : 'insert';
    out.push({ op: kind, a: { from: ca, to: ca + na }, b: { from: cb, to: cb + nb } });
    ca += na;
    cb += nb;
  }
  // Words on both sides between the same two anchors, none of them equal, stand for each other: one
  // substitution, not an omission beside an addition.
  const gapsOnly = out.every((op) => op.op === 'delete' || op.op === 'insert');
  if (gapsOnly && ca > a0 && cb > b0) return [{ op: 'replace', a: { from: a0, to: ca }, b: { from: b0, to: cb } }];
  return out;
}

/** The window's ops rebuilt around the matches: splits as their own `replace`, the rest projected. */
function rebuild(ops: readonly AlignOp[], matches: readonly Match[], a0: number, a1: number, b0: number, b1: number): AlignOp[] {
  const out: AlignOp[] = [];
  let ca = a0;
  let cb = b0;
  for (const mt of [...matches, { kind: 'equal' as const, a: { from: a1, to: a1 }, b: { from: b1, to: b1 } }]) {
    out.push(...project(ops, ca, mt.a.from, cb, mt.b.from));
    if (mt.a.to > mt.a.from) out.push({ op: mt.kind === 'equal' ? 'equal' : 'replace', a: { ...mt.a }, b: { ...mt.b } });
    ca = mt.a.to;
    cb = mt.b.to;
  }
  return out;
}

const isEqual = (op: AlignOp): boolean => op.op === 'equal' && op.a.to - op.a.from === op.b.to - op.b.from && op.a.to > op.a.from;

/** Splits equal ops so that at most {@link EDGE} tokens of each stand next to a non-equal op on its own. */
function sliceEdges(ops: readonly AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  ops.forEach((op, k) => {
    const len = op.a.to - op.a.from;
    if (!isEqual(op) || len <= EDGE) {
      out.push(op);
      return;
    }
    const before = k > 0 && !isEqual(ops[k - 1] as AlignOp) ? EDGE : 0;
    const after = k < ops.length - 1 && !isEqual(ops[k + 1] as AlignOp) ? EDGE : 0;
    const cuts = [...new Set([0, Math.min(before, len), Math.max(before, len - after), len])].sort((x, y) => x - y);
    for (let c = 1; c < cuts.length; c++) {
      const s = cuts[c - 1] as number;
      const e = cuts[c] as number;
      out.push({ op: 'equal', a: { from: op.a.from + s, to: op.a.from + e }, b: { from: op.b.from + s, to: op.b.from + e } });
    }
  });
  return out;
}

/** Joins neighbouring equal ops that touch on both sides back into one. */
function joinEquals(ops: readonly AlignOp[]): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    if (prev !== undefined && isEqual(prev) && isEqual(op) && prev.a.to === op.a.from && prev.b.to === op.b.from) {
      out[out.length - 1] = { op: 'equal', a: { from: prev.a.from, to: op.a.to }, b: { from: prev.b.from, to: op.b.to } };
    } else out.push(op);
  }
  return out;
}

/**
 * Carves split words out of the ops: every stretch of non-equal ops, with up to {@link EDGE} tokens of the
 * equal ops on either side (stretches that close meet share one window), is searched for token groups of
 * up to {@link MAX_PARTS} tokens a side, separated only by spaces, line breaks or hyphens, whose letters
 * (OCR look-alikes folded, digits exact) are the same on both sides. Each such group becomes one `replace`
 * op; what is left keeps the aligner's ops, cut to fit around it. Windows without a split, or too large to
 * search, come back unchanged. Ops must be contiguous (each starting where the previous ended).
 */
export function joinSplitWords(a: WitnessView, b: WitnessView, ops: readonly AlignOp[]): AlignOp[] {
  const sliced = sliceEdges(ops);
  const out: AlignOp[] = [];
  let k = 0;
  while (k < sliced.length) {
    // A window: edge-sized equal ops and non-equal ops, holding at least one non-equal op.
    let e = k;
    while (e < sliced.length && (!isEqual(sliced[e] as AlignOp) || (sliced[e] as AlignOp).a.to - (sliced[e] as AlignOp).a.from <= EDGE)) e++;
    const window = sliced.slice(k, e);
    if (window.length === 0) {
      out.push(sliced[k] as AlignOp);
      k++;
      continue;
    }
    k = e;
    const first = window[0] as AlignOp;
    const last = window[window.length - 1] as AlignOp;
    const [a0, a1, b0, b1] = [first.a.from, last.a.to, first.b.from, last.b.to];
    if (window.every(isEqual) || (a1 - a0) * (b1 - b0) > MAX_CELLS || a1 === a0 || b1 === b0) {
      out.push(...window);
      continue;
    }
    const matches = bestMatches(sideOf(a, a0, a1), sideOf(b, b0, b1));
    out.push(...(matches.some((mt) => mt.kind === 'split') ? rebuild(window, matches, a0, a1, b0, b1) : window));
  }
  return joinEquals(out);
}
