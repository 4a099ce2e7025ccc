// `npm run reliability:crash [-- --kills N]`: the long crash test; prints its figures, exits 1 on any loss.
import { runCrashTest } from './crash';

const at = process.argv.indexOf('--kills');
const kills = at === -1 ? 60 : Number(process.argv[at + 1]);
const figures = await runCrashTest({ kills, maxDelayMs: 400, finalWrites: 20, seed: Date.now() });
process.stdout.write(
  `crash test: ${figures.kills} kill -9s, ${figures.acknowledged} writes acknowledged, ${figures.lost} lost, ${figures.corrupt} corrupt, ${figures.strayTempFiles} stray temp files\n`,
);
if (figures.lost + figures.corrupt + figures.strayTempFiles > 0) process.exitCode = 1;
