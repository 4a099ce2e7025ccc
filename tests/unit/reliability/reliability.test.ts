import { describe, expect, it } from 'vitest';
import { runCrashTest } from '../../reliability/crash';
import { runTwoWriters } from '../../reliability/two-writers';

// Bounded versions of `npm run reliability:crash` and `npm run reliability:two-writers`: real processes,
// a few kills and a few dozen writes, so they take seconds.
describe('nothing acknowledged is lost', () => {
  it('a writer killed with SIGKILL three times: every acknowledged write is in a valid verbatim.json, no temp file left', async () => {
    const figures = await runCrashTest({ kills: 3, maxDelayMs: 300, finalWrites: 8 });
    expect(figures.acknowledged).toBeGreaterThan(8);
    expect(figures).toMatchObject({ kills: 3, lost: 0, corrupt: 0, strayTempFiles: 0 });
  });

  it('two hosts, the command line and an outside edit on one project: one writer wins, the others are told who holds it', async () => {
    const figures = await runTwoWriters({ creates: 10 });
    expect(figures).toEqual({
      acknowledged: 10, refusedSecondHost: 10, toldWhoHolds: true, cliAddExitCode: 2, lost: 0, outsideLost: 0, corrupt: 0,
    });
  });
});
