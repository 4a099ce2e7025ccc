import { findText } from '../../shared/find';
import type { OffsetMap, TextSpan } from './offset-map';

/**
 * Finds `query` in what the editor shows of `text` (so `HISTORICAL BACKGROUND` is found where the source
 * reads `**HISTORICAL** **BACKGROUND**`), with `findText`'s rules (case, white space and quote styles do
 * not matter). Returns source spans, first character to last, in text order; blocks count as separated
 * by a line break. Pure.
 */
export function findShown(text: string, map: OffsetMap, query: string): TextSpan[] {
  let shown = '';
  // Source offset of each character of `shown` (a block break maps to the end of the piece before it).
  const source: number[] = [];
  let previousEnd = -1;
  for (const p of map.pieces) {
    if (previousEnd >= 0 && p.pos !== previousEnd) {
      shown += '\n';
      source.push(source[source.length - 1] ?? 0);
    }
    for (let o = p.from; o < p.to; o++) {
      shown += text[o] ?? '';
      source.push(o);
    }
    previousEnd = p.pos + (p.to - p.from);
  }
  return findText(shown, query).spans.map(({ start, end }) => ({ start: source[start] ?? 0, end: (source[end - 1] ?? 0) + 1 }));
}
