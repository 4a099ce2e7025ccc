// One benchmark measurement in its own process, so the peak memory it reports is its own. CPU time
// (process.cpuUsage) is what the verdicts use: it barely moves with the load of the machine, wall time does.
// Usage: tsx tests/bench/measure.ts check|plain|tokenize corpus|<scale> | peer|check-files <file>...
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import { check, tokenize } from '../../shared/engine';
import type { Stage } from '../../shared/engine/types';
import type { SourceDocument } from '../../shared/model';
import { corpusDir } from '../helpers/corpus';
import { syntheticCorpus } from './synthetic';

export interface Measurement {
  /** For repeated passes: CPU milliseconds of the first (cold) run; `cpuMs` is then the median. */
  firstCpuMs?: number;
  label: string;
  documents: number;
  chars: number;
  wallMs: number;
  cpuMs: number;
  /** CPU milliseconds per engine stage (check only). */
  stageCpuMs: Partial<Record<Stage, number>>;
  peakRssMB: number;
  clusters: number;
  discrepancies: number;
}

/** Characters in the real corpus: the unit of the synthetic scales. */
export const CORPUS_CHARS = 344_196;

/** CPU time of this process so far, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function corpusDocuments(files?: readonly string[]): SourceDocument[] {
  const names = files ?? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  return names.map((f, i) => ({ id: `d${i + 1}`, path: f, title: f, text: readFileSync(join(corpusDir, f), 'utf8'), sha256: String(i).padStart(64, '0') }));
}

function documentsFor(what: string): { label: string; documents: SourceDocument[] } {
  if (what === 'corpus') return { label: 'corpus', documents: corpusDocuments() };
  const scale = Number(what);
  return { label: `${scale}x`, documents: syntheticCorpus({ totalChars: CORPUS_CHARS * scale, docChars: 20_000, seed: 1992 }) };
}

const base = (label: string, documents: readonly SourceDocument[]) => ({ label, documents: documents.length, chars: documents.reduce((n, d) => n + d.text.length, 0) });

/** The engine over `documents`, each stage timed on the CPU clock. */
function measureCheck(label: string, documents: readonly SourceDocument[]): Measurement {
  const stageCpuMs: Partial<Record<Stage, number>> = {};
  const w0 = performance.now();
  const c0 = cpuMs();
  const report = check({ documents }, { now: cpuMs, onStageTime: (stage, ms) => (stageCpuMs[stage] = (stageCpuMs[stage] ?? 0) + ms) });
  return { ...base(label, documents), wallMs: performance.now() - w0, cpuMs: cpuMs() - c0, stageCpuMs, peakRssMB: process.resourceUsage().maxRSS / 1024, clusters: report.clusters.length, discrepancies: report.discrepancies.length };
}

/** Runs of the plain pass and of the engine's tokenizer; the median is kept (one pass takes milliseconds). */
const REPEATS = 9;

/** `pass` over `documents` {@link REPEATS} times: the first run (cold, as a command line runs it) and the median. */
function repeated(label: string, documents: readonly SourceDocument[], pass: (text: string) => number): Measurement & { firstCpuMs: number } {
  const runs: { wall: number; cpu: number }[] = [];
  let count = 0;
  for (let r = 0; r < REPEATS; r++) {
    const w0 = performance.now();
    const c0 = cpuMs();
    count = 0;
    for (const d of documents) count += pass(d.text);
    runs.push({ wall: performance.now() - w0, cpu: cpuMs() - c0 });
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1] as number;
  const firstCpuMs = (runs[0] as { cpu: number }).cpu;
  return { ...base(label, documents), wallMs: mid(runs.map((r) => r.wall)), cpuMs: mid(runs.map((r) => r.cpu)), firstCpuMs, stageCpuMs: {}, peakRssMB: process.resourceUsage().maxRSS / 1024, clusters: 0, discrepancies: count };
}

/** The floor every tokenizer pays: one regular-expression pass over the same texts, keeping the words. */
const plainPass = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** The engine's tokenize stage on its own (no cache), for the same comparison warm. */
const enginePass = (text: string): number => tokenize(text).length;

/** The naive peer: jsdiff's word diff of every pair of `documents` (what a script without an index does). */
function measurePeer(label: string, documents: readonly SourceDocument[]): Measurement {
  const w0 = performance.now();
  const c0 = cpuMs();
  let changes = 0;
  for (let i = 0; i < documents.length; i++) for (let j = i + 1; j < documents.length; j++) changes += diffWords((documents[i] as SourceDocument).text, (documents[j] as SourceDocument).text).length;
  return { ...base(label, documents), wallMs: performance.now() - w0, cpuMs: cpuMs() - c0, stageCpuMs: {}, peakRssMB: process.resourceUsage().maxRSS / 1024, clusters: 0, discrepancies: changes };
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'check') {
  const { label, documents } = documentsFor(args[0] ?? 'corpus');
  process.stdout.write(`${JSON.stringify(measureCheck(label, documents))}\n`);
} else if (mode === 'plain' || mode === 'tokenize') {
  const { label, documents } = documentsFor(args[0] ?? 'corpus');
  process.stdout.write(`${JSON.stringify(repeated(label, documents, mode === 'plain' ? plainPass : enginePass))}\n`);
} else if (mode === 'peer' || mode === 'check-files') {
  const documents = corpusDocuments(args);
  const label = args.join(' × ');
  process.stdout.write(`${JSON.stringify(mode === 'peer' ? measurePeer(label, documents) : measureCheck(label, documents))}\n`);
} else if (mode !== undefined) {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exitCode = 2;
}
