// Shared builders for the align and pipeline tests: deterministic pseudo-English filler that never matches
// itself by chance, and documents with a stable fake sha256.
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../../../../shared/model';

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sul', 'vad', 'lin', 'pe', 'du', 'ber', 'go', 'ni', 'tra', 'mel', 'zo', 'han'];

/** `n` filler words from a seeded generator (mulberry32); different seeds give unrelated text. */
export function filler(seed: number, n: number): string {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => Array.from({ length: 3 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('')).join(' ');
}

/** A source document with the sha256 of its text. */
export function doc(id: string, text: string): SourceDocument {
  return { id, path: `${id}.txt`, title: id, text, sha256: createHash('sha256').update(text).digest('hex') };
}

/** A press passage of 40 words used across tests, with a figure and a name to change. */
export const PASSAGE =
  'Survivors reported that Armenian soldiers shot and bayoneted more than 450 Azeris, many of them women and children. ' +
  'Hundreds, possibly thousands, were missing and feared dead. The attackers killed most of the soldiers and volunteers ' +
  'defending the women and children, said Raisa Aslanova, who arrived in Aghdam.';
