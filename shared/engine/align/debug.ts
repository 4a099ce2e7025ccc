/**
 * Alignment written out for reading (CONVENTIONS: intermediate results are inspectable); the whole-check
 * dump that uses it is `inspectCheck` in `../inspect.ts`, beside the pipeline it runs.
 */
import type { AlignOp, TokenRange } from '../types';
import type { TokenList } from '../token-list';

/** One alignment written out: `=` equal, `~` replace (`a→b`), `-` only in A, `+` only in B. */
export function formatOps(a: TokenList, b: TokenList, ops: readonly AlignOp[]): string {
  const words = (t: TokenList, r: TokenRange) => t.slice(r.from, r.to).map((x) => x.text).join(' ');
  return ops
    .map((op) => {
      if (op.op === 'equal') return `= ${words(a, op.a)}`;
      if (op.op === 'replace') return `~ [${words(a, op.a)} → ${words(b, op.b)}]`;
      if (op.op === 'delete') return `- [${words(a, op.a)}]`;
      return `+ [${words(b, op.b)}]`;
    })
    .join('\n');
}
