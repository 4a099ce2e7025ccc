// One benchmark measurement in its own process, so the peak memory it reports is its own.
// Usage: tsx tests/bench/measure.ts corpus | tsx tests/bench/measure.ts synthetic <scale>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from '../../shared/engine';
import type { Stage } from '../../shared/engine/types';
import type { SourceDocument } from '../../shared/model';
import { corpusDir } from '../helpers/corpus';
import { syntheticCorpus } from './synthetic';

export interface Measurement {
  label: string;
  documents: number;
  chars: number;
  wallMs: number;
  stageMs: Partial<Record<Stage, number>>;
  peakRssMB: number;
  clusters: number;
  discrepancies: number;
}

function corpusDocuments(): SourceDocument[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({ id: `d${i + 1}`, path: f, title: f, text: readFileSync(join(corpusDir, f), 'utf8'), sha256: String(i).padStart(64, '0') }));
}

/** Characters in the real corpus: the unit of the synthetic scales. */
export const CORPUS_CHARS = 344_196;

const [mode, scaleArg] = process.argv.slice(2);
const scale = Number(scaleArg ?? 1);
const documents = mode === 'corpus' ? corpusDocuments() : syntheticCorpus({ totalChars: CORPUS_CHARS * scale, docChars: 20_000, seed: 1992 });
const stageMs: Partial<Record<Stage, number>> = {};
const t0 = performance.now();
const report = check({ documents }, { now: () => performance.now(), onStageTime: (stage, ms) => (stageMs[stage] = (stageMs[stage] ?? 0) + ms) });
const wallMs = performance.now() - t0;
const m: Measurement = {
  label: mode === 'corpus' ? 'corpus' : `${scale}x`,
  documents: documents.length,
  chars: documents.reduce((n, d) => n + d.text.length, 0),
  wallMs,
  stageMs,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  clusters: report.clusters.length,
  discrepancies: report.discrepancies.length,
};
process.stdout.write(`${JSON.stringify(m)}\n`);
