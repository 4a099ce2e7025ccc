/**
 * The quotes of each document — the user's `quote` annotations and the detection stage's candidates — as
 * alignment and clustering use them: to tell a shared quote from shared boilerplate, and to give each
 * witness its attribution (an annotation wins over a detected candidate).
 */
import type { Attribution } from '../../model';
import type { QuoteCue, TokenRange } from '../types';
import type { TokenList } from '../token-list';

/** A quoted span of document number `doc` (character offsets) with its attribution. */
export interface QuoteSpan {
  doc: number;
  start: number;
  end: number;
  attribution: Attribution;
  translated: boolean;
  /** True for a user's `quote` annotation, false for a detected candidate. */
  user: boolean;
  /** The annotation id for a user's quote. */
  id?: string;
  /** How a detected span was found; absent for an annotation (and treated as a quote in marks). */
  cue?: QuoteCue;
  /** Where the attribution was read from (a dateline, a citation), when detection found it in the text. */
  attributionSpan?: { start: number; end: number };
}

/** A disjoint interval of a document that bounds witnesses: the quote it belongs to. */
interface Bound {
  start: number;
  end: number;
}

/**
 * True when a span's edges are the quote's edges: an annotation (the user said so), words in quotation
 * marks, an article's body under its dateline. Reported speech found by a phrase has no reliable edges.
 */
const bounds = (s: QuoteSpan): boolean => s.user || s.cue !== 'phrase';

/**
 * Disjoint bounding intervals of one document, in order: the user's annotations first (overlapping ones
 * merged), then the outermost detected quotes in what they leave free (a quote inside an article is part
 * of the article; overlapping quotes merge). Numbered by position in the returned list.
 */
function boundsOf(spans: readonly QuoteSpan[]): Bound[] {
  const merge = (list: readonly QuoteSpan[]): Bound[] => {
    const out: Bound[] = [];
    for (const s of [...list].sort((x, y) => x.start - y.start || y.end - x.end)) {
      const last = out[out.length - 1];
      if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
      else out.push({ start: s.start, end: s.end });
    }
    return out;
  };
  const user = merge(spans.filter((s) => s.user));
  const detected = merge(spans.filter((s) => !s.user && bounds(s)));
  // A detected quote keeps only the parts no annotation covers: the annotation's edges win.
  const free: Bound[] = [];
  let u = 0;
  for (const d of detected) {
    let start = d.start;
    while (u < user.length && (user[u] as Bound).end <= start) u++;
    for (let k = u; k < user.length && (user[k] as Bound).start < d.end; k++) {
      const x = user[k] as Bound;
      if (x.start > start) free.push({ start, end: x.start });
      start = Math.max(start, x.end);
    }
    if (start < d.end) free.push({ start, end: d.end });
  }
  return [...user, ...free].sort((x, y) => x.start - y.start);
}

const overlap = (s: QuoteSpan, start: number, end: number): number => Math.min(s.end, end) - Math.max(s.start, start);

/** The quote spans of a project, looked up by document and character range. */
export class QuoteSpans {
  private readonly byDoc: QuoteSpan[][];
  private readonly boundsByDoc: Bound[][];
  private readonly speechByDoc = new Map<number, Bound[]>();

  /** @param docCount documents are numbered 0..docCount-1; spans of other numbers are ignored. */
  constructor(docCount: number, spans: Iterable<QuoteSpan>) {
    this.byDoc = Array.from({ length: docCount }, () => []);
    for (const s of spans) if (s.end > s.start) this.byDoc[s.doc]?.push(s);
    for (const list of this.byDoc) list.sort((x, y) => x.start - y.start || Number(y.user) - Number(x.user));
    this.boundsByDoc = this.byDoc.map(boundsOf);
  }

  /**
   * The number of the bounding quote holding characters `[start, end)` of `doc` (a token), or -1 when no
   * quote holds them. Bounding quotes are the annotations and the detected quotes in marks or blocks
   * (outermost ones: a quote inside an article belongs to the article); phrases never bound. Two tokens
   * with the same number lie in one quote. Binary search over disjoint intervals.
   */
  boundingIndex(doc: number, start: number, end: number): number {
    const list = this.boundsByDoc[doc] ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Bound).start < end) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    return k >= 0 && (list[k] as Bound).end > start ? k : -1;
  }

  /** Every span, in (document, start) order. */
  all(): QuoteSpan[] {
    return this.byDoc.flat();
  }

  /** The spans in quotation marks (detected in marks, or annotated) overlapping characters `[start, end)` of `doc`, by start. */
  speechIn(doc: number, start: number, end: number): { start: number; end: number }[] {
    return (this.byDoc[doc] ?? []).filter((s) => (s.user || s.cue === 'quotation-marks') && overlap(s, start, end) > 0).map((s) => ({ start: s.start, end: s.end }));
  }

  /**
   * True when a span in quotation marks (detected in marks, or annotated) of `doc` overlaps characters
   * `[start, end)`: {@link speechIn} without the list, by binary search over the merged spans, for callers
   * that ask for every sentence of a document.
   */
  hasSpeechIn(doc: number, start: number, end: number): boolean {
    let merged = this.speechByDoc.get(doc);
    if (!merged) {
      merged = [];
      for (const s of this.byDoc[doc] ?? []) {
        if (!(s.user || s.cue === 'quotation-marks')) continue;
        const last = merged[merged.length - 1];
        if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
        else merged.push({ start: s.start, end: s.end });
      }
      this.speechByDoc.set(doc, merged);
    }
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((merged[mid] as Bound).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const s = merged[lo];
    return s !== undefined && s.start < end && start < end;
  }

  /** True when an article block (a reprint under a dateline) of `doc` overlaps most of characters `[start, end)`. */
  inArticle(doc: number, start: number, end: number): boolean {
    return (this.byDoc[doc] ?? []).some((s) => s.cue === 'block' && 2 * overlap(s, start, end) > end - start);
  }

  /** Every quote of `doc` (annotated or detected) overlapping characters `[start, end)`, by start. */
  overlapping(doc: number, start: number, end: number): QuoteSpan[] {
    return (this.byDoc[doc] ?? []).filter((s) => overlap(s, start, end) > 0);
  }

  /** True when some quote of `doc` overlaps characters `[start, end)`. */
  isQuoted(doc: number, start: number, end: number): boolean {
    return (this.byDoc[doc] ?? []).some((s) => overlap(s, start, end) > 0);
  }

  /** Every quote of `doc` that wholly holds characters `[start, end)` (a quote inside an article: both). */
  containing(doc: number, start: number, end: number): QuoteSpan[] {
    return (this.byDoc[doc] ?? []).filter((s) => s.start <= start && end <= s.end);
  }

  /**
   * Where the text credits `attribution` near characters `[start, end)` of `doc`: the attribution span of a
   * detected quote overlapping them whose attribution agrees with it (one field alike, none different).
   * A user's quote carries no span of its own; the dateline or the citation detection read is where its
   * source stands in the text.
   */
  attributionSpanFor(doc: number, start: number, end: number, attribution: QuoteSpan['attribution']): { start: number; end: number } | undefined {
    const same = (x: string | undefined, y: string | undefined): boolean | null => (x === undefined || y === undefined ? null : x.trim().toLowerCase() === y.trim().toLowerCase());
    for (const s of this.byDoc[doc] ?? []) {
      if (s.user || !s.attributionSpan || overlap(s, start, end) <= 0) continue;
      const verdicts = (['outlet', 'author', 'date', 'headline'] as const).map((f) => same(attribution[f], s.attribution[f]));
      if (verdicts.includes(true) && !verdicts.includes(false)) return { ...s.attributionSpan };
    }
    return undefined;
  }

  /**
   * The quote that best describes characters `[start, end)` of `doc`: user annotations before detected
   * candidates, then quotes that carry an attribution, then the closest fit (overlap over union, so a quote
   * that is exactly the witness wins over a long one that merely contains it); undefined when none overlaps.
   */
  best(doc: number, start: number, end: number): QuoteSpan | undefined {
    let best: QuoteSpan | undefined;
    let bestKey: [number, number, number] = [-1, -1, -1];
    for (const s of this.byDoc[doc] ?? []) {
      const ov = overlap(s, start, end);
      if (ov <= 0) continue;
      const a = s.attribution;
      const credited = a.outlet !== undefined || a.author !== undefined || a.date !== undefined ? 1 : 0;
      const fit = ov / (Math.max(s.end, end) - Math.min(s.start, start));
      const key: [number, number, number] = [s.user ? 1 : 0, credited, fit];
      if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
        best = s;
        bestKey = key;
      }
    }
    return best;
  }
}

/** The characters a token range covers: from its first token's start to its last token's end. */
export function charSpan(tokens: TokenList, range: TokenRange): { start: number; end: number } {
  const first = tokens.at(range.from);
  const last = tokens.at(range.to - 1);
  if (!first || !last || range.to <= range.from) {
    const at = first?.start ?? tokens.at(tokens.length - 1)?.end ?? 0;
    return { start: at, end: at };
  }
  return { start: first.start, end: last.end };
}

/** The tokens lying wholly or partly inside characters `[start, end)`: binary search, no scan. */
export function tokenRangeOf(tokens: TokenList, start: number, end: number): TokenRange {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end(mid) <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens.start(to) < end) to++;
  return { from: lo, to };
}
