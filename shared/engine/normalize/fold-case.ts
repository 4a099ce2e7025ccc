/**
 * Case folding for matching. Plain lower-casing is what the token contract calls the baseline (`noise` stays
 * empty when `norm` is only the lower-cased text), so this fold never reports noise on its own.
 */

/**
 * Lower-cases `word` locale-independently and folds Greek final sigma `ς` to `σ`, so `ΟΔΟΣ` and `οδος`
 * share one key whatever position the sigma had when it was lower-cased.
 */
export function foldCase(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
}
