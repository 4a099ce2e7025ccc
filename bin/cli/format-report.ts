import { atLeast, SEVERITY_RANK, type ClusterKind, type Discrepancy, type Report, type Severity } from '../../shared/model';
import { lineColumn } from '../../shared/text';

/** ANSI styles, or identity functions when colour is off. */
interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  severity(s: Severity, text: string): string;
  a(s: string): string;
  b(s: string): string;
}

const plain: Paint = { bold: (s) => s, dim: (s) => s, severity: (_s, t) => t, a: (s) => s, b: (s) => s };
const SEVERITY_COLOUR: Record<Severity, string> = { info: '2', minor: '36', major: '33', critical: '1;31' };
const ansi: Paint = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  severity: (sev, t) => `\x1b[${SEVERITY_COLOUR[sev]}m${t}\x1b[0m`,
  a: (s) => `\x1b[31m${s}\x1b[39m`,
  b: (s) => `\x1b[32m${s}\x1b[39m`,
};

/** How much of a witness's text around a difference the readable report shows. */
const CONTEXT_CHARS = 40;

/**
 * The readable report: one section per quote cluster with its witnesses and the discrepancies at or above
 * `minSeverity`, the differing words marked (`[-old-]{+new+}` without colour), then a summary line.
 */
/** Which clusters a readable report covers, and what its scope left out (for the last line's hint). */
export interface ScopeNote {
  scope: 'press' | 'quotes' | 'all';
  outside: { clusters: number; serious: number };
}

/** The kind of a cluster as the readable report names it. */
const KIND_LABEL: Readonly<Record<ClusterKind, string>> = { press: 'press quote', quote: 'quoted material', repeat: 'repeated wording' };

export function formatReport(report: Report, minSeverity: Severity, colour: boolean, texts: ReadonlyMap<string, string>, note?: ScopeNote): string {
  const p = colour ? ansi : plain;
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const lines: string[] = [];
  const shown = report.discrepancies.filter((x) => atLeast(x.severity, minSeverity));
  const byCluster = groupBy(shown, (x) => x.cluster);
  for (const cluster of report.clusters) {
    const found = byCluster.get(cluster.id) ?? [];
    const src = [cluster.source.outlet, cluster.source.author, cluster.source.date].filter(Boolean).join(', ') || 'unattributed';
    lines.push(p.bold(`${cluster.id}  ${KIND_LABEL[cluster.kind]}: ${src}  — ${plural(cluster.witnesses.length, 'witness', 'witnesses')}, ${plural(found.length, 'discrepancy', 'discrepancies')}`));
    for (const w of cluster.witnesses) {
      const doc = docs.get(w.document);
      lines.push(p.dim(`   ${w.id}  ${doc?.path ?? w.document} ${lineCol(texts.get(w.document), w.start)}  “${ellipsize(w.text, 70)}”`));
    }
    for (const x of found.sort(bySeverityThenPosition)) lines.push(...formatDiscrepancy(x, p, texts, docs));
    lines.push('');
  }
  lines.push(summary(report, minSeverity));
  if (note && note.outside.clusters > 0) {
    const wider = note.scope === 'press' ? '--scope quotes (or all)' : '--scope all';
    lines.push(`${plural(note.outside.clusters, 'cluster')} outside the ${note.scope} scope (${plural(note.outside.serious, 'discrepancy', 'discrepancies')} at ${minSeverity} and above there) not shown; see them with ${wider}.`);
  }
  return lines.join('\n') + '\n';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function formatDiscrepancy(x: Discrepancy, p: Paint, texts: ReadonlyMap<string, string>, docs: Map<string, { path: string }>): string[] {
  const where = (side: Discrepancy['a']) => `${docs.get(side.document)?.path ?? side.document} ${lineCol(texts.get(side.document), side.start)}`;
  return [
    `   ${p.severity(x.severity, `${x.severity.toUpperCase()} ${x.kind}`)}: ${x.explanation}`,
    `      ${where(x.a)}: ${inContext(texts.get(x.a.document), x.a, (s) => p.a(colourless(p, `[-${s}-]`, s)))}`,
    `      ${where(x.b)}: ${inContext(texts.get(x.b.document), x.b, (s) => p.b(colourless(p, `{+${s}+}`, s)))}`,
  ];
}

/** Without colour the change markers carry the meaning; with colour the colour does. */
function colourless(p: Paint, marked: string, raw: string): string {
  return p === plain ? marked : raw;
}

function inContext(text: string | undefined, side: { start: number; end: number; text: string }, mark: (s: string) => string): string {
  if (text === undefined) return mark(side.text);
  const before = oneLine(text.slice(Math.max(0, side.start - CONTEXT_CHARS), side.start));
  const after = oneLine(text.slice(side.end, side.end + CONTEXT_CHARS));
  const body = side.start === side.end ? mark('∅') : mark(oneLine(side.text));
  return `…${before}${body}${after}…`;
}

function summary(report: Report, minSeverity: Severity): string {
  const counts = new Map<Severity, number>();
  for (const x of report.discrepancies) counts.set(x.severity, (counts.get(x.severity) ?? 0) + 1);
  const parts = (Object.keys(SEVERITY_RANK) as Severity[])
    .reverse()
    .map((s) => `${counts.get(s) ?? 0} ${s}`);
  const flagged = report.claims.filter((c) => c.flagged).length;
  const claims = report.claims.length ? `; ${flagged} of ${report.claims.length} claims flagged` : '';
  return `${plural(report.documents.length, 'document')}, ${plural(report.clusters.length, 'quote cluster')}, discrepancies: ${parts.join(', ')} (showing ${minSeverity} and above)${claims}`;
}

function lineCol(text: string | undefined, offset: number): string {
  if (text === undefined) return `@${offset}`;
  const { line, column } = lineColumn(text, offset);
  return `${line}:${column}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function ellipsize(s: string, max: number): string {
  const t = oneLine(s).trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

function bySeverityThenPosition(x: Discrepancy, y: Discrepancy): number {
  return SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || x.a.start - y.a.start;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}
