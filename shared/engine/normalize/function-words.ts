/**
 * Function words: the grammatical glue whose change rarely changes what a quote asserts
 * (DESIGN.md: `the scattered corpses / scattered corpses` is `function`, minor).
 *
 * Deliberately left out, because swapping them changes meaning: negations (`not`, `no`, `never`),
 * personal pronouns (`he` / `she`), quantifiers (`all`, `some`, `many`) and number words.
 */

const ARTICLES = ['a', 'an', 'the'];
const DEMONSTRATIVES = ['this', 'that', 'these', 'those'];
const PREPOSITIONS = [
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'upon', 'about', 'over',
  'under', 'through', 'after', 'before', 'during', 'since', 'until', 'till', 'between', 'among', 'amongst',
  'against', 'within', 'without', 'as', 'than', 'across', 'towards', 'toward', 'behind', 'near',
];
const CONJUNCTIONS = [
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'while', 'whilst', 'whereas', 'though',
  'although', 'whether',
];
const RELATIVES = ['who', 'whom', 'which', 'whose', 'when', 'where'];
// Conjunctive adverbs link a sentence to the one before (`However, …`): glue, not content.
const CONNECTIVES = ['however', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'nevertheless', 'nonetheless', 'meanwhile', 'indeed'];
const AUXILIARIES = [
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
];
// Contracted auxiliaries survive tokenization as one word (`they're`); the apostrophe style is folded first.
const CONTRACTIONS = ["'s", "'re", "'ve", "'d", "'ll"];

const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES, ...DEMONSTRATIVES, ...PREPOSITIONS, ...CONJUNCTIONS, ...RELATIVES, ...CONNECTIVES, ...AUXILIARIES, 'there',
]);

/**
 * True when `norm` (a token's matching key, lower case) is a function word: an article, demonstrative,
 * preposition, conjunction, relative pronoun or auxiliary verb. Negations and pronouns are not.
 */
export function isFunctionWord(norm: string): boolean {
  if (FUNCTION_WORDS.has(norm)) return true;
  // Most words are neither function words nor contractions: answer them once per word form.
  const known = verdicts.get(norm);
  if (known !== undefined) return known;
  const w = norm.toLowerCase().replace(/’/g, "'");
  const verdict = FUNCTION_WORDS.has(w) || CONTRACTIONS.some((c) => w.endsWith(c) && FUNCTION_WORDS.has(w.slice(0, -c.length)));
  if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
  verdicts.set(norm, verdict);
  return verdict;
}

/** Verdicts by word form; cleared when full, so a long-running process keeps it bounded. */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 200_000;
