/**
 * Inspection (CONVENTIONS: intermediate results are inspectable): a dump of what the check did — seeds,
 * chains, windows, alignments, clusters and their direct comparisons — in plain JSON with the original
 * text beside every range, to explain a discrepancy that looks wrong. It runs the whole pipeline, so it
 * lives beside it, not inside a stage.
 */
import { TokenList } from './token-list';
import type { Attribution } from '../model';
import type { ClusterWitness } from './align/cluster';
import { formatOps } from './align/debug';
import type { PairTrace } from './align/pairs';
import { charSpan } from './align/quote-spans';
import { type AlignTuning, type CheckState, runStages } from './pipeline';
import type { AlignOp, CheckInput, CheckOptions, TokenRange } from './types';

/** A token range with its characters and original text. */
export interface RangeDump {
  document: string;
  tokens: TokenRange;
  start: number;
  end: number;
  text: string;
}

/** Everything {@link inspectCheck} returns. */
export interface AlignDump {
  documents: { id: string; path: string; tokens: number; fingerprints: number; candidates: number }[];
  pairs: {
    a: string;
    b: string;
    seeds: number;
    chains: { a: RangeDump; b: RangeDump; covered: number; runs: number }[];
    windows: { a: RangeDump; b: RangeDump }[];
    passages: { a: RangeDump; b: RangeDump; matched: number; score: number; alignment: string }[];
  }[];
  clusters: {
    source: Attribution;
    witnesses: { witness: RangeDump; attribution: Attribution }[];
    pairs: { x: number; y: number; mode: string; alignment: string }[];
    differences: { x: number; y: number; kind: string; severity: string; explanation: string }[];
  }[];
}

/**
 * Runs the stages (not the report) and dumps their intermediate results. `only` keeps the pairs and
 * clusters that involve at least one of these document ids (all when omitted). Costly: every seed
 * chain's text is copied; for explaining, not for production checks.
 */
export function inspectCheck(input: CheckInput, options: CheckOptions = {}, tuning: AlignTuning = {}, only?: readonly string[]): AlignDump {
  const traces: PairTrace[] = [];
  const state = runStages(input, options, tuning, (t) => traces.push(t));
  const id = (doc: number) => state.analyses[doc]?.document.id ?? `#${doc}`;
  const keep = (...docs: number[]) => !only || docs.some((d) => only.includes(id(d)));
  const range = (doc: number, r: TokenRange): RangeDump => rangeDump(state, doc, r);
  return {
    documents: state.analyses.map((a) => ({ id: a.document.id, path: a.document.path, tokens: a.tokens.length, fingerprints: a.fingerprints?.length ?? 0, candidates: a.candidates.length })),
    pairs: traces
      .filter((t) => keep(t.docA, t.docB))
      .map((t) => ({
        a: id(t.docA),
        b: id(t.docB),
        seeds: t.seeds,
        chains: t.chains.map((c) => ({ a: range(t.docA, c.a), b: range(t.docB, c.b), covered: c.covered, runs: c.runs })),
        windows: t.windows.map((w) => ({ a: range(t.docA, w.a), b: range(t.docB, w.b) })),
        passages: t.passages.map((p) => ({ a: range(p.docA, p.a), b: range(p.docB, p.b), matched: p.matched, score: p.score, alignment: opsText(state, p.docA, p.docB, p.ops) })),
      })),
    clusters: state.clusters
      .filter((c) => keep(...c.cluster.witnesses.map((w) => w.doc)))
      .map(({ cluster, differences }) => ({
        source: cluster.source,
        witnesses: cluster.witnesses.map((w) => ({ witness: range(w.doc, w.range), attribution: w.attribution })),
        pairs: cluster.pairs.map((p) => {
          const wx = cluster.witnesses[p.x] as ClusterWitness;
          const wy = cluster.witnesses[p.y] as ClusterWitness;
          return { x: p.x, y: p.y, mode: p.mode, alignment: p.mode === 'aligned' ? opsText(state, wx.doc, wy.doc, p.ops) : '' };
        }),
        differences: differences.map((d) => ({ x: d.x, y: d.y, kind: d.difference.kind, severity: d.difference.severity, explanation: d.difference.explanation })),
      })),
  };
}

function rangeDump(state: CheckState, doc: number, r: TokenRange): RangeDump {
  const a = state.analyses[doc];
  if (!a) return { document: `#${doc}`, tokens: r, start: 0, end: 0, text: '' };
  const { start, end } = charSpan(a.tokens, r);
  return { document: a.document.id, tokens: { ...r }, start, end, text: a.document.text.slice(start, end) };
}

function opsText(state: CheckState, docA: number, docB: number, ops: readonly AlignOp[]): string {
  return formatOps(state.analyses[docA]?.tokens ?? TokenList.EMPTY, state.analyses[docB]?.tokens ?? TokenList.EMPTY, ops);
}
