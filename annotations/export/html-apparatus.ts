/**
 * The apparatus of the HTML edition: for each cluster a flagged claim cites (or a reviewer has looked at),
 * its witnesses side by side with the differences marked by kind and severity, then the variant table
 * (one row per variant location, every reading with the witnesses that read it) with each row's review.
 */
import type { Cluster, Variant, Witness } from '../../shared/model';
import { annotatedText, describeAttribution, excerpt, splitBySeverity, type EditionIndex } from './edition-model';
import { escapeHtml } from './escape';
import { fragmentId } from './html-inline';
import { clusterNumber } from './note-content';
import { shownReading, shownWitness } from './shown-fragments';

/** The whole apparatus section, or an explanation when there is nothing to show. */
export function apparatusHtml(index: EditionIndex): string {
  const body = index.apparatus.length
    ? index.apparatus.map((c) => clusterHtml(index, c)).join('\n')
    : '<p class="empty">No flagged claim and no reviewed discrepancy in this edition, so there is no apparatus.</p>';
  return `<section class="apparatus" id="apparatus" aria-labelledby="apparatus-heading">
<h2 id="apparatus-heading">Apparatus</h2>
<p class="lead">Each quote cluster below gathers the places that quote one source passage. The witnesses are shown side by side; every difference is marked by kind and severity, and the table lists every reading with the witnesses that read it.</p>
${body}
</section>`;
}

function clusterHtml(index: EditionIndex, cluster: Cluster): string {
  const n = clusterNumber(index, cluster.id) ?? '';
  const source = describeAttribution(cluster.source) || 'source not identified';
  const claims = index.input.annotations.filter(
    (a) => a.annotation.kind === 'claim' && index.flagOf(a.annotation.id)?.clusters.includes(cluster.id) && index.inScope.has(a.annotation.document),
  );
  const citedBy = claims.length
    ? ` Cited by ${claims.map((c) => `the claim <a href="#${fragmentId('note', c.annotation.id)}"><q>${escapeHtml(excerpt(annotatedText(index, c), 60))}</q></a> (${escapeHtml(index.documentTitle(c.annotation.document))})`).join('; ')}.`
    : '';
  const { major, minor } = splitBySeverity(cluster.variants, index.input.threshold);
  const minorTable = minor.length
    ? `<details class="minor-variants"><summary>${minor.length} lesser ${minor.length === 1 ? 'difference' : 'differences'} (below ${escapeHtml(index.input.threshold)})</summary>${variantTable(index, cluster, minor)}</details>`
    : '';
  return `<section class="cluster" id="${fragmentId('cluster', cluster.id)}" aria-labelledby="${fragmentId('cluster-h', cluster.id)}">
<h3 id="${fragmentId('cluster-h', cluster.id)}"><span class="siglum">${n}</span> ${escapeHtml(source)} <span class="cluster-kind">${escapeHtml(cluster.kind)}</span></h3>
<p class="cluster-meta">${cluster.witnesses.length} witnesses, ${cluster.variants.length} variant ${cluster.variants.length === 1 ? 'location' : 'locations'}.${citedBy}</p>
<div class="witnesses">${cluster.witnesses.map((w) => witnessHtml(index, cluster, w)).join('')}</div>
${major.length ? variantTable(index, cluster, major) : '<p class="empty">No difference at or above the threshold.</p>'}
${minorTable}
</section>`;
}

/** Kinds of difference that are about the passage as a whole, not about words inside it. */
const WHOLE_PASSAGE_KINDS: ReadonlySet<string> = new Set(['attribution', 'translation']);

interface Mark {
  start: number;
  end: number;
  variant: Variant;
}

/**
 * A witness's text (as a reader sees it: without Markdown syntax) with each of its readings marked; an
 * empty reading (it lacks the words) is a caret.
 */
function witnessHtml(index: EditionIndex, cluster: Cluster, w: Witness): string {
  const marks: Mark[] = [];
  for (const v of cluster.variants) {
    // An attribution or translation difference concerns the whole passage; marking all of it would hide
    // the differences inside it. The table below lists it.
    if (WHOLE_PASSAGE_KINDS.has(v.kind)) continue;
    for (const r of v.readings) {
      for (const rw of r.witnesses) {
        if (rw.witness === w.id && rw.start >= w.start && rw.end <= w.end) marks.push({ start: rw.start, end: rw.end, variant: v });
      }
    }
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const shown = shownWitness(index, w);
  const between = (a: number, b: number): string => shown.text.slice(shown.at(a), shown.at(b));
  let out = '';
  let at = w.start;
  for (const m of marks) {
    // Overlapping rows cannot both be marked in flat text; the table still lists the later one.
    if (m.start < at) continue;
    out += escapeHtml(between(at, m.start));
    const label = `${m.variant.kind}, ${m.variant.severity}`;
    const cls = `v sev-${m.variant.severity} kind-${m.variant.kind}`;
    // A reading made only of hidden syntax is shown as its characters: then they are the difference.
    const words = between(m.start, m.end) || w.text.slice(m.start - w.start, m.end - w.start);
    out += m.end === m.start
      ? `<span class="${cls} gap" title="${escapeHtml(label)}: words missing here">‸</span>`
      : `<mark class="${cls}" title="${escapeHtml(label)}">${escapeHtml(words)}</mark>`;
    at = m.end;
  }
  out += escapeHtml(between(at, w.end));
  const attribution = describeAttribution(w.attribution);
  return `<figure class="witness" id="${fragmentId('witness', w.id)}">
<figcaption><span class="siglum">${escapeHtml(index.siglum(w.id))}</span> ${escapeHtml(index.documentTitle(w.document))}<span class="offsets">, characters ${w.start}–${w.end}</span>${attribution ? `<br><span class="attribution">${escapeHtml(attribution)}</span>` : ''}</figcaption>
<blockquote class="witness-text">${out}</blockquote>
</figure>`;
}

function variantTable(index: EditionIndex, cluster: Cluster, variants: readonly Variant[]): string {
  const rows = variants.map((v) => {
    const readings = v.readings
      .map((r) => `<li><span class="reading">${r.text ? escapeHtml(shownReading(index, r)) : '<em>(lacks the words)</em>'}</span> <span class="wits">${r.witnesses.map((rw) => escapeHtml(index.siglum(rw.witness))).join(' ')}</span></li>`)
      .join('');
    const outside = v.outside?.length ? `<li class="outside"><em>not in excerpt</em> <span class="wits">${v.outside.map((id) => escapeHtml(index.siglum(id))).join(' ')}</span></li>` : '';
    const reviews = index.reviewsOfVariant(v.id);
    const review = reviews.length
      ? reviews.map((n) => `<p class="review status-${escapeHtml(n.body.status)}"><strong>${escapeHtml(n.body.status)}</strong>${n.body.text ? `: ${escapeHtml(n.body.text)}` : ''} <span class="who">(${escapeHtml(n.creator)}, ${escapeHtml(n.modified.slice(0, 10))})</span></p>`).join('')
      : '<p class="review status-none">not reviewed</p>';
    const explanation = (index.discrepanciesOfVariant.get(v.id) ?? [])[0]?.explanation ?? '';
    return `<tr class="sev-${v.severity}" id="${fragmentId('variant', v.id)}"><td><span class="badge kind-${v.kind}">${escapeHtml(v.kind)}</span> <span class="badge sev-${v.severity}">${escapeHtml(v.severity)}</span>${explanation ? `<br><span class="explanation">${escapeHtml(explanation)}</span>` : ''}</td><td><ul class="readings">${readings}${outside}</ul></td><td>${review}</td></tr>`;
  });
  return `<div class="table-scroll"><table class="variants"><caption class="visually-hidden">Variant locations of cluster ${escapeHtml(clusterNumber(index, cluster.id) ?? cluster.id)}</caption>
<thead><tr><th scope="col">Difference</th><th scope="col">Readings (witnesses)</th><th scope="col">Review</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table></div>`;
}
