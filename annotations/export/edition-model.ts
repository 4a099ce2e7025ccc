/**
 * What every export is built from, and the relations between its parts that several formats need (which
 * review note is about which discrepancy, which clusters a flagged claim cites, how a witness is named).
 * Pure: the export service gathers the data; the format builders only read it.
 */
import {
  atLeast, type Annotation, type Attribution, type Cluster, type Discrepancy, type DocumentRecord, type Report,
  type Severity, type Variant, type Witness,
} from '../../shared/model';
import { hiddenMask, markdownLayout, shownText, type LayoutBlock } from '../../shared/text';

/** An annotation with its place in the current text, or `anchor: null` when it is orphaned. */
export interface PlacedAnnotation {
  annotation: Annotation;
  anchor: { start: number; end: number } | null;
}

/** A document of the edition with its current text. */
export interface EditionDocument {
  record: DocumentRecord;
  text: string;
}

/** Everything an export reads. */
export interface EditionInput {
  /** The project's name, the edition's title. */
  title: string;
  /** When the export was made (ISO 8601); written into the output, never read from the clock by builders. */
  generated: string;
  /** The documents in scope (the whole project, or the one asked for), in project order. */
  documents: EditionDocument[];
  /** Every document of the project, to name witnesses and cross-reference targets outside the scope. */
  allDocuments: DocumentRecord[];
  /** Every annotation of the project with its anchor (claims may cite quotes in other documents). */
  annotations: PlacedAnnotation[];
  /** The check report of the whole project (version 2). */
  report: Report;
  /** The project's flagging threshold. */
  threshold: Severity;
}

/** A document laid out as the editor shows it: its Markdown layout and which characters that hides. */
export interface DocumentLayout {
  layout: LayoutBlock[];
  /** 1 for each offset the layout hides (syntax, blank lines), see `hiddenMask`. */
  hidden: Uint8Array;
}

export type NoteAnnotation = Extract<Annotation, { kind: 'note' }>;

/** The relations several formats need, computed once. */
export interface EditionIndex {
  input: EditionInput;
  /** Ids of the documents in scope. */
  inScope: ReadonlySet<string>;
  documentTitle(id: string): string;
  annotationById: ReadonlyMap<string, PlacedAnnotation>;
  clusterById: ReadonlyMap<string, Cluster>;
  /** The cluster and witness record of a witness id. */
  witnessById: ReadonlyMap<string, { cluster: Cluster; witness: Witness }>;
  discrepancyById: ReadonlyMap<string, Discrepancy>;
  /** Discrepancies of each variant row, in report order. */
  discrepanciesOfVariant: ReadonlyMap<string, Discrepancy[]>;
  /** The review of a discrepancy: the most recently modified note about it. */
  reviewOf(discrepancy: string): NoteAnnotation | undefined;
  /** Reviews of the discrepancies of a variant row, newest first, without repeats. */
  reviewsOfVariant(variant: string): NoteAnnotation[];
  /** Whether a claim is flagged, and the clusters its flagged discrepancies belong to. */
  flagOf(claim: string): { flagged: boolean; discrepancies: string[]; clusters: string[] } | undefined;
  /** The clusters an apparatus shows, in report order: see {@link apparatusClusters}. */
  apparatus: Cluster[];
  /** `W1`, `W2`, ... per cluster, in witness order: short sigla for tables. */
  siglum(witness: string): string;
  /** The layout of a document in scope (computed once, on first use); undefined for any other id. */
  layoutOf(document: string): DocumentLayout | undefined;
}

/** Builds the {@link EditionIndex} of `input`. */
export function indexEdition(input: EditionInput): EditionIndex {
  const inScope = new Set(input.documents.map((d) => d.record.id));
  const titles = new Map<string, string>();
  for (const d of input.report.documents) titles.set(d.id, d.title || d.path);
  for (const d of input.allDocuments) titles.set(d.id, d.title || d.path);
  const annotationById = new Map(input.annotations.map((a) => [a.annotation.id, a]));
  const clusterById = new Map(input.report.clusters.map((c) => [c.id, c]));
  const witnessById = new Map<string, { cluster: Cluster; witness: Witness }>();
  const sigla = new Map<string, string>();
  for (const cluster of input.report.clusters) {
    cluster.witnesses.forEach((witness, i) => {
      witnessById.set(witness.id, { cluster, witness });
      sigla.set(witness.id, `W${i + 1}`);
    });
  }
  const discrepancyById = new Map(input.report.discrepancies.map((x) => [x.id, x]));
  const discrepanciesOfVariant = new Map<string, Discrepancy[]>();
  for (const x of input.report.discrepancies) {
    const list = discrepanciesOfVariant.get(x.variant) ?? [];
    list.push(x);
    discrepanciesOfVariant.set(x.variant, list);
  }
  const reviews = new Map<string, NoteAnnotation>();
  for (const { annotation } of input.annotations) {
    if (annotation.kind !== 'note' || annotation.body.discrepancy === undefined) continue;
    const known = reviews.get(annotation.body.discrepancy);
    if (known === undefined || known.modified < annotation.modified) reviews.set(annotation.body.discrepancy, annotation);
  }
  const flags = new Map<string, { flagged: boolean; discrepancies: string[]; clusters: string[] }>();
  for (const claim of input.report.claims) {
    const clusters = [...new Set(claim.discrepancies.flatMap((id) => discrepancyById.get(id)?.cluster ?? []))];
    flags.set(claim.id, { flagged: claim.flagged, discrepancies: claim.discrepancies, clusters });
  }
  const reviewsOfVariant = (variant: string): NoteAnnotation[] => {
    const found = (discrepanciesOfVariant.get(variant) ?? []).flatMap((x) => reviews.get(x.id) ?? []);
    return [...new Set(found)].sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
  };
  const layouts = new Map<string, DocumentLayout>();
  const layoutOf = (id: string): DocumentLayout | undefined => {
    const known = layouts.get(id);
    if (known) return known;
    const doc = input.documents.find((d) => d.record.id === id);
    if (!doc) return undefined;
    const layout = markdownLayout(doc.text);
    const made = { layout, hidden: hiddenMask(doc.text, layout) };
    layouts.set(id, made);
    return made;
  };
  const index: EditionIndex = {
    input,
    inScope,
    documentTitle: (id) => titles.get(id) ?? id,
    annotationById,
    clusterById,
    witnessById,
    discrepancyById,
    discrepanciesOfVariant,
    reviewOf: (id) => reviews.get(id),
    reviewsOfVariant,
    flagOf: (id) => flags.get(id),
    apparatus: [],
    siglum: (id) => sigla.get(id) ?? id,
    layoutOf,
  };
  index.apparatus = apparatusClusters(index);
  return index;
}

/**
 * The clusters an edition's apparatus shows: those cited by a flagged claim of a document in scope, and
 * those with a reviewed discrepancy, each only when a witness lies in a document in scope; report order
 * (press clusters first).
 */
export function apparatusClusters(index: EditionIndex): Cluster[] {
  const wanted = new Set<string>();
  for (const { annotation } of index.input.annotations) {
    if (annotation.kind !== 'claim' || !index.inScope.has(annotation.document)) continue;
    const flag = index.flagOf(annotation.id);
    if (flag?.flagged) for (const c of flag.clusters) wanted.add(c);
  }
  for (const x of index.input.report.discrepancies) if (index.reviewOf(x.id)) wanted.add(x.cluster);
  return index.input.report.clusters.filter(
    (c) => wanted.has(c.id) && c.witnesses.some((w) => index.inScope.has(w.document)),
  );
}

/** The variant rows of a cluster at or above `threshold`, and the rest. */
export function splitBySeverity(variants: readonly Variant[], threshold: Severity): { major: Variant[]; minor: Variant[] } {
  const major: Variant[] = [];
  const minor: Variant[] = [];
  for (const v of variants) (atLeast(v.severity, threshold) ? major : minor).push(v);
  return { major, minor };
}

/** `The Times, A. Writer, 1992-03-02, "Headline", p. 4` — the attribution in one line (empty when none). */
export function describeAttribution(a: Attribution): string {
  const parts: string[] = [];
  if (a.outlet) parts.push(a.outlet);
  if (a.author) parts.push(a.author);
  if (a.date) parts.push(a.date);
  if (a.headline) parts.push(`“${a.headline}”`);
  if (a.page) parts.push(/^\d/.test(a.page) ? `p. ${a.page}` : a.page);
  if (a.url) parts.push(a.url);
  return parts.join(', ');
}

/** Annotations of one document in reading order (orphans last, in stored order). */
export function annotationsOf(index: EditionIndex, document: string): PlacedAnnotation[] {
  const own = index.input.annotations.filter((a) => a.annotation.document === document);
  const placed = own.filter((a) => a.anchor !== null).sort((x, y) => x.anchor!.start - y.anchor!.start || y.anchor!.end - x.anchor!.end);
  return [...placed, ...own.filter((a) => a.anchor === null)];
}

/**
 * The text of an annotation as it stands now, as a reader sees it (without Markdown syntax, unless it is
 * nothing but syntax), or the quote it was made on when it is orphaned or its document is out of scope.
 */
export function annotatedText(index: EditionIndex, placed: PlacedAnnotation): string {
  const doc = index.input.documents.find((d) => d.record.id === placed.annotation.document);
  const laid = doc && index.layoutOf(doc.record.id);
  if (placed.anchor && doc && laid) {
    const { start, end } = placed.anchor;
    return shownText(doc.text, laid.hidden, start, end) || doc.text.slice(start, end);
  }
  return placed.annotation.target.selector[1].exact;
}

/** `text` cut to about `max` characters at a word boundary, with an ellipsis when cut; whitespace collapsed. */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
