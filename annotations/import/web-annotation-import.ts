/**
 * Importing W3C Web Annotation JSON-LD: what Verbatim exports (the `verbatim:record` extension carries the
 * exact record, so a round trip loses nothing) and annotations from other tools that use the same
 * selectors, anchored by their quote. Pure: it plans the import against the project's documents and
 * annotations; the caller stores the result. Nothing is dropped silently: every annotation that cannot
 * be placed is reported with its text and the reason.
 */
import { randomUUID } from 'node:crypto';
import { Annotation, targetFor, type DocumentRecord, type Target } from '../../shared/model';
import { describeIssues } from '../annotation-ops';
import { anchor, matchQuote } from '../anchoring';
import { canonicalJSON } from '../project-json';

/** An annotation the import could not place in any document's text. */
export interface ImportOrphan {
  /** Its id in the file, when it had one. */
  id: string;
  /** The text it was made on (its quote), or what little it says. */
  text: string;
  reason: string;
  /** True when it was stored anyway (its document is known), to show as orphaned in the editor. */
  stored: boolean;
}

/** What an import did, or would do. */
export interface AnnotationImportPlan {
  /** Records to store (new ones and newer versions of existing ones). */
  annotations: Annotation[];
  added: number;
  replaced: number;
  unchanged: number;
  /** Already in the project in a version at least as new; the project's version was kept. */
  kept: number;
  orphans: ImportOrphan[];
  /** Other things the user should know (a citation dropped because its quote is not in the project). */
  warnings: string[];
}

/** What planning needs from the project. */
export interface ImportContext {
  documents: readonly { record: DocumentRecord; text: string }[];
  existing: readonly Annotation[];
  /** Who a foreign annotation without a creator is credited to. */
  creator: string;
  /** The time recorded for an annotation that carries none (ISO 8601). */
  now: string;
  newId?: () => string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/**
 * The annotations of a parsed JSON-LD file: an `AnnotationCollection` (its `first` page, and `next`
 * pages embedded in it), an `AnnotationPage`, one `Annotation`, or an array of them. Throws `TypeError`
 * when the file holds none of these.
 */
export function annotationsOfFile(json: unknown): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isObject(node)) return;
    const types = asArray(node['type'] ?? node['@type']).map(String);
    if (types.includes('Annotation') || types.includes('oa:Annotation')) out.push(node);
    else if (types.includes('AnnotationCollection')) {
      visit(node['first'], depth + 1);
    } else if (types.includes('AnnotationPage')) {
      visit(node['items'], depth + 1);
      if (isObject(node['next'])) visit(node['next'], depth + 1);
    } else if (Array.isArray(node['@graph'])) visit(node['@graph'], depth + 1);
  };
  visit(json, 0);
  if (out.length === 0 && !(isObject(json) && asArray(json['type']).includes('AnnotationCollection'))) {
    throw new TypeError('the file holds no W3C Web Annotation (no object of type Annotation, AnnotationPage or AnnotationCollection)');
  }
  return out;
}

/** Plans importing `json` into a project (see {@link AnnotationImportPlan}). Throws `TypeError` for a file with no annotations. */
export function planWebAnnotationImport(json: unknown, ctx: ImportContext): AnnotationImportPlan {
  const plan: AnnotationImportPlan = { annotations: [], added: 0, replaced: 0, unchanged: 0, kept: 0, orphans: [], warnings: [] };
  const existing = new Map(ctx.existing.map((a) => [a.id, a]));
  const incoming = new Map<string, Annotation>();
  for (const item of annotationsOfFile(json)) {
    const placed = toAnnotation(item, ctx, plan);
    if (placed) incoming.set(placed.id, placed);
  }
  // References are checked against the project as it will be: a claim may cite a quote in the same file.
  const kindOf = new Map<string, string>([...ctx.existing.map((a) => [a.id, a.kind] as const), ...[...incoming.values()].map((a) => [a.id, a.kind] as const)]);
  for (const a of incoming.values()) {
    const fixed = withValidReferences(a, kindOf, new Map(ctx.documents.map((d) => [d.record.id, d.record.length])), plan.warnings);
    const before = existing.get(a.id);
    if (before === undefined) {
      plan.added += 1;
      plan.annotations.push(fixed);
    } else if (canonicalJSON(before) === canonicalJSON(fixed)) plan.unchanged += 1;
    else if (fixed.modified > before.modified) {
      plan.replaced += 1;
      plan.annotations.push(fixed);
    } else plan.kept += 1;
  }
  return plan;
}

/** One file item as our annotation, or null (reported as an orphan) when no document can take it. */
function toAnnotation(item: Json, ctx: ImportContext, plan: AnnotationImportPlan): Annotation | null {
  const own = Annotation.safeParse(item['verbatim:record']);
  const selectors = selectorsOf(item['target']);
  const fileId = typeof item['id'] === 'string' ? item['id'] : '';
  const quoteText = selectors.quote?.exact ?? (own.success ? own.data.target.selector[1].exact : '');
  const ownDoc = own.success ? ctx.documents.find((d) => d.record.id === own.data.document) : undefined;
  if (own.success && ownDoc) {
    // Our own record is kept exactly; if its text is gone from the document, the user hears of it.
    if (anchor(ownDoc.text, own.data.target) === null) {
      plan.orphans.push({ id: own.data.id, text: quoteText, reason: `its text is not in "${ownDoc.record.id}" as the document reads now; stored as an orphan`, stored: true });
    }
    return own.data;
  }
  const found = findPlace(item, selectors, ctx, own.success ? own.data : null);
  if (found === null) {
    plan.orphans.push({ id: fileId, text: quoteText || describeItem(item), reason: explainMissing(selectors), stored: false });
    return null;
  }
  if (own.success) return { ...own.data, document: found.document, target: found.target };
  const foreign = foreignAnnotation(item, fileId || `${(ctx.newId ?? randomUUID)()}`, found, ctx);
  if (!foreign.success) {
    // Beyond the model's limits or shape (an over-long tag or id, a huge note): reported, never dropped silently.
    plan.orphans.push({ id: fileId, text: quoteText || describeItem(item), reason: `it does not fit Verbatim's annotation model (${describeIssues(foreign.error)}); not imported`, stored: false });
    return null;
  }
  if (found.orphan) plan.orphans.push({ id: fileId, text: quoteText, reason: `its quote is not in "${found.document}" any more; stored there as an orphan`, stored: true });
  return foreign.data;
}

interface Selectors {
  source?: string;
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
}

/** The source and the text selectors of a target (a string IRI, a SpecificResource, or an array of them). */
function selectorsOf(target: unknown): Selectors {
  for (const t of asArray(target)) {
    if (typeof t === 'string') return { source: t };
    if (!isObject(t)) continue;
    const found: Selectors = typeof t['source'] === 'string' ? { source: t['source'] } : typeof t['id'] === 'string' ? { source: t['id'] } : {};
    const stack = [...asArray(t['selector'])];
    while (stack.length) {
      const s = stack.shift();
      if (!isObject(s)) continue;
      if (s['type'] === 'TextQuoteSelector' && typeof s['exact'] === 'string') {
        found.quote = { exact: s['exact'], prefix: typeof s['prefix'] === 'string' ? s['prefix'] : '', suffix: typeof s['suffix'] === 'string' ? s['suffix'] : '' };
      }
      if (s['type'] === 'TextPositionSelector' && Number.isInteger(s['start']) && Number.isInteger(s['end'])) {
        found.position = { start: s['start'] as number, end: s['end'] as number };
      }
      stack.push(...asArray(s['refinedBy']));
    }
    if (found.quote || found.position) return found;
  }
  return {};
}

interface Place {
  document: string;
  target: Target;
  orphan: boolean;
}

/**
 * Where an item goes: the document its source names (our IRI, a path, a file name) when the quote is
 * found there; else the document whose text holds the quote best; else, when its source names a document,
 * that one, as an orphan.
 */
function findPlace(item: Json, s: Selectors, ctx: ImportContext, own: Annotation | null): Place | null {
  const named = documentNamed(item, s.source, ctx);
  let best: { doc: (typeof ctx.documents)[number]; start: number; end: number; score: number } | null = null;
  // The named document first; when its text lacks the quote (the source was renamed or is a copy), the
  // quote decides among all documents.
  for (const candidates of named ? [[named], ctx.documents] : [ctx.documents]) {
    for (const doc of candidates) {
      const at = placeIn(doc.text, s);
      if (at && (best === null || at.score > best.score)) best = { doc, ...at };
    }
    if (best) break;
  }
  if (best) return { document: best.doc.record.id, target: targetFor(best.doc.record.id, best.doc.text, best.start, best.end), orphan: false };
  if (named && s.quote) {
    // Known document, quote gone: keep the selectors so the editor shows it as an orphan.
    const position = s.position ?? { start: 0, end: 0 };
    const target: Target = own?.target ?? { source: named.record.id, selector: [{ type: 'TextPositionSelector', start: Math.min(position.start, position.end), end: position.end }, { type: 'TextQuoteSelector', ...s.quote }] };
    return { document: named.record.id, target: { ...target, source: named.record.id }, orphan: true };
  }
  return null;
}

function placeIn(text: string, s: Selectors): { start: number; end: number; score: number } | null {
  if (s.quote && s.quote.exact.length > 0) {
    const hint = s.position?.start ?? 0;
    const target: Target = { source: 'x', selector: [{ type: 'TextPositionSelector', start: hint, end: s.position?.end ?? hint }, { type: 'TextQuoteSelector', ...s.quote }] };
    const at = anchor(text, target);
    if (!at) return null;
    return { ...at, score: matchQuote(text, { type: 'TextQuoteSelector', ...s.quote }, hint)?.score ?? 1 };
  }
  if (s.position && s.position.start < s.position.end && s.position.end <= text.length) return { ...s.position, score: 0 };
  return null;
}

function documentNamed(item: Json, source: string | undefined, ctx: ImportContext): ImportContext['documents'][number] | undefined {
  const byId = typeof item['verbatim:document'] === 'string' ? item['verbatim:document'] : undefined;
  const byPath = typeof item['verbatim:path'] === 'string' ? item['verbatim:path'] : undefined;
  return ctx.documents.find((d) => {
    const r = d.record;
    if (byId === r.id || byPath === r.path) return true;
    if (source === undefined) return false;
    if (source === `urn:verbatim:document:${encodeURIComponent(r.id)}`) return true;
    const decoded = safeDecode(source);
    const names = [r.path, r.original].filter((n): n is string => n !== undefined);
    return names.some((n) => decoded === n || decoded.endsWith(`/${n}`) || decoded.endsWith(`/${n.split('/').pop()}`));
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function explainMissing(s: Selectors): string {
  if (!s.quote && !s.position) return 'its target has no TextQuoteSelector or TextPositionSelector to anchor it by';
  if (!s.quote) return 'it has only a position, and no document of the project is long enough for it';
  return `its quote is not found in any document of the project${s.source ? ` (its source is ${s.source})` : ''}`;
}

function describeItem(item: Json): string {
  const body = textualBodies(item).map((b) => b.value).join(' ');
  return body || (typeof item['id'] === 'string' ? item['id'] : 'an annotation without text');
}

function textualBodies(item: Json): { value: string; purpose: string }[] {
  const bodies = asArray(item['body']).filter(isObject);
  const out = bodies.flatMap((b) => (typeof b['value'] === 'string' ? [{ value: b['value'], purpose: typeof b['purpose'] === 'string' ? b['purpose'] : '' }] : []));
  if (typeof item['bodyValue'] === 'string') out.push({ value: item['bodyValue'], purpose: '' });
  return out;
}

const NOTE_MOTIVATIONS = new Set(['commenting', 'questioning', 'assessing', 'replying', 'editing', 'describing', 'moderating']);

/**
 * A foreign annotation in our model: linking → cross-reference, comments → note, highlights → quote; the
 * schema's verdict, so a record beyond the model's limits is refused with its reasons.
 */
function foreignAnnotation(item: Json, id: string, place: Place, ctx: ImportContext): ReturnType<typeof Annotation.safeParse> {
  const motivations = [...asArray(item['motivation']), ...asArray(item['body']).filter(isObject).map((b) => b['purpose'])].map(String);
  const bodies = textualBodies(item);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value.trim()).filter(Boolean);
  const text = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value).join('\n\n');
  const base = { id, document: place.document, target: place.target, creator: creatorOf(item['creator']) ?? ctx.creator, created: timeOf(item['created']) ?? ctx.now, modified: timeOf(item['modified']) ?? timeOf(item['created']) ?? ctx.now, tags };
  const candidate = motivations.includes('linking')
    ? { ...base, kind: 'crossref', body: { relation: 'see-also', note: text } }
    : text || motivations.some((m) => NOTE_MOTIVATIONS.has(m))
      ? { ...base, kind: 'note', body: { status: 'open', text } }
      : { ...base, kind: 'quote', body: {} };
  return Annotation.safeParse(candidate);
}

function creatorOf(value: unknown): string | undefined {
  for (const c of asArray(value)) {
    if (typeof c === 'string' && c.trim()) return c.trim();
    if (isObject(c)) for (const key of ['name', 'nickname', 'id']) if (typeof c[key] === 'string' && (c[key] as string).trim()) return (c[key] as string).trim();
  }
  return undefined;
}

function timeOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const t = new Date(value);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/**
 * Drops citations and links to things that are not in the project or the file (a link to the annotation
 * itself, or to a span outside its document, too: the store refuses those), with a warning for each.
 * `documents` maps each document id to its length.
 */
function withValidReferences(a: Annotation, kindOf: ReadonlyMap<string, string>, documents: ReadonlyMap<string, number>, warnings: string[]): Annotation {
  if (a.kind === 'claim') {
    const cites = a.body.cites.filter((c) => kindOf.get(c) === 'quote');
    if (cites.length === a.body.cites.length) return a;
    warnings.push(`claim ${a.id}: dropped citations of ${a.body.cites.filter((c) => !cites.includes(c)).join(', ')}, which are not quote annotations in the project or the file`);
    return { ...a, body: { ...a.body, cites } };
  }
  if (a.kind === 'crossref' && a.body.to) {
    const to = a.body.to;
    const problem = linkProblem(a.id, to, kindOf, documents);
    if (problem === null) return a;
    warnings.push(`cross-reference ${a.id}: dropped its link to ${'annotation' in to ? `annotation ${to.annotation}` : `document ${to.document}`}, ${problem}`);
    const { to: _dropped, ...body } = a.body;
    return { ...a, body };
  }
  return a;
}

/** Why a cross-reference's link cannot be kept (as the end of a warning), or `null` when it can. */
function linkProblem(
  self: string,
  to: { annotation: string } | { document: string; start: number; end: number },
  kindOf: ReadonlyMap<string, string>,
  documents: ReadonlyMap<string, number>,
): string | null {
  if ('annotation' in to) {
    if (to.annotation === self) return 'which is itself';
    return kindOf.has(to.annotation) ? null : 'which is not in the project';
  }
  const length = documents.get(to.document);
  if (length === undefined) return 'which is not in the project';
  return to.start <= to.end && to.end <= length ? null : `whose span ${to.start}..${to.end} is not inside it`;
}
