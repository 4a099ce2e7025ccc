import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two levels above this file). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared/corpus` beside the repository: given to developers and CI, absent in a user's clone. */
export const corpusDir = resolve(projectRoot, '..', 'shared', 'corpus');

/** True when the real-world corpus is present; corpus tests skip otherwise. */
export const hasCorpus = existsSync(join(corpusDir, '001.txt'));

/** Why corpus tests are skipped, for the test name. */
export const corpusSkipReason = hasCorpus ? '' : ` (skipped: no corpus at ${corpusDir}; it lives beside the repository, not in it)`;

/** The text of one corpus file, e.g. `readCorpus('004.txt')`. */
export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}
