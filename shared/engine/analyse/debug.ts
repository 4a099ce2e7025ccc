/**
 * Inspection helpers (CONVENTIONS: intermediate results are inspectable): how a discrepancy that looks
 * wrong gets explained, by showing the ops analysis was given next to what it made of them.
 */
import type { AlignOp, WitnessView } from '../types';
import { shown } from './explain';

/** The original text of a token range, or `·` for an empty one. */
function rangeText(view: WitnessView, from: number, to: number): string {
  if (to <= from) return '·';
  const first = view.tokens.at(from);
  const last = view.tokens.at(to - 1);
  if (first === undefined || last === undefined) return `?[${from},${to})`;
  return shown(view.document.text.slice(first.start, last.end));
}

/**
 * A multi-line dump of alignment ops with the text each covers on both sides, e.g.
 * `replace  a[12,13) "bayoneted"  b[40,41) "looted"`. Equal ops whose text is identical on both sides are
 * shown once, shortened.
 */
export function dumpOps(a: WitnessView, b: WitnessView, ops: readonly AlignOp[]): string {
  return ops
    .map((op) => {
      const ta = rangeText(a, op.a.from, op.a.to);
      const tb = rangeText(b, op.b.from, op.b.to);
      const sides = op.op === 'equal' && ta === tb ? `"${ta}"` : `"${ta}"  /  "${tb}"`;
      return `${op.op.padEnd(7)}  a[${op.a.from},${op.a.to}) b[${op.b.from},${op.b.to})  ${sides}`;
    })
    .join('\n');
}
