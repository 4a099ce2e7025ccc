import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above this file). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built-in sample project the tests copy. */
export const SAMPLE = join(ROOT, 'main', 'sample');
/** Where tests save artifacts meant for people (screenshots); gitignored. */
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
