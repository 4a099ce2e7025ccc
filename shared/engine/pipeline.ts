/**
 * The engine's pipeline (DESIGN.md, "one pipeline, five stages"): per-document work (tokenize, detect,
 * fingerprint; cached by sha256), then align and cluster across the project, analyse each cluster, flag
 * claims and build the report. Each stage is a plain function of the previous one's output.
 */
import type { Report, SourceDocument } from '../model';
import { DEFAULT_JOIN_OPTIONS, joinByAttribution, joinBySpeaker, type JoinOptions } from './align/attribution-join';
import { buildAlignmentTable } from './align/alignment-table';
import { clusterPassages, type ClusterWitness, type QuoteCluster } from './align/cluster';
import { fingerprints, NGRAM_SIZE } from './align/fingerprint';
import { LocalAligner } from './align/local-alignment';
import { DEFAULT_PAIR_OPTIONS, findSharedPassages, type PairOptions, type PairTrace, type SharedPassage } from './align/pairs';
import { charSpan, type QuoteSpan, QuoteSpans } from './align/quote-spans';
import { joinByFigures } from './align/figure-join';
import { findShortQuoteClusters, type ShortQuoteLookupOptions } from './align/short-quotes';
import { joinReportedSpeech } from './align/reported-speech';
import { analysePair, asReportedSpeech, compareAttribution, movesAcrossPairs, translationDifference } from './analyse';
import { cacheKey } from './cache';
import { detectQuotes, findOutletMentions } from './detect';
import { type AnalysedCluster, buildReport, type PairDifference } from './report';
import { compileTransliteration, DEFAULT_TRANSLITERATION, type Transliteration } from './normalize';
import { tokenize } from './tokenize';
import type { AlignOp, Aligner, CheckInput, CheckOptions, DocumentAnalysis, EngineCache, Stage, Token, WitnessView } from './types';
import type { TokenList } from './token-list';

/** Tuning of the align stage beyond {@link CheckOptions}: tests and the debug dump use it. */
export interface AlignTuning {
  aligner?: Aligner;
  pairs?: Partial<PairOptions>;
  join?: Partial<JoinOptions>;
  /** Options (and work counters) of the short-quote lookup. */
  short?: ShortQuoteLookupOptions;
}

/** Everything a check computed before the report: what {@link inspectCheck} returns. */
export interface CheckState {
  analyses: DocumentAnalysis[];
  quotes: QuoteSpans;
  passages: SharedPassage[];
  clusters: AnalysedCluster[];
}

/** Calls `options.onStageTime` with wall times measured by `options.now` (default `Date.now`). */
class StageClock {
  private readonly now: () => number;
  private readonly totals = new Map<Stage, number>();
  constructor(private readonly options: CheckOptions) {
    this.now = options.now ?? Date.now;
  }
  /** Runs `fn`, adding its wall time to `stage`. */
  time<T>(stage: Stage, fn: () => T): T {
    const t0 = this.now();
    try {
      return fn();
    } finally {
      this.totals.set(stage, (this.totals.get(stage) ?? 0) + (this.now() - t0));
    }
  }
  /** Reports each stage's total once, in pipeline order. */
  flush(): void {
    for (const [stage, ms] of this.totals) this.options.onStageTime?.(stage, ms);
  }
}

/** Refuses input the engine cannot give a meaningful answer for; a boundary check with a precise message. */
function validate(input: CheckInput): void {
  const ids = new Set<string>();
  for (const d of input.documents) {
    if (typeof d.text !== 'string') throw new TypeError(`document ${d.id}: text must be a string`);
    if (ids.has(d.id)) throw new RangeError(`document id ${d.id} appears twice in one check`);
    ids.add(d.id);
  }
}

/** What per-document work depends on besides the text; a change of either invalidates cached work. */
export interface DocumentSettings {
  lexicon?: CheckInput['lexicon'];
  builtinLexicon?: CheckInput['builtinLexicon'];
  gazetteer?: CheckInput['gazetteer'];
}

/**
 * One document's tokens, quote candidates and fingerprints (default n-gram size), from `cache` when its
 * key (sha256, settings, n-gram size) is there, computed and stored otherwise. The one place per-document work happens: `check`
 * and quote suggestions both come here, so a document is tokenized and detected once per version.
 */
export function analyseDocument(document: SourceDocument, settings: DocumentSettings, cache?: EngineCache): DocumentAnalysis {
  return analyseTimed(document, settings, cache, NGRAM_SIZE, new StageClock({}));
}

function analyseTimed(document: SourceDocument, settings: DocumentSettings, cache: EngineCache | undefined, n: number, clock: StageClock): DocumentAnalysis {
  const key = cacheKey(document, { lexicon: settings.lexicon, builtinLexicon: settings.builtinLexicon, gazetteer: settings.gazetteer, n });
  const cached = cache?.get(key);
  let analysis: DocumentAnalysis;
  if (cached) {
    // The same text may now belong to another document id (a copy, a re-added file): rebind.
    analysis = { ...cached, document, candidates: cached.candidates.map((c) => (c.document === document.id ? c : { ...c, document: document.id })) };
  } else {
    const tokens = clock.time('tokenize', () => tokenize(document.text, { lexicon: settings.lexicon, builtinLexicon: settings.builtinLexicon ?? true }));
    const candidates = clock.time('detect', () => detectQuotes(document, tokens, { gazetteer: settings.gazetteer }));
    const mentions = clock.time('detect', () => findOutletMentions(document, tokens, { gazetteer: settings.gazetteer }));
    analysis = { document, tokens, candidates, mentions };
  }
  if (!analysis.fingerprints) {
    const tokens = analysis.tokens;
    analysis.fingerprints = clock.time('align', () => fingerprints(tokens, n));
  }
  if (!cached) cache?.set(key, analysis);
  return analysis;
}

/** Tokens, candidates and fingerprints of each document, with progress. */
function perDocument(input: CheckInput, options: CheckOptions, clock: StageClock, n: number): DocumentAnalysis[] {
  const total = input.documents.length;
  return input.documents.map((document, i) => {
    const analysis = analyseTimed(document, input, options.cache, n, clock);
    options.onProgress?.({ stage: 'tokenize', done: i + 1, total });
    options.onProgress?.({ stage: 'detect', done: i + 1, total });
    return analysis;
  });
}

/** The quote spans of the check: the user's quote annotations and the detected candidates. */
function quoteSpans(input: CheckInput, analyses: readonly DocumentAnalysis[]): QuoteSpans {
  const index = new Map(input.documents.map((d, i) => [d.id, i]));
  const spans: QuoteSpan[] = [];
  for (const q of input.quotes ?? []) {
    const doc = index.get(q.document);
    // An annotation of a document outside this check (a subset was checked) has nothing to anchor to.
    if (doc === undefined) continue;
    spans.push({ doc, start: q.start, end: q.end, attribution: q.attribution, translated: q.translated, user: true, id: q.id });
  }
  analyses.forEach((a, doc) => {
    for (const c of a.candidates) {
      const span: QuoteSpan = { doc, start: c.start, end: c.end, attribution: c.attribution, translated: false, user: false, cue: c.cue };
      if (c.attributionSpan) span.attributionSpan = c.attributionSpan;
      spans.push(span);
    }
  });
  return new QuoteSpans(analyses.length, spans);
}

/** What analysis sees of a witness. */
function viewOf(w: ClusterWitness, analyses: readonly DocumentAnalysis[], transliteration: Transliteration, quotes?: QuoteSpans): WitnessView {
  const a = analyses[w.doc] as DocumentAnalysis;
  const view: WitnessView = { document: a.document, tokens: a.tokens, passage: { document: a.document.id, tokens: w.range, start: w.start, end: w.end }, attribution: w.attribution, translated: w.translated, transliteration };
  if (w.attributionSpan) view.attributionSpan = w.attributionSpan;
  const speech = quotes?.speechIn(w.doc, w.start, w.end) ?? [];
  if (speech.length > 0) {
    view.speech = speech;
    view.marks = speech;
  }
  if (quotes?.inArticle(w.doc, w.start, w.end)) view.inArticle = true;
  return view;
}

/** True when token `t` lies inside one of `spans`. */
function within(tokens: TokenList, t: number, spans: readonly { start: number; end: number }[]): boolean {
  const tok = tokens.at(t) as Token;
  return spans.some((s) => s.start <= tok.start && tok.end <= s.end);
}

/**
 * The views a pair is analysed with. A side's quotation marks say which of its words it quotes (the rest
 * is its own narrative) when the words the two share lie mostly inside them (a speaker's words quoted in
 * two articles), or when that side, not an article reprinted under a dateline, puts marks around words the
 * other side writes without (a report quoting a message). Otherwise the marks are inner quotes both sides
 * reprint (an article and its copy), and the side is analysed without them.
 */
function pairViews(x: WitnessView, y: WitnessView, ops: readonly AlignOp[]): [WitnessView, WitnessView] {
  const pairs: [number, number][] = [];
  for (const op of ops) if (op.op === 'equal') for (let i = 0; i < op.a.to - op.a.from; i++) pairs.push([op.a.from + i, op.b.from + i]);
  const keep = (v: WitnessView, other: WitnessView, mine: (p: [number, number]) => number, theirs: (p: [number, number]) => number): WitnessView => {
    const speech = v.speech;
    if (!speech) return v;
    const quoted = pairs.filter((p) => within(v.tokens, mine(p), speech));
    if (2 * quoted.length > pairs.length) return v;
    const markedThere = quoted.filter((p) => other.speech !== undefined && within(other.tokens, theirs(p), other.speech)).length;
    // A side that quotes in marks elsewhere but shares none of its marked words here is reporting, not
    // quoting, here; one whose marked words the other writes without marks is quoting the other.
    if (!v.inArticle && (quoted.length === 0 || 2 * markedThere < quoted.length)) return v;
    const { speech: _speech, ...rest } = v;
    return rest;
  };
  return [keep(x, y, (p) => p[0], (p) => p[1]), keep(y, x, (p) => p[1], (p) => p[0])];
}

/**
 * Stage 5 for one cluster: every pair the cluster compared directly (word alignment, or one translation
 * difference for renderings joined by attribution), plus the attribution each pair's witnesses carry; and
 * the cluster's alignment table, which the report's variant rows are read from.
 */
export function analyseCluster(cluster: QuoteCluster, analyses: readonly DocumentAnalysis[], transliteration: Transliteration = DEFAULT_TRANSLITERATION, quotes?: QuoteSpans): AnalysedCluster {
  const differences: PairDifference[] = [];
  const views = cluster.witnesses.map((w) => viewOf(w, analyses, transliteration, quotes));
  const attributed = new Set<string>();
  const moved = movesAcrossPairs(cluster.pairs, views);
  for (const m of moved.moves) differences.push(m);
  cluster.pairs.forEach((p, k) => {
    const [a, b] = pairViews(views[p.x] as WitnessView, views[p.y] as WitnessView, p.ops);
    const reported = cluster.witnesses[p.x]?.reported === true && cluster.witnesses[p.y]?.reported === true;
    const aligned = p.mode === 'translation' ? [translationDifference(a, b)] : analysePair(a, b, moved.ops[k] as AlignOp[]);
    const found = reported ? asReportedSpeech(aligned) : aligned;
    // One comparison of attribution per pair of witnesses, however many alignments link them. Two reports
    // of a statement stand in different articles by construction; their sources are compared in the quote
    // cluster whose lead-ins they are.
    const key = `${p.x}:${p.y}`;
    if (!attributed.has(key) && !reported) {
      attributed.add(key);
      found.push(...compareAttribution(a, b));
    }
    for (const difference of found) differences.push({ x: p.x, y: p.y, difference });
  });
  return { cluster, table: buildAlignmentTable(cluster), differences };
}

/** Runs every stage but the report; see {@link check}. */
export function runStages(given: CheckInput, options: CheckOptions = {}, tuning: AlignTuning = {}, trace?: (t: PairTrace) => void): CheckState {
  validate(given);
  // Every stage sees the documents in id order, so the input's order changes nothing a check finds
  // (an alignment breaks ties by which document is side A).
  const input: CheckInput = { ...given, documents: [...given.documents].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)) };
  const clock = new StageClock(options);
  const pairOptions = { ...DEFAULT_PAIR_OPTIONS, ...tuning.pairs };
  const aligner = tuning.aligner ?? new LocalAligner();
  const analyses = perDocument(input, options, clock, pairOptions.n);
  const { quotes, passages, clusters } = clock.time('align', () => {
    const q = quoteSpans(input, analyses);
    const isQuoted = (doc: number, range: { from: number; to: number }) => {
      const span = charSpan((analyses[doc] as DocumentAnalysis).tokens, range);
      return q.isQuoted(doc, span.start, span.end);
    };
    const onProgress = (done: number, total: number) => options.onProgress?.({ stage: 'align', done, total });
    const found = findSharedPassages(analyses.map(asSeedDocument), aligner, isQuoted, pairOptions, { onProgress, trace });
    const withText = analyses.map((a) => ({ ...asSeedDocument(a), text: a.document.text, mentions: a.mentions ?? [] }));
    const clustered = clusterPassages(withText, found, q, pairOptions);
    const joined = joinByAttribution(clustered, analyses.map(asSeedDocument), q, { ...DEFAULT_JOIN_OPTIONS, ...tuning.join });
    // Quotes too short for n-gram discovery, looked up exactly; only those no cluster above already holds.
    const short = findShortQuoteClusters(withText, q, joined, tuning.short);
    // Renderings that share figures but too few words to align, compared as translations.
    // (A pair the figures joined is not joined again by its speaker.)
    const byFigures = joinByFigures(withText, q, [...joined, ...short]);
    const rendered = [...byFigures, ...joinBySpeaker([...joined, ...short, ...byFigures], withText, q)];
    // Lead-ins of shared quotes and the paraphrases that report the same statement, judged as paraphrase.
    const reported = joinReportedSpeech([...joined, ...short, ...rendered], withText, q);
    return { quotes: q, passages: found, clusters: [...joined, ...short, ...rendered, ...reported] };
  });
  const transliteration = input.transliteration ? compileTransliteration(input.transliteration) : DEFAULT_TRANSLITERATION;
  const analysed = clock.time('analyse', () =>
    clusters.map((c, i) => {
      const r = analyseCluster(c, analyses, transliteration, quotes);
      options.onProgress?.({ stage: 'analyse', done: i + 1, total: clusters.length });
      return r;
    }),
  );
  clock.flush();
  return { analyses, quotes, passages, clusters: analysed };
}

function asSeedDocument(a: DocumentAnalysis): { tokens: DocumentAnalysis['tokens']; fingerprints: Uint32Array } {
  return { tokens: a.tokens, fingerprints: a.fingerprints ?? new Uint32Array(0) };
}

/**
 * Checks a project: finds the quotes its documents share, lines their wording up, classifies every
 * difference and flags claims, returning the JSON report of DESIGN.md. Deterministic: the same input
 * yields the same report. Per-document work is reused from `options.cache`; progress goes to
 * `options.onProgress` and stage wall times to `options.onStageTime`.
 * @throws RangeError when two documents share an id; TypeError when a document's text is not a string.
 */
export function check(input: CheckInput, options: CheckOptions = {}, tuning: AlignTuning = {}): Report {
  const state = runStages(input, options, tuning);
  const now = options.now ?? Date.now;
  const t0 = now();
  const report = buildReport({ documents: state.analyses.map((a) => a.document), listed: input.documents, tokens: state.analyses.map((a) => a.tokens), clusters: state.clusters, claims: input.claims, quotes: input.quotes, threshold: input.threshold });
  options.onStageTime?.('flag', now() - t0);
  options.onProgress?.({ stage: 'flag', done: 1, total: 1 });
  return report;
}
