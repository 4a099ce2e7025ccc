import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, type ProjectSession } from '../../main/services';
import type { Annotation } from '../../shared/model';
import { corpusDir } from './corpus';

/** What {@link buildCorpusProject} made, for tests to check exports against. */
export interface CorpusProject {
  session: ProjectSession;
  dir: string;
  claims: Annotation[];
  notes: Annotation[];
}

/** Characters before a quote that its claim covers. */
const CLAIM_LEAD = 60;

/**
 * A project of the three corpus documents with real annotations: every detected quote candidate stored as
 * a quote annotation, a claim over the text before each of the first quotes that sit in clusters with
 * discrepancies (citing that quote), a review note on the first discrepancies of those clusters (one
 * confirmed, one dismissed, one open), a cross-reference, and `extra` hostile or odd annotations if asked.
 * The caller closes the session.
 */
export async function buildCorpusProject(options: { claims?: number } = {}): Promise<CorpusProject> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-corpus-'));
  for (const name of ['001.txt', '002.txt', '004.txt']) await copyFile(join(corpusDir, name), join(dir, name));
  const session = await createProject(join(dir, 'project'), ['001.txt', '002.txt', '004.txt'].map((n) => join(dir, n)));
  const h = session.handlers;
  for (const s of await h.suggestQuotes({})) {
    await h.createAnnotation({ kind: 'quote', document: s.document, start: s.start, end: s.end, body: { attribution: s.attribution, translated: false }, tags: ['suggested'] });
  }
  const report = await h.runCheck({});
  const quotes = session.store.annotations().filter((a) => a.kind === 'quote');
  const claims: Annotation[] = [];
  const noted = new Set<string>();
  const notes: Annotation[] = [];
  const statuses = ['confirmed', 'dismissed', 'open'] as const;
  for (const cluster of report.clusters) {
    if (claims.length >= (options.claims ?? 6)) break;
    const serious = report.discrepancies.find((x) => x.cluster === cluster.id && (x.severity === 'critical' || x.severity === 'major'));
    if (!serious) continue;
    const witness = cluster.witnesses.find((w) => quotes.some((q) => q.document === w.document && overlaps(q.target.selector[0], w)));
    const quote = witness && quotes.find((q) => q.document === witness.document && overlaps(q.target.selector[0], witness));
    if (!quote) continue;
    const start = Math.max(0, quote.target.selector[0].start - CLAIM_LEAD);
    if (start === quote.target.selector[0].start) continue;
    claims.push(await h.createAnnotation({ kind: 'claim', document: quote.document, start, end: quote.target.selector[0].start, body: { text: `The source says what ${cluster.source.outlet ?? 'the press'} reported.`, cites: [quote.id] } }));
    if (!noted.has(serious.id) && notes.length < statuses.length) {
      noted.add(serious.id);
      const status = statuses[notes.length]!;
      notes.push(await h.createAnnotation({ kind: 'note', document: serious.a.document, start: serious.a.start, end: Math.max(serious.a.end, serious.a.start + 1), body: { discrepancy: serious.id, status, text: `Reviewed: ${status} against the original.` } }));
    }
  }
  const [first, second] = claims;
  if (first && second) {
    await h.createAnnotation({ kind: 'crossref', document: first.document, start: first.target.selector[0].start, end: first.target.selector[0].end, body: { relation: 'same-event', to: { annotation: second.id }, note: 'Both describe the same night.' } });
  }
  return { session, dir, claims, notes };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
