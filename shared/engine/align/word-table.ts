/**
 * Process-wide integer ids of token keys for the aligners (issue 10: alignment compares integers). What
 * scoring reads of a word (its length, end letters, OCR key) is computed once per word, not once per
 * alignment, and each alignment numbers its windows' distinct words densely through a stamp per word,
 * without building a Map per call.
 */
import { ocrKey } from '../normalize';

/**
 * Longest word compared letter by letter: beyond it only equal keys match. No real word is longer; a
 * 40,000-character "word" (a base64 blob, a line of dashes) must not cost length² (issue 9: bounded work).
 */
export const MAX_COMPARED_WORD = 48;

/** Most distinct keys {@link Words} remembers; past it the ids start over (between two alignments). */
const MAX_WORDS = 1 << 20;

/**
 * Process-wide integer ids of token keys, with what scoring reads of each word (length, end letters, OCR
 * key), so those are computed once per word, not once per alignment; and the dense per-window ids the
 * verdict table is indexed by, assigned through a stamp per word (no Map built per alignment).
 */
export class Words {
  private readonly ids = new Map<string, number>();
  private readonly ocrKeyIds = new Map<string, number>();
  words: string[] = [];
  lens = new Int32Array(1024);
  firsts = new Int32Array(1024);
  lasts = new Int32Array(1024);
  ocrIds = new Int32Array(1024);
  private stamps = new Int32Array(1024);
  private localOf = new Int32Array(1024);
  private window = 0;
  /** Distinct keys met in the current window so far. */
  windowSize = 0;

  /** Starts a window of at most `tokens` tokens: local ids restart at 0. */
  beginWindow(tokens: number): void {
    if (this.words.length + tokens > MAX_WORDS) this.reset();
    this.window++;
    this.windowSize = 0;
  }

  /** The window-local id of `norm` (recording its global id in `local` the first time the window meets it). */
  localId(norm: string, local: Int32Array): number {
    let g = this.ids.get(norm);
    if (g === undefined) g = this.add(norm);
    if (this.stamps[g] !== this.window) {
      this.stamps[g] = this.window;
      this.localOf[g] = this.windowSize;
      local[this.windowSize++] = g;
    }
    return this.localOf[g] as number;
  }

  private add(norm: string): number {
    const g = this.words.length;
    if (g === this.lens.length) this.grow(2 * g);
    this.ids.set(norm, g);
    this.words.push(norm);
    this.lens[g] = norm.length;
    this.firsts[g] = norm.charCodeAt(0);
    this.lasts[g] = norm.charCodeAt(norm.length - 1);
    const key = norm.length >= 3 && norm.length <= MAX_COMPARED_WORD ? ocrKey(norm) : norm;
    let k = this.ocrKeyIds.get(key);
    if (k === undefined) this.ocrKeyIds.set(key, (k = this.ocrKeyIds.size));
    this.ocrIds[g] = k;
    return g;
  }

  private grow(size: number): void {
    const grown = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(size);
      next.set(old.subarray(0, Math.min(old.length, size)));
      return next;
    };
    this.lens = grown(this.lens);
    this.firsts = grown(this.firsts);
    this.lasts = grown(this.lasts);
    this.ocrIds = grown(this.ocrIds);
    this.stamps = grown(this.stamps);
    this.localOf = grown(this.localOf);
  }

  private reset(): void {
    this.ids.clear();
    this.ocrKeyIds.clear();
    this.words = [];
    this.stamps.fill(0);
  }
}

/** The one table of word ids every aligner of the process shares (ids are pure functions of the keys). */
export const WORDS = new Words();

/** `buf` when it holds `size` entries, else a new buffer of at least that many (contents not kept). */
export function grownTo(buf: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return buf.length >= size ? buf : new Int32Array(Math.max(size, 2 * buf.length));
}

