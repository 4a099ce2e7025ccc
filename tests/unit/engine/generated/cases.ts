// Builds one generated case: documents quoting a passage, one copy changed, and where the change lies in each.
import { check } from '../../../../shared/engine';
import type { Report } from '../../../../shared/model';
import { doc } from '../align/helpers';
import { type Change, FillerPool, MARKS, noisy, passage, quoteIn, Rng, source, type Placed, type Source } from './press-text';

export interface Case {
  report: Report;
  docs: Placed[];
  /** Index of the changed copy. */
  changed: number;
  /** The change's span in each document's text (the passage's span shifted by its place and noise). */
  spans: { start: number; end: number }[];
  /** The kind the change must be reported as. */
  kind: string;
}

/** Noise on both sides of `[s, e)` of `p`, never inside it; the span's new place. */
export function noisyAround(p: string, s: number, e: number, rng: Rng): { text: string; start: number; end: number } {
  const before = noisy(p.slice(0, s), rng);
  const after = noisy(p.slice(e), rng);
  return { text: before + p.slice(s, e) + after, start: before.length, end: before.length + (e - s) };
}

/** Builds and checks 2–4 documents; `change` rewrites the passage of document 1, `sourceOf` the attribution. */
export function build(seed: number, change: ((p: string, rng: Rng) => Change | null) | null, sourceOf?: (s: Source, rng: Rng) => Source): Case | null {
  const rng = new Rng(seed);
  const p = passage(rng);
  const src = source(rng);
  const n = 2 + rng.int(3);
  const c = change ? change(p, rng) : null;
  if (change && !c) return null;
  const docs: Placed[] = [];
  const filler = new FillerPool(rng);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < n; i++) {
    const own = i === 1 && c ? c.copy : p;
    const span = i === 1 && c ? c.b : c ? c.a : { start: 0, end: 0 };
    const placed = i === 0 ? { text: own, start: span.start, end: span.end } : noisyAround(own, span.start, span.end, rng);
    const s = i === 1 && sourceOf ? sourceOf(src, rng) : src;
    const d = quoteIn(filler, placed.text, s, rng.int(4), rng.pick(MARKS));
    docs.push(d);
    spans.push({ start: d.at + placed.start, end: d.at + placed.end });
  }
  const report = check({ documents: docs.map((d, i) => doc(`d${i}`, d.text)) });
  return { report, docs, changed: 1, spans, kind: c?.kind ?? '' };
}

