// `npm run reliability:two-writers [-- --creates N]`: two hosts, the CLI and an outside edit on one project;
// prints the figures and exits 1 when anything acknowledged was lost.
import { runTwoWriters } from './two-writers';

const at = process.argv.indexOf('--creates');
const creates = at === -1 ? 100 : Number(process.argv[at + 1]);
const f = await runTwoWriters({ creates });
process.stdout.write(
  `two writers: ${f.acknowledged} creates acknowledged by the first host, ${f.refusedSecondHost} refused by the second (told who holds the project: ${f.toldWhoHolds ? 'yes' : 'no'}), ` +
    `verbatim add exit code ${f.cliAddExitCode}, ${f.lost} lost, ${f.outsideLost} outside edits lost, ${f.corrupt} corrupt\n`,
);
if (f.lost + f.outsideLost + f.corrupt > 0 || !f.toldWhoHolds || f.cliAddExitCode !== 2) process.exitCode = 1;
