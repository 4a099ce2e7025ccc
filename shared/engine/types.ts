/**
 * The data that flows between the engine's stages (DESIGN.md, "one pipeline, five stages"):
 * ingest → tokenize/normalize → detect → align → analyse → report. Every stage is a function of plain data,
 * and every token keeps its span in the original text so any output can show the original.
 */
import type { Attribution, DiscrepancyKind, LexiconEntry, Severity, SourceDocument } from '../model';
import type { Transliteration } from './normalize/transliteration-key';
import type { TokenList } from './token-list';

/** Which normalizer changed a token; analysis uses it to call a difference `ocr` or `typography`, not a change. */
export type NoiseKind =
  | 'confusable' // Cyrillic/Greek letter inside a Latin word (`аnу`)
  | 'ocr-digit' // digit for a letter inside a word (`ca1culated`), or `rn`/`m` style confusions
  | 'hyphenation' // a word split by a hyphen at a line end, joined
  | 'split-word' // a word split by a stray space (`f ellow`), repaired
  | 'typography' // quote, apostrophe or dash style; width forms
  | 'case' // letter case only
  | 'lexicon'; // a spelling/transliteration variant mapped through the lexicon

export type TokenKind = 'word' | 'number';

/**
 * A word or number of a document. `start`/`end` are JS string indices into the document text; the span may
 * cover a repaired split (`f ellow`) or a joined line-end hyphenation (`war-\nracked`).
 */
export interface Token {
  /** Exactly `text.slice(start, end)` of the document. */
  text: string;
  start: number;
  end: number;
  /** The matching key: NFKC, case-folded, confusables folded, OCR repaired, lexicon applied. Never shown. */
  norm: string;
  kind: TokenKind;
  /** The normalizers that changed this token (empty when `norm` is just the lower-cased text). */
  noise: readonly NoiseKind[];
}

/** Options for tokenizing and normalizing. */
export interface NormalizeOptions {
  /** Spelling/transliteration equivalences from the project (added to the shipped ones). */
  lexicon?: readonly LexiconEntry[];
  /** Whether the shipped lexicon (`data/lexicon.json`) applies too; default true. */
  builtinLexicon?: boolean;
}

/** How a quote candidate was found. */
export type QuoteCue = 'quotation-marks' | 'block' | 'phrase';

/** A passage that detection believes quotes an outside source, with whatever attribution it could find. */
export interface QuoteCandidate {
  document: string;
  start: number;
  end: number;
  text: string;
  attribution: Attribution;
  cue: QuoteCue;
  /** 0..1, higher is more certain. */
  confidence: number;
  /**
   * Where the attribution stands in the text (the dateline of an article, the citation after a quote, the
   * phrase crediting it), when it was read from the text; attribution differences are reported there.
   */
  attributionSpan?: { start: number; end: number };
}

/** Options for detection. */
export interface DetectOptions {
  /** Outlet names added to the built-in gazetteer. */
  gazetteer?: readonly string[];
}

/** A document after the per-document stages; cached by `sha256` so re-checks skip unchanged documents. */
export interface DocumentAnalysis {
  document: SourceDocument;
  tokens: TokenList;
  candidates: QuoteCandidate[];
  /**
   * Hashes of the token n-grams (alignment's fingerprints, entry i for tokens i..i+n-1), kept with the
   * rest so an unchanged document is not re-fingerprinted. Optional: filled by the pipeline when absent.
   */
  fingerprints?: Uint32Array;
  /** Where the document names a known outlet (any alias), with its canonical name. */
  mentions?: readonly { start: number; end: number; outlet: string }[];
}

/** A half-open range of token indices `[from, to)` into one document's token array. */
export interface TokenRange {
  from: number;
  to: number;
}

/** A passage of one document: a token range and the character span it covers. */
export interface Passage {
  document: string;
  tokens: TokenRange;
  start: number;
  end: number;
}

/**
 * One step of an alignment between passage A and passage B: `equal` (same norm), `replace`, `delete`
 * (tokens only in A), `insert` (tokens only in B). Ranges are token indices into each document's tokens;
 * an empty range (`from == to`) marks the position on the side that lacks the tokens.
 */
export interface AlignOp {
  op: 'equal' | 'replace' | 'delete' | 'insert';
  a: TokenRange;
  b: TokenRange;
  /**
   * On a `delete` or `insert`: its words stand in the other witness at the gap op carrying the same number
   * — one passage moved, not lost and added (see `align/moves.ts`).
   */
  moved?: number;
  /** On a moved gap: its words and its partner's differ a little (a sentence moved and edited). */
  edited?: boolean;
}

/** Two passages aligned token by token. */
export interface AlignedPair {
  a: Passage;
  b: Passage;
  ops: AlignOp[];
  /** Alignment score (higher is better); only comparable between alignments of the same algorithm. */
  score: number;
}

/** An alignment algorithm; one file per implementation so a better one can replace the first. */
export interface Aligner {
  readonly name: string;
  /**
   * Aligns token ranges `ra` of `a` and `rb` of `b` locally: returns the best-scoring sub-passages and
   * their ops, or null when nothing aligns well enough.
   */
  align(a: TokenList, ra: TokenRange, b: TokenList, rb: TokenRange): { a: TokenRange; b: TokenRange; ops: AlignOp[]; score: number } | null;
}

/** A difference found by analysis, before report ids are assigned. */
export interface Difference {
  kind: DiscrepancyKind;
  severity: Severity;
  explanation: string;
  /** Character spans on each side; an omission has start == end on the side that lacks the words. */
  a: { start: number; end: number; text: string };
  b: { start: number; end: number; text: string };
  /**
   * What was compared when it is not the text of the spans: the two attribution values (`The Times` /
   * `The Sunday Times`) of an attribution difference, whose spans are the datelines they were read from.
   */
  values?: { a: string; b: string };
}

/** A claim as the flag stage needs it. */
export interface ClaimInput {
  id: string;
  document: string;
  start: number;
  end: number;
  /** Ids of the `quote` annotations the claim cites. */
  cites: readonly string[];
}

/** A user's `quote` annotation, which also seeds a witness with its attribution. */
export interface QuoteInput {
  id: string;
  document: string;
  start: number;
  end: number;
  attribution: Attribution;
  translated: boolean;
}

/** Everything one check needs. */
export interface CheckInput {
  documents: readonly SourceDocument[];
  quotes?: readonly QuoteInput[];
  claims?: readonly ClaimInput[];
  lexicon?: readonly LexiconEntry[];
  /** Whether the shipped lexicon applies besides `lexicon`; default true. */
  builtinLexicon?: boolean;
  /** Ids of the transliteration schemes that apply (`data/transliteration.json`); default all shipped. */
  transliteration?: readonly string[];
  gazetteer?: readonly string[];
  /** Claims are flagged at or above this severity; default `major`. */
  threshold?: Severity;
}

/** Stage names, for progress and timings. */
export type Stage = 'tokenize' | 'detect' | 'align' | 'analyse' | 'flag';

/** Progress of a long check: `done` of `total` units of `stage`. */
export interface Progress {
  stage: Stage;
  done: number;
  total: number;
}

/** Per-document results kept between checks, keyed by the document's sha256 (and options). */
export interface EngineCache {
  get(key: string): DocumentAnalysis | undefined;
  set(key: string, value: DocumentAnalysis): void;
}

export interface CheckOptions {
  cache?: EngineCache;
  onProgress?: (p: Progress) => void;
  /** Called with each stage's wall time in milliseconds (benchmarks); `now` supplies the clock. */
  onStageTime?: (stage: Stage, ms: number) => void;
  now?: () => number;
}

/** One witness as analysis sees it: its document, the document's tokens, the passage and its attribution. */
export interface WitnessView {
  document: SourceDocument;
  tokens: TokenList;
  passage: Passage;
  attribution: Attribution;
  /** True when the witness is known to be a translation (from a `quote` annotation). */
  translated?: boolean;
  /** The project's transliteration schemes (default: every shipped scheme). */
  transliteration?: Transliteration;
  /** Where the witness's attribution stands in its document, when it was read from the text. */
  attributionSpan?: { start: number; end: number };
  /**
   * The spans in quotation marks that overlap the witness (sorted by start; they may nest): words between
   * two of them are the quoting text's narrative, not the quoted words.
   */
  speech?: readonly { start: number; end: number }[];
  /** Every span in quotation marks overlapping the witness, whether or not they count as `speech` for a pair. */
  marks?: readonly { start: number; end: number }[];
  /** True when the witness stands in an article reprinted under a dateline (whose inner quotes are part of it). */
  inArticle?: boolean;
}
