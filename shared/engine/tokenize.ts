import type { NormalizeOptions, Token } from './types';

// BASELINE ONLY — to be replaced by the full tokenizer/normalizer (issue 3). Signature is the contract.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Splits `text` into word and number tokens with their spans and matching keys. */
export function tokenize(text: string, _options: NormalizeOptions = {}): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const t = m[0];
    tokens.push({
      text: t,
      start: m.index,
      end: m.index + t.length,
      norm: t.normalize('NFKC').toLowerCase(),
      kind: /^\p{N}[\p{N},.]*$/u.test(t) ? 'number' : 'word',
      noise: [],
    });
  }
  return tokens;
}
