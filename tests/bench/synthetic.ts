import type { SourceDocument } from '../../shared/model';

/** A small deterministic PRNG (mulberry32): the same seed always yields the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sul', 'vad', 'or', 'lin', 'pe', 'du', 'ast', 'ber', 'go', 'ni', 'tra', 'mel', 'qui', 'zo', 'han', 'ex'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'was', 'were', 'that', 'with', 'on', 'by'];

/** Options of the generator; sizes are in characters so scales compare with the real corpus. */
export interface SyntheticOptions {
  /** Total characters to generate, roughly. */
  totalChars: number;
  /** Characters per document, roughly. */
  docChars: number;
  seed: number;
}

/**
 * A synthetic corpus: documents of unrelated pseudo-English text into which quoted passages are pasted,
 * each passage into 2 to 6 documents, each copy with the variation real reprints show (a changed figure,
 * a substituted word, a dropped clause, a marked elision, noise) so every engine stage does real work.
 */
export function syntheticCorpus(options: SyntheticOptions): SourceDocument[] {
  const rand = prng(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const vocab = Array.from({ length: 6000 }, () => {
    const n = 1 + Math.floor(rand() * 3);
    return Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  });
  const word = () => (rand() < 0.3 ? pick(FUNCTION_WORDS) : pick(vocab));
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(rand() * (max - min));
    const words = Array.from({ length: n }, (_, i) => (i > 0 && rand() < 0.05 ? String(Math.floor(rand() * 2000)) : word()));
    const s = words.join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const docCount = Math.max(2, Math.round(options.totalChars / options.docChars));
  const bodies: string[][] = Array.from({ length: docCount }, () => []);
  const sizes = new Array<number>(docCount).fill(0);
  // About a fifth of the text is quoted passages, as in the real corpus.
  const passageCount = Math.max(1, Math.round((options.totalChars * 0.2) / (600 * 4)));
  for (let p = 0; p < passageCount; p++) {
    const passage = Array.from({ length: 4 + Math.floor(rand() * 4) }, () => sentence(10, 22)).join(' ');
    const copies = 2 + Math.floor(rand() * 5);
    const outlet = `The ${pick(vocab)} ${pick(['Herald', 'Courier', 'Times', 'Gazette'])}`;
    for (let c = 0; c < copies; c++) {
      const d = Math.floor(rand() * docCount);
      const text = c === 0 ? passage : vary(passage, rand);
      bodies[d]!.push(`${outlet} reported: “${text}”`);
      sizes[d]! += text.length;
    }
  }
  return bodies.map((parts, i) => {
    while (sizes[i]! < options.docChars) {
      const para = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => sentence(8, 25)).join(' ');
      parts.splice(Math.floor(rand() * (parts.length + 1)), 0, para);
      sizes[i]! += para.length;
    }
    const text = parts.join('\n\n') + '\n';
    return { id: `s${i + 1}`, path: `synthetic/${String(i + 1).padStart(5, '0')}.txt`, title: `Synthetic ${i + 1}`, text, sha256: fakeSha(options.seed, i) };
  });
}

function vary(passage: string, rand: () => number): string {
  const words = passage.split(' ');
  const i = Math.floor(rand() * words.length);
  switch (Math.floor(rand() * 5)) {
    case 0: // a changed figure
      words.splice(i, 0, String(100 + Math.floor(rand() * 900)));
      break;
    case 1: // a substituted word
      words[i] = 'replaced';
      break;
    case 2: // a silent omission of a clause
      words.splice(i, Math.min(5, words.length - i - 1));
      break;
    case 3: // a marked elision
      words.splice(i, Math.min(6, words.length - i - 1), '...');
      break;
    default: // OCR-ish noise
      words[i] = (words[i] ?? '').replace(/o/g, '0').replace(/a/g, 'а');
  }
  return words.join(' ');
}

/** Synthetic documents need distinct sha256 keys for the cache, not real digests. */
function fakeSha(seed: number, i: number): string {
  return (seed.toString(16).padStart(8, '0') + i.toString(16).padStart(8, '0')).repeat(4);
}
