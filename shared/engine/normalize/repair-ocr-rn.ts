/**
 * The OCR `rn` → `m` confusion inside one document (`intemational` in a document that writes `international`
 * everywhere else). It cannot be folded blindly (`torn`/`tom`, `modern`/`modem` are different words), so a
 * token is repaired only when the document itself attests the `rn` spelling far more often.
 */
import type { Token } from '../types';

/** Shortest word considered: short words (`tom`, `bum`, `com`) are too often real words. */
const MIN_LENGTH = 6;
/** The `rn` spelling must occur at least this often in the document. */
const MIN_ATTESTED = 2;

/**
 * Repairs in place every word token that occurs once in the document, has at least `MIN_LENGTH` letters,
 * and becomes a word the document uses at least `MIN_ATTESTED` times when one of its `m` is read as `rn`:
 * its norm becomes that word and its noise gains `ocr-digit`. `counts` are the document's norm counts.
 * Only once-occurring tokens are candidates, which keeps the cost linear and leaves repeated real words alone.
 */
export function repairOcrRn(tokens: Token[], counts: ReadonlyMap<string, number>): void {
  for (const token of tokens) {
    const norm = token.norm;
    if (token.kind !== 'word' || norm.length < MIN_LENGTH || !norm.includes('m') || counts.get(norm) !== 1) continue;
    for (let i = norm.indexOf('m'); i >= 0; i = norm.indexOf('m', i + 1)) {
      const candidate = `${norm.slice(0, i)}rn${norm.slice(i + 1)}`;
      if ((counts.get(candidate) ?? 0) >= MIN_ATTESTED) {
        token.norm = candidate;
        if (!token.noise.includes('ocr-digit')) token.noise = [...token.noise, 'ocr-digit'];
        break;
      }
    }
  }
}
