/**
 * Reported speech (DESIGN.md stage 4): the sentence that leads into a quote says who spoke and what they
 * saw (`A council engineer, Ruth Ames, said she had seen water pouring through the barrier.` before `“It
 * gave way in minutes,” she said.`). That lead-in reports one statement in every article that quotes it,
 * and an article that only paraphrases the statement, in its own words and without marks (`a council
 * engineer said she saw water pouring through the barrier`), is a witness of it too — one n-gram discovery
 * never finds, because a paraphrase shares short runs of words, not passages.
 *
 * Lead-ins of a shared quote, and unquoted sentences elsewhere that read like one, form a cluster of their
 * own whose witnesses are `reported`: aligned word for word, but judged as paraphrase (only a figure or a
 * name stays major; see `analyse/reported-speech.ts`). Two reports must stand in different articles, share
 * a name written with a capital inside both sentences, and share at least {@link MIN_SHARED} content words
 * in order, half of the shorter's; words already compared in another cluster are never taken again.
 * Candidates are found through pairs of neighbouring content words, so the work is linear in the text.
 */
import type { Token, TokenRange } from '../types';
import { SPEECH_VERBS } from '../detect';
import { isFunctionWord } from '../normalize';
import { type ClusterWitness, components, finishCluster, type QuoteCluster, toWitness, type WitnessPair } from './cluster';
import { isDatePart } from './date-words';
import { alignGlobal } from './global-alignment';
import type { QuoteSpans } from './quote-spans';
import { charSpan, tokenRangeOf } from './quote-spans';
import type { SeedDocument } from './seeds';
import { breakBefore, type SentenceDocument } from './sentences';

/** Fewest content words two reports share, in order. */
export const MIN_SHARED = 5;
/**
 * Fewest of them in what the sentences say after their verb of saying: two sentences about one speaker
 * (`A council engineer, Ruth Ames, said …`) share the speaker's words whatever the speaker said.
 */
const MIN_STATEMENT_SHARED = 3;
/** Share of the shorter report's content words that the other has, in order. */
const MIN_SHARE = 0.5;
/** Fewest pairs of neighbouring content words two reports share before they are compared at all. */
const MIN_SHARED_PAIRS = 2;
/** Longest sentence (tokens) taken as a report: longer ones are narrative, not one statement. */
const MAX_REPORT_TOKENS = 60;
/** Lead-ins sharing a pair of words beyond which the pair is the project's boilerplate, not evidence. */
const MAX_PAIR_POSTINGS = 64;
/** Lead-ins a candidate sentence is compared with, the ones sharing most pairs first. */
const MAX_COMPARED = 8;

type Doc = SeedDocument & SentenceDocument;

/** One report: a lead-in or a candidate sentence, with its content words in order. */
interface Report {
  doc: number;
  range: TokenRange;
  start: number;
  end: number;
  /** Token indices of its content words. */
  content: number[];
  /** Where in `content` the statement begins: after the first verb of saying (0 without one). */
  statement: number;
  /** The article it stands in: the document and the bounding quote (an article block) around it. */
  article: string;
  /** The quote cluster whose lead-in it is; -1 for a candidate sentence. */
  cluster: number;
  /** False when some cluster already compares these words (a lead-in the quote's witness reaches over). */
  free: boolean;
}

const isContent = (t: Token): boolean => !isFunctionWord(t.norm);

/**
 * Token indices of the content words of `range`: neither function words nor parts of a date, nor inside
 * `credit` (where the text names the quote's source: `According to The Daily Post (May 3, 2019):` is the
 * citation, compared as attribution, not a report of what was said).
 */
function contentOf(d: Doc, range: TokenRange, credit?: { start: number; end: number }): number[] {
  const out: number[] = [];
  for (let i = range.from; i < range.to; i++) {
    const t = d.tokens.at(i) as Token;
    if (credit && t.start < credit.end && credit.start < t.end) continue;
    if (isContent(t) && !isDatePart(d.tokens, i, range)) out.push(i);
  }
  return out;
}

/** Keys of neighbouring content-word pairs (distinct). */
function pairKeys(d: Doc, content: readonly number[]): Set<string> {
  const keys = new Set<string>();
  for (let k = 1; k < content.length; k++) keys.add(`${d.tokens.norm(content[k - 1] as number)}\u0000${d.tokens.norm(content[k] as number)}`);
  return keys;
}

/** Character spans taken by witnesses, per document, merged and sorted, for overlap tests by binary search. */
class Occupied {
  private readonly byDoc = new Map<number, { start: number; end: number }[]>();

  constructor(clusters: readonly QuoteCluster[]) {
    for (const c of clusters) for (const w of c.witnesses) this.add(w.doc, w.start, w.end);
    for (const [doc, list] of this.byDoc) {
      list.sort((x, y) => x.start - y.start);
      const merged: { start: number; end: number }[] = [];
      for (const s of list) {
        const last = merged[merged.length - 1];
        if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
        else merged.push({ ...s });
      }
      this.byDoc.set(doc, merged);
    }
  }

  private add(doc: number, start: number, end: number): void {
    const list = this.byDoc.get(doc);
    if (list) list.push({ start, end });
    else this.byDoc.set(doc, [{ start, end }]);
  }

  overlaps(doc: number, start: number, end: number): boolean {
    const list = this.byDoc.get(doc) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { end: number }).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const s = list[lo];
    return s !== undefined && s.start < end;
  }
}

/** The start of the sentence holding token `i`, or -1 beyond `MAX_REPORT_TOKENS`. */
function sentenceStart(d: Doc, i: number): number {
  let from = i;
  while (from > 0 && !breakBefore(d, from)) {
    from--;
    if (i - from > MAX_REPORT_TOKENS) return -1;
  }
  return from;
}

/**
 * The lead-in of the quote opening at token `q`: the words of its sentence before the mark (`X said:
 * “…`), or, when the quote opens a sentence, the whole sentence before it. Null when there is none.
 */
function leadInBefore(d: Doc, q: number): TokenRange | null {
  if (q <= 0) return null;
  if (!breakBefore(d, q)) {
    const from = sentenceStart(d, q);
    return from < 0 ? null : { from, to: q };
  }
  const from = sentenceStart(d, q - 1);
  return from < 0 ? null : { from, to: q };
}

/**
 * Clause edges inside a sentence: a comma or semicolon followed by `and`, `but`, `while` or `whereas`
 * joins two statements (`… saw two trucks, and a journalist reported …`), each a report of its own.
 */
function clauses(d: Doc, range: TokenRange): TokenRange[] {
  const out: TokenRange[] = [];
  let from = range.from;
  for (let i = range.from + 1; i < range.to; i++) {
    const gap = d.text.slice(d.tokens.end(i - 1), d.tokens.start(i));
    const next = d.tokens.norm(i);
    if (/;/u.test(gap) || (/,/u.test(gap) && (next === 'and' || next === 'but' || next === 'while' || next === 'whereas'))) {
      out.push({ from, to: i });
      from = i;
    }
  }
  out.push({ from, to: range.to });
  return out;
}

/** True when the token is a name written with a capital and not the first word of its sentence. */
function isNameToken(d: Doc, i: number): boolean {
  return /^\p{Lu}/u.test(d.tokens.text(i)) && !breakBefore(d, i);
}

/**
 * How many of content words `xs` of `x` stand among `ys` of `y` in the same order (a longest common
 * subsequence of their keys), when the shared words include a name (or `needName` is false); 0 otherwise.
 */
function sharedInOrder(docs: readonly Doc[], x: Report, y: Report, xs: readonly number[], ys: readonly number[], needName: boolean): number {
  const dx = docs[x.doc] as Doc;
  const dy = docs[y.doc] as Doc;
  const n = xs.length;
  const m = ys.length;
  // Rows of the LCS table, with a flag per cell for "a name is among the matches on the best path".
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let prevName = new Uint8Array(m + 1);
  let curName = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    const ti = xs[i - 1] as number;
    const key = dx.tokens.norm(ti);
    for (let j = 1; j <= m; j++) {
      const tj = ys[j - 1] as number;
      if (dy.tokens.norm(tj) === key) {
        cur[j] = (prev[j - 1] as number) + 1;
        curName[j] = prevName[j - 1] || (isNameToken(dx, ti) && isNameToken(dy, tj)) ? 1 : 0;
      } else if ((prev[j] as number) >= (cur[j - 1] as number)) {
        cur[j] = prev[j] as number;
        curName[j] = prevName[j] as number;
      } else {
        cur[j] = cur[j - 1] as number;
        curName[j] = curName[j - 1] as number;
      }
    }
    [prev, cur] = [cur, prev];
    [prevName, curName] = [curName, prevName];
  }
  return prevName[m] || !needName ? (prev[m] as number) : 0;
}

/** True when `x` and `y` report one statement (see the file comment). */
function sameStatement(docs: readonly Doc[], x: Report, y: Report): boolean {
  if (x.article === y.article) return false;
  const shared = sharedInOrder(docs, x, y, x.content, y.content, true);
  if (shared < MIN_SHARED || shared < MIN_SHARE * Math.min(x.content.length, y.content.length)) return false;
  return sharedInOrder(docs, x, y, x.content.slice(x.statement), y.content.slice(y.statement), false) >= MIN_STATEMENT_SHARED;
}

function report(docs: readonly Doc[], quotes: QuoteSpans, occupied: Occupied, doc: number, range: TokenRange, cluster: number, credit?: { start: number; end: number }): Report {
  const d = docs[doc] as Doc;
  const { start, end } = charSpan(d.tokens, range);
  const content = contentOf(d, range, credit);
  const verb = content.findIndex((i) => SPEECH_VERBS.has(d.tokens.norm(i)));
  return { doc, range, start, end, content, statement: verb + 1, article: `${doc}:${quotes.boundingIndex(doc, start, end)}`, cluster, free: !occupied.overlaps(doc, start, end) };
}

/**
 * The lead-ins of every credited quote witness of `clusters`. A lead-in may lie inside the witness (a
 * passage extended over it): two such lead-ins are compared already, but not with a paraphrase elsewhere.
 */
function leadIns(clusters: readonly QuoteCluster[], docs: readonly Doc[], quotes: QuoteSpans, occupied: Occupied): Report[] {
  const out: Report[] = [];
  const seen = new Set<string>();
  clusters.forEach((c, k) => {
    for (const w of c.witnesses) {
      if (!w.quoted || (!w.attribution.outlet && !w.attribution.author)) continue;
      const mark = quotes.speechIn(w.doc, w.start, w.end)[0];
      if (!mark) continue;
      const d = docs[w.doc] as Doc;
      const range = leadInBefore(d, tokenRangeOf(d.tokens, mark.start, mark.end).from);
      if (!range || range.to - range.from > MAX_REPORT_TOKENS) continue;
      const r = report(docs, quotes, occupied, w.doc, range, k, w.attributionSpan);
      if (r.content.length < MIN_SHARED || quotes.speechIn(w.doc, r.start, r.end).length > 0) continue;
      const key = `${r.doc}:${r.start}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(r);
      }
    }
  });
  return out;
}

/** Every unquoted clause of the project that no cluster compares yet, long enough to be a report. */
function* candidates(docs: readonly Doc[], quotes: QuoteSpans, occupied: Occupied): Generator<Report> {
  for (let doc = 0; doc < docs.length; doc++) {
    const d = docs[doc] as Doc;
    let from = 0;
    for (let i = 1; i <= d.tokens.length; i++) {
      if (i < d.tokens.length && !breakBefore(d, i)) continue;
      const sentence = { from, to: i };
      from = i;
      if (sentence.to - sentence.from > MAX_REPORT_TOKENS || sentence.to - sentence.from < MIN_SHARED) continue;
      const span = charSpan(d.tokens, sentence);
      if (occupied.overlaps(doc, span.start, span.end) || quotes.hasSpeechIn(doc, span.start, span.end)) continue;
      for (const clause of clauses(d, sentence)) {
        const r = report(docs, quotes, occupied, doc, clause, -1);
        if (r.content.length >= MIN_SHARED) yield r;
      }
    }
  }
}

/** The lead-ins sharing most neighbouring-word pairs with `r`, at least {@link MIN_SHARED_PAIRS}. */
function likelyLeadIns(docs: readonly Doc[], r: Report, index: Map<string, number[]>): number[] {
  const counts = new Map<number, number>();
  for (const key of pairKeys(docs[r.doc] as Doc, r.content)) {
    const postings = index.get(key);
    if (!postings || postings.length > MAX_PAIR_POSTINGS) continue;
    for (const p of postings) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= MIN_SHARED_PAIRS).sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_COMPARED).map(([p]) => p);
}

/**
 * Clusters of reported speech (see the file comment): per quote cluster, its lead-ins and the unquoted
 * sentences elsewhere that report the same statement, each two that do compared word for word.
 */
export function joinReportedSpeech(clusters: readonly QuoteCluster[], docs: readonly Doc[], quotes: QuoteSpans): QuoteCluster[] {
  const occupied = new Occupied(clusters);
  const leads = leadIns(clusters, docs, quotes, occupied);
  if (leads.length === 0) return [];
  const index = new Map<string, number[]>();
  leads.forEach((l, k) => {
    for (const key of pairKeys(docs[l.doc] as Doc, l.content)) {
      const list = index.get(key);
      if (list) list.push(k);
      else index.set(key, [k]);
    }
  });
  const nodes: Report[] = [...leads];
  const edges: [number, number][] = [];
  // Lead-ins of one quote in two articles report one statement when they read alike (unless a cluster
  // compares them already).
  for (let i = 0; i < leads.length; i++) {
    const x = leads[i] as Report;
    if (!x.free) continue;
    for (const j of likelyLeadIns(docs, x, index)) {
      const y = leads[j] as Report;
      if (j > i && y.free && y.cluster === x.cluster && sameStatement(docs, x, y)) edges.push([i, j]);
    }
  }
  const isLead = (r: Report): boolean => leads.some((l) => l.doc === r.doc && l.start < r.end && r.start < l.end);
  for (const r of candidates(docs, quotes, occupied)) {
    const matched = likelyLeadIns(docs, r, index).filter((k) => sameStatement(docs, r, leads[k] as Report));
    if (matched.length === 0 || isLead(r)) continue;
    // A sentence reports one statement: the quote of the lead-in it shares most with. An article whose
    // lead-in reports it already says it once; a restatement further down is its own wording again.
    const cluster = (leads[matched[0] as number] as Report).cluster;
    if (leads.some((l) => l.cluster === cluster && l.article === r.article)) continue;
    const node = nodes.push({ ...r, cluster }) - 1;
    for (const k of matched) if ((leads[k] as Report).cluster === cluster) edges.push([k, node]);
  }
  const out: QuoteCluster[] = [];
  for (const members of components(nodes.length, edges)) {
    if (members.length < 2) continue;
    const local = new Map(members.map((m, k) => [m, k]));
    const witnesses: ClusterWitness[] = members.map((m) => {
      const r = nodes[m] as Report;
      return { ...toWitness({ doc: r.doc, range: r.range }, docs, quotes), quoted: false, reported: true };
    });
    const pairs: WitnessPair[] = [];
    for (const [x, y] of edges) {
      const lx = local.get(x);
      const ly = local.get(y);
      if (lx === undefined || ly === undefined) continue;
      const a = nodes[x] as Report;
      const b = nodes[y] as Report;
      const aligned = alignGlobal((docs[a.doc] as Doc).tokens, a.range, (docs[b.doc] as Doc).tokens, b.range, { freeEnd: false });
      if (aligned) pairs.push({ x: lx, y: ly, mode: 'aligned', ops: aligned.ops });
    }
    if (pairs.length > 0) out.push(finishCluster(witnesses, pairs));
  }
  return out;
}
