/**
 * Passages made whole (stage 4, after quote bounds): local alignment stops where changed words outweigh
 * matching ones, and seed chains break where a reprint skips a stretch, so one witness pair can come out
 * as several passages, or as one that stops short of its end (`… at around 8:30 p.m. and then attacked` /
 * `… at around 10 p.m. and were attacked`). Three repairs, each needing evidence:
 *
 * - **bridge**: two passages of one pair that follow each other in both documents, with at most
 *   {@link MAX_CHAIN_GAP} tokens between them on one side and {@link MAX_BRIDGE} on the other, become one
 *   when the stretch between them, aligned globally, holds {@link MIN_EVIDENCE} tokens in exact runs, or when
 *   one side skips nothing at all and the other skips a stretch of the same quote (a dropped paragraph);
 * - **extend**: the text after (before) a passage, up to where either witness's section or quote ends, is
 *   aligned globally from the passage on; it joins up to its last exact run of {@link MIN_RUN} tokens when
 *   the runs hold {@link MIN_EVIDENCE} tokens, or when that run ends a witness (`… The survivors said` /
 *   `… The survivors said 2000 others`);
 * - **sentence edges**: when nothing else extends them, the words between a passage and the start (end)
 *   of its sentence on each side stand in each other's place — in quotes up to a sentence's length,
 *   elsewhere only the last (first) word or three; a sentence that is mostly that head (under half its
 *   words matched) is one sentence in another's place, its few shared words no match.
 *
 * All work is bounded: extensions reach at most {@link MAX_EXTENSION} tokens, a global alignment at most
 * `MAX_GLOBAL_CELLS` cells.
 */
import type { AlignOp, Token, TokenRange } from '../types';
import { alignGlobal } from './global-alignment';
import { markMoves } from './moves';
import type { SharedPassage } from './pairs';
import type { QuoteSpans } from './quote-spans';
import { MAX_CHAIN_GAP, type SeedDocument } from './seeds';
import { sentenceBreak } from './sentences';
import type { TokenList } from '../token-list';

/** Most tokens on the longer side of a bridge. */
export const MAX_BRIDGE = 400;
/** Most tokens one side of a passage is extended by. */
export const MAX_EXTENSION = 200;
/** Shortest exact run that anchors an extension. */
export const MIN_RUN = 3;
/** Tokens in exact runs of at least {@link MIN_RUN} (two or more for a bridge) that make a stretch part of a passage. */
export const MIN_EVIDENCE = 6;
/** Longest sentence head or tail paired across witnesses. */
const MAX_SENTENCE_EDGE = 40;
/** Longest head or tail paired where the sides are not quotes. */
const MAX_UNQUOTED_EDGE = 3;

/** A document as this step needs it: tokens, fingerprints and its text (for sections and sentences). */
export interface TextDocument extends SeedDocument {
  text: string;
}

/** True when the text between two tokens ends a section: a heading starts, a rule, or two blank lines. */
function sectionBreak(gap: string, nextLineStart: string): boolean {
  if (/\n[ \t]*\n[ \t]*\n/u.test(gap)) return true;
  if (/\n[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*\n/u.test(gap)) return true;
  return gap.includes('\n') && /^[ \t]{0,3}#/u.test(nextLineStart);
}

/** The text between tokens `i - 1` and `i`, and the start of the line token `i` stands on. */
function between(d: TextDocument, i: number): { gap: string; line: string } {
  const prev = d.tokens.at(i - 1) as Token;
  const next = d.tokens.at(i) as Token;
  const lineStart = d.text.lastIndexOf('\n', next.start - 1) + 1;
  return { gap: d.text.slice(prev.end, next.start), line: d.text.slice(lineStart, next.start + 1) };
}

/**
 * How far a side may be extended from token `edge` in direction `step`: up to {@link MAX_EXTENSION}
 * tokens, stopping at a section break, at the edge of the bounding quote the edge token stands in, and at
 * `stop`. Returns the bound (exclusive for +1, inclusive for −1) and whether the witness itself ends
 * there (a section break, a quote's edge or the document's), rather than a limit of the search.
 */
function reach(d: TextDocument, docNo: number, edge: number, step: 1 | -1, stop: number, quotes: QuoteSpans): { bound: number; natural: boolean } {
  const edgeTok = d.tokens.at(edge) as Token;
  const q = quotes.boundingIndex(docNo, edgeTok.start, edgeTok.end);
  let i = edge + step;
  let n = 0;
  let natural = false;
  for (; ; i += step, n++) {
    if (i < 0 || i >= d.tokens.length) {
      natural = true;
      break;
    }
    if (n >= MAX_EXTENSION || (step > 0 ? i >= stop : i < stop)) break;
    const t = d.tokens.at(i) as Token;
    const { gap, line } = between(d, step > 0 ? i : i + 1);
    if ((q >= 0 && quotes.boundingIndex(docNo, t.start, t.end) !== q) || sectionBreak(gap, line)) {
      natural = true;
      break;
    }
  }
  return { bound: step > 0 ? i : i + 1, natural };
}

/** Share of the joined stretch (its longer side) that exact matches must cover when it does not end a witness. */
const MIN_DENSITY = 0.35;

/**
 * True when the two ranges share a run of {@link MIN_RUN} equal token keys anywhere: without one no
 * extension can be anchored, so the global alignment (the costly part) is not tried. Linear in the ranges.
 */
function sharesRun(a: TokenList, ra: TokenRange, b: TokenList, rb: TokenRange): boolean {
  if (ra.to - ra.from < MIN_RUN || rb.to - rb.from < MIN_RUN) return false;
  const key = (t: TokenList, i: number): string => `${t.norm(i)}\u0000${t.norm(i + 1)}\u0000${t.norm(i + 2)}`;
  const seen = new Set<string>();
  for (let i = ra.from; i + MIN_RUN <= ra.to; i++) seen.add(key(a, i));
  for (let j = rb.from; j + MIN_RUN <= rb.to; j++) if (seen.has(key(b, j))) return true;
  return false;
}

/** Exact runs (equal ops) of at least `min` tokens in `ops[0..k]`: their total. */
function evidence(ops: readonly AlignOp[], k: number, min: number): number {
  let n = 0;
  for (let i = 0; i <= k; i++) {
    const op = ops[i] as AlignOp;
    const len = op.a.to - op.a.from;
    if (op.op === 'equal' && len >= min) n += len;
  }
  return n;
}

/** Index of the last equal op of at least {@link MIN_RUN} tokens, or −1. */
function lastRun(ops: readonly AlignOp[]): number {
  for (let k = ops.length - 1; k >= 0; k--) {
    const op = ops[k] as AlignOp;
    if (op.op === 'equal' && op.a.to - op.a.from >= MIN_RUN) return k;
  }
  return -1;
}

/** `x` then `y`, merging the op where they meet when both are of one kind. */
function concat(x: readonly AlignOp[], y: readonly AlignOp[]): AlignOp[] {
  const out = x.map((op) => ({ ...op, a: { ...op.a }, b: { ...op.b } }));
  for (const op of y) {
    const last = out[out.length - 1];
    if (last && last.op === op.op && last.moved === undefined && op.moved === undefined && last.a.to === op.a.from && last.b.to === op.b.from) {
      last.a.to = op.a.to;
      last.b.to = op.b.to;
    } else out.push({ ...op, a: { ...op.a }, b: { ...op.b } });
  }
  return out;
}

const matchedOf = (ops: readonly AlignOp[]): number => ops.reduce((n, op) => n + (op.op === 'equal' ? op.a.to - op.a.from : 0), 0);

interface Context {
  docs: readonly TextDocument[];
  quotes: QuoteSpans;
}

/** The ops spanning the stretch between `p` and `q` (in order on both sides), or null when it does not belong to them. */
function bridgeOps(p: SharedPassage, q: SharedPassage, ctx: Context): AlignOp[] | null {
  const A = ctx.docs[p.docA] as TextDocument;
  const B = ctx.docs[p.docB] as TextDocument;
  const ga = { from: p.a.to, to: q.a.from };
  const gb = { from: p.b.to, to: q.b.from };
  const na = ga.to - ga.from;
  const nb = gb.to - gb.from;
  if (na < 0 || nb < 0 || Math.min(na, nb) > MAX_CHAIN_GAP || Math.max(na, nb) > MAX_BRIDGE) return null;
  if (na === 0 && nb === 0) return [];
  if (na === 0 || nb === 0) {
    // One side skips a stretch the other has: a dropped paragraph, when the stretch lies in the quote
    // both passages stand in.
    const [d, docNo, r] = na > 0 ? [A, p.docA, ga] : [B, p.docB, gb];
    const first = d.tokens.at(r.from - 1) as Token;
    const q = ctx.quotes.boundingIndex(docNo, first.start, first.end);
    if (q < 0) return null;
    for (let i = r.from; i <= r.to; i++) {
      const t = d.tokens.at(i) as Token | undefined;
      if (t && ctx.quotes.boundingIndex(docNo, t.start, t.end) !== q) return null;
    }
    return [na > 0 ? { op: 'delete', a: ga, b: { from: gb.from, to: gb.from } } : { op: 'insert', a: { from: ga.from, to: ga.from }, b: gb }];
  }
  const r = alignGlobal(A.tokens, ga, B.tokens, gb, { freeEnd: false });
  if (!r || evidence(r.ops, r.ops.length - 1, 2) < MIN_EVIDENCE) return null;
  return r.ops;
}

/** Joins the passages of one pair that a bridge connects; `list` is sorted by `a.from`. */
function bridge(list: SharedPassage[], ctx: Context): SharedPassage[] {
  const out: SharedPassage[] = [];
  for (const q of list) {
    const p = out[out.length - 1];
    const self = q.docA === q.docB;
    const ops = p && !(self && q.a.to > p.b.from) ? bridgeOps(p, q, ctx) : null;
    if (p && ops) {
      const merged = concat(concat(p.ops, ops), q.ops);
      out[out.length - 1] = { ...p, a: { from: p.a.from, to: q.a.to }, b: { from: p.b.from, to: q.b.to }, ops: merged, score: p.score + q.score, matched: matchedOf(merged) };
    } else out.push(q);
  }
  return out;
}

/** The passage extended after its end (`step` +1) or before its start (−1), within `limitA`/`limitB`. */
function extendSide(p: SharedPassage, step: 1 | -1, limitA: number, limitB: number, ctx: Context): SharedPassage {
  const A = ctx.docs[p.docA] as TextDocument;
  const B = ctx.docs[p.docB] as TextDocument;
  const xa = step > 0 ? reach(A, p.docA, p.a.to - 1, 1, limitA, ctx.quotes) : reach(A, p.docA, p.a.from, -1, limitA, ctx.quotes);
  const xb = step > 0 ? reach(B, p.docB, p.b.to - 1, 1, limitB, ctx.quotes) : reach(B, p.docB, p.b.from, -1, limitB, ctx.quotes);
  const ra = step > 0 ? { from: p.a.to, to: xa.bound } : { from: xa.bound, to: p.a.from };
  const rb = step > 0 ? { from: p.b.to, to: xb.bound } : { from: xb.bound, to: p.b.from };
  if (ra.to <= ra.from || rb.to <= rb.from) return p;
  // Both reaches aligned to their ends: the last exact run decides how much joins, and what lies past it
  // (one witness going on where the other has stopped) is left out. An end left free would rather skip a
  // long stretch than pay for it, and never reach the run beyond (`… The survivors said`).
  const r = sharesRun(A.tokens, ra, B.tokens, rb) ? alignGlobal(A.tokens, ra, B.tokens, rb, { freeEnd: false, reversed: step < 0 }) : null;
  if (r) {
    const ops = step > 0 ? r.ops : [...r.ops].reverse();
    const k = lastRun(ops);
    if (k >= 0) {
      const run = ops[k] as AlignOp;
      // The run is the last thing one witness says (`… The survivors said` / `… The survivors said 2000 others`).
      const endsWitness = step > 0 ? (run.a.to === ra.to && xa.natural) || (run.b.to === rb.to && xb.natural) : (run.a.from === ra.from && xa.natural) || (run.b.from === rb.from && xb.natural);
      const kept = ops.slice(0, k + 1);
      const span = Math.max(...(['a', 'b'] as const).map((side) => kept.reduce((n, op) => n + op[side].to - op[side].from, 0)));
      const dense = evidence(ops, k, MIN_RUN) >= MIN_EVIDENCE && matchedOf(kept) >= MIN_DENSITY * span;
      if (dense || endsWitness) {
        const forward = step > 0 ? kept : [...kept].reverse();
        const merged = step > 0 ? concat(p.ops, forward) : concat(forward, p.ops);
        const a = step > 0 ? { from: p.a.from, to: run.a.to } : { from: run.a.from, to: p.a.to };
        const b = step > 0 ? { from: p.b.from, to: run.b.to } : { from: run.b.from, to: p.b.to };
        return { ...p, a, b, ops: markMoves(merged, A.tokens, B.tokens), matched: matchedOf(merged) };
      }
    }
  }
  return sentenceEdge(p, step, ra, rb, ctx);
}

/**
 * Both sides quotes, nothing to anchor on: the words from the passage back to its sentence's start (or on
 * to its end) on each side, if both have some, stand in each other's place (`A local truce … still hiding
 * in the hills` / `The bodies … as they hid in the hills`). A side whose quote starts or ends with the
 * passage has none, and the other's words are then a longer excerpt, not a difference.
 */
function sentenceEdge(p: SharedPassage, step: 1 | -1, ra: TokenRange, rb: TokenRange, ctx: Context): SharedPassage {
  const A = ctx.docs[p.docA] as TextDocument;
  const B = ctx.docs[p.docB] as TextDocument;
  const quoted = (d: TextDocument, docNo: number, i: number): boolean => {
    const t = d.tokens.at(i) as Token;
    return ctx.quotes.boundingIndex(docNo, t.start, t.end) >= 0;
  };
  const bothQuoted = quoted(A, p.docA, step > 0 ? p.a.to - 1 : p.a.from) && quoted(B, p.docB, step > 0 ? p.b.to - 1 : p.b.from);
  const edge = (d: TextDocument, r: TokenRange): TokenRange | null => {
    if (step > 0) {
      let i = r.from;
      while (i < r.to && !(i > r.from && sentenceBreak(between(d, i).gap))) i++;
      if (i - r.from > MAX_SENTENCE_EDGE || (i === r.to && r.to < d.tokens.length && !sentenceBreak(between(d, r.to).gap))) return null;
      return { from: r.from, to: i };
    }
    let i = r.to;
    while (i > r.from && !sentenceBreak(between(d, i).gap)) i--;
    if (r.to - i > MAX_SENTENCE_EDGE || (i === r.from && r.from > 0 && !sentenceBreak(between(d, r.from).gap))) return null;
    return { from: i, to: r.to };
  };
  // Does the passage itself start (end) a sentence on this side? Then there is no head (tail) to pair.
  const atBreak = (d: TextDocument, i: number): boolean => i <= 0 || i >= d.tokens.length || sentenceBreak(between(d, i).gap);
  if (atBreak(A, step > 0 ? p.a.to : p.a.from) || atBreak(B, step > 0 ? p.b.to : p.b.from)) return p;
  const ea = edge(A, ra);
  const eb = edge(B, rb);
  if (!ea || !eb || ea.to <= ea.from || eb.to <= eb.from) return p;
  // Outside quotes nothing says where a passage ends; a last word or two before both sentences end
  // (`… until the end of 2024.` / `… of 2025.`) still belongs to it.
  if (!bothQuoted && (ea.to - ea.from > MAX_UNQUOTED_EDGE || eb.to - eb.from > MAX_UNQUOTED_EDGE)) return p;
  const op: AlignOp = { op: 'replace', a: ea, b: eb };
  const ops = step > 0 ? concat(p.ops, [op]) : concat([op], p.ops);
  const edged = { ...p, a: step > 0 ? { from: p.a.from, to: ea.to } : { from: ea.from, to: p.a.to }, b: step > 0 ? { from: p.b.from, to: eb.to } : { from: eb.from, to: p.b.to }, ops };
  return wholeSentence(edged, step, A, B);
}

/**
 * The passage's first (`step` −1) or last (+1) sentence, whose head (tail) was just paired, when it is
 * mostly that head: two different sentences that happen to share a few words (`The bodies … as they hid
 * in the hills and forest after the massacre.` / `A local truce … still hiding in the hills and forest.`)
 * are one sentence in another's place, not a changed head and an omission inside. The sentence becomes
 * one `replace` when its matched words are under half of either side's sentence and the sentence ends at
 * the same place of the alignment on both sides; otherwise the passage is returned as it is.
 */
function wholeSentence(p: SharedPassage, step: 1 | -1, A: TextDocument, B: TextDocument): SharedPassage {
  const ops = p.ops;
  const brk = (d: TextDocument, i: number): boolean => i <= 0 || i >= d.tokens.length || sentenceBreak(between(d, i).gap);
  // Walk ops from the paired edge inwards until both sides reach a sentence break at one op boundary.
  let matched = 0;
  const order = step < 0 ? ops.map((_, i) => i) : ops.map((_, i) => ops.length - 1 - i);
  for (let n = 1; n < order.length; n++) {
    const op = ops[order[n] as number] as AlignOp;
    // A moved stretch's partner stands elsewhere: the sentence is not one replacement then.
    if (op.moved !== undefined) return p;
    const [ia, ib] = step < 0 ? [op.a.from, op.b.from] : [op.a.to, op.b.to];
    if (brk(A, ia) && brk(B, ib)) {
      const cut = step < 0 ? order[n] as number : (order[n] as number) + 1;
      const a = step < 0 ? { from: p.a.from, to: ia } : { from: ia, to: p.a.to };
      const b = step < 0 ? { from: p.b.from, to: ib } : { from: ib, to: p.b.to };
      if (2 * matched >= Math.min(a.to - a.from, b.to - b.from)) return p;
      const merged: AlignOp = { op: 'replace', a, b };
      const rest = step < 0 ? ops.slice(cut) : ops.slice(0, cut);
      const out = step < 0 ? concat([merged], rest) : concat(rest, [merged]);
      return { ...p, ops: out, matched: matchedOf(out) };
    }
    if (op.op === 'equal') {
      // A sentence break inside an exact run: the run's words up to it are the sentence's matched words.
      const len = op.a.to - op.a.from;
      for (let t = 1; t < len; t++) {
        const k = step < 0 ? t : len - t;
        if (brk(A, op.a.from + k) && brk(B, op.b.from + k)) {
          const split: AlignOp[] = [
            { op: 'equal', a: { from: op.a.from, to: op.a.from + k }, b: { from: op.b.from, to: op.b.from + k } },
            { op: 'equal', a: { from: op.a.from + k, to: op.a.to }, b: { from: op.b.from + k, to: op.b.to } },
          ];
          const at = order[n] as number;
          return wholeSentence({ ...p, ops: [...ops.slice(0, at), ...split, ...ops.slice(at + 1)] }, step, A, B);
        }
      }
      matched += len;
    }
    if (n > MAX_SENTENCE_EDGE) return p;
  }
  return p;
}

/**
 * Bridges and extends the passages of every document pair (see the file comment). Passages keep their
 * order by (docA, docB, a.from); an extension never reaches into the next or previous passage of its pair.
 */
export function extendPassages(passages: readonly SharedPassage[], docs: readonly TextDocument[], quotes: QuoteSpans): SharedPassage[] {
  const ctx: Context = { docs, quotes };
  const groups = new Map<string, SharedPassage[]>();
  for (const p of passages) {
    const key = `${p.docA}:${p.docB}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const out: SharedPassage[] = [];
  for (const list of groups.values()) {
    const bridged = bridge([...list].sort((x, y) => x.a.from - y.a.from || x.b.from - y.b.from), ctx);
    for (const p of bridged) {
      const self = p.docA === p.docB;
      // The nearest other passage of the pair on each side bounds the reach; within one document the two
      // copies must not grow into each other either.
      let tailA = Math.min((docs[p.docA] as TextDocument).tokens.length, self ? p.b.from : Infinity);
      let tailB = (docs[p.docB] as TextDocument).tokens.length;
      let leadA = 0;
      let leadB = self ? p.a.to : 0;
      for (const q of bridged) {
        if (q === p) continue;
        if (q.a.from >= p.a.to) tailA = Math.min(tailA, q.a.from);
        if (q.b.from >= p.b.to) tailB = Math.min(tailB, q.b.from);
        if (q.a.to <= p.a.from) leadA = Math.max(leadA, q.a.to);
        if (q.b.to <= p.b.from) leadB = Math.max(leadB, q.b.to);
      }
      out.push(extendSide(extendSide(p, 1, tailA, tailB, ctx), -1, leadA, leadB, ctx));
    }
  }
  return out.sort((x, y) => x.docA - y.docA || x.docB - y.docB || x.a.from - y.a.from || x.b.from - y.b.from);
}
