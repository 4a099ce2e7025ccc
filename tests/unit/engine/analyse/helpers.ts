/**
 * Test helpers for the analyse stage: witness views over plain strings, a plain LCS aligner over token norms
 * (a stand-in for the real aligner in shared/engine/align, so these tests do not depend on it), and spans
 * marked inline with ⟦ ⟧ so each case states its expected offsets where a reader can see them.
 */
import type { Attribution } from '../../../../shared/model';
import type { AlignOp, Token, TokenRange, WitnessView } from '../../../../shared/engine/types';
import { TokenList } from '../../../../shared/engine/token-list';
import { tokenize } from '../../../../shared/engine/tokenize';

/** A text with one span marked as `⟦…⟧` (or `⟦⟧` for a zero-width position): the text and the span. */
export interface Marked {
  text: string;
  start: number;
  end: number;
}

/** Strips the ⟦ ⟧ marks of `marked`; the span they enclosed is what the test expects to be reported. */
export function unmark(marked: string): Marked {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧');
  if (start < 0 || end < start) throw new Error(`no ⟦span⟧ in ${JSON.stringify(marked)}`);
  return { text: marked.replace('⟦', '').replace('⟧', ''), start, end: end - 1 };
}

/**
 * A witness over the whole of `text` (or `[start, end)` of it), tokenized with the engine's tokenizer, or
 * over the `tokens` given (for noise marks the tokenizer may not set yet).
 */
export function viewOf(
  text: string,
  options: { id?: string; start?: number; end?: number; tokens?: Token[] | TokenList; attribution?: Attribution } = {},
): WitnessView {
  const given = options.tokens;
  const tokens = given instanceof TokenList ? given : given ? TokenList.from(text, given) : tokenize(text);
  const start = options.start ?? 0;
  const end = options.end ?? text.length;
  const from = tokens.findIndex((t) => t.start >= start);
  let to = tokens.findIndex((t) => t.end > end);
  if (to < 0) to = tokens.length;
  const id = options.id ?? 'doc';
  return {
    document: { id, path: `${id}.txt`, title: id, text, sha256: '0'.repeat(64) },
    tokens,
    passage: { document: id, tokens: { from: from < 0 ? tokens.length : from, to }, start, end },
    attribution: options.attribution ?? {},
  };
}

/**
 * A plain longest-common-subsequence alignment of two token ranges over their norms, as ops: matched runs
 * are `equal`, unmatched stretches between them `replace` when both sides have tokens, else `delete` /
 * `insert`. Quadratic; fine for passages of a few hundred tokens.
 */
export function lcsOps(a: TokenList, ra: TokenRange, b: TokenList, rb: TokenRange): AlignOp[] {
  const n = ra.to - ra.from;
  const m = rb.to - rb.from;
  const w = m + 1;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a.at(ra.from + i)?.norm === b.at(rb.from + j)?.norm
        ? (dp[(i + 1) * w + j + 1] ?? 0) + 1
        : Math.max(dp[(i + 1) * w + j] ?? 0, dp[i * w + j + 1] ?? 0);
    }
  }
  const ops: AlignOp[] = [];
  const push = (op: AlignOp['op'], af: number, at: number, bf: number, bt: number): void => {
    const last = ops[ops.length - 1];
    if (last !== undefined && last.op === op && last.a.to === af && last.b.to === bf) {
      last.a.to = at;
      last.b.to = bt;
    } else ops.push({ op, a: { from: af, to: at }, b: { from: bf, to: bt } });
  };
  let i = 0;
  let j = 0;
  let ga = 0; // start of the unmatched stretch on each side
  let gb = 0;
  const flush = (): void => {
    if (ga < i || gb < j) push(ga < i && gb < j ? 'replace' : ga < i ? 'delete' : 'insert', ra.from + ga, ra.from + i, rb.from + gb, rb.from + j);
  };
  while (i < n && j < m) {
    if (a.at(ra.from + i)?.norm === b.at(rb.from + j)?.norm) {
      flush();
      push('equal', ra.from + i, ra.from + i + 1, rb.from + j, rb.from + j + 1);
      i++;
      j++;
      ga = i;
      gb = j;
    } else if ((dp[(i + 1) * w + j] ?? 0) >= (dp[i * w + j + 1] ?? 0)) i++;
    else j++;
  }
  i = n;
  j = m;
  flush();
  return ops;
}

/** The LCS ops between the passages of two views. */
export function alignViews(a: WitnessView, b: WitnessView): AlignOp[] {
  return lcsOps(a.tokens, a.passage.tokens, b.tokens, b.passage.tokens);
}

/** A hand-made token over `text` at `start`, for cases that need noise marks or norms set by hand. */
export function tokenAt(text: string, word: string, from: number, norm: string, noise: Token['noise'] = []): Token {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`${word} not in text after ${from}`);
  return { text: word, start, end: start + word.length, norm, kind: /^\d/.test(word) ? 'number' : 'word', noise };
}
