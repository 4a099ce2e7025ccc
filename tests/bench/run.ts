// `npm run bench`: prints the engine's wall time per stage and peak memory on the corpus, and wall time,
// peak memory and growth on synthetic corpora of 1x, 10x and 100x the corpus size. Figures only: nothing
// here fails a build; the target is that 100x costs no more than 12 times 10x.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { hasCorpus, projectRoot } from '../helpers/corpus';
import type { Measurement } from './measure';

const GROWTH_LIMIT = 12;
const scales = (process.env.VERBATIM_BENCH_SCALES ?? '1,10,100').split(',').map(Number);

function measure(args: string[]): Measurement {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, ['--max-old-space-size=16384', join(projectRoot, 'tests/bench/measure.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`bench ${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as Measurement;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (m: Measurement) =>
  `${m.label.padEnd(7)} ${String(m.documents).padStart(6)} docs ${(m.chars / 1e6).toFixed(2).padStart(7)} MB  wall ${fmt(m.wallMs).padStart(9)}  peak RSS ${m.peakRssMB.toFixed(0).padStart(6)} MB  ${m.clusters} clusters, ${m.discrepancies} discrepancies`;

if (hasCorpus) {
  const c = measure(['corpus']);
  console.log('Corpus (../shared/corpus):');
  console.log(row(c));
  for (const [stage, ms] of Object.entries(c.stageMs)) console.log(`  ${stage.padEnd(9)} ${fmt(ms).padStart(9)}`);
} else {
  console.log('Corpus: skipped (no ../shared/corpus beside the repository)');
}

console.log('\nSynthetic corpora (deterministic; each quoted passage in 2 to 6 documents):');
const results = new Map<number, Measurement>();
for (const scale of scales) {
  const m = measure(['synthetic', String(scale)]);
  results.set(scale, m);
  console.log(row(m));
  for (const [stage, ms] of Object.entries(m.stageMs)) console.log(`  ${stage.padEnd(9)} ${fmt(ms).padStart(9)}`);
}
const m10 = results.get(10);
const m100 = results.get(100);
if (m10 && m100) {
  const growth = m100.wallMs / m10.wallMs;
  console.log(`\nGrowth 10x -> 100x: wall time x${growth.toFixed(2)} (target <= ${GROWTH_LIMIT}), peak RSS x${(m100.peakRssMB / m10.peakRssMB).toFixed(2)}`);
  console.log(growth <= GROWTH_LIMIT ? 'close to linear: within target' : 'WARNING: growth above target');
}
