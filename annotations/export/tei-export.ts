/**
 * TEI P5 XML: a `teiCorpus` with one `TEI` per document — its text in one `<ab>`, its annotations as
 * standoff markup (`<standOff><listAnnotation><annotation>`, pointing into the text with TEI's
 * `string-range()` scheme) — and one `TEI` holding the quote clusters as a critical apparatus in parallel
 * segmentation: the first witness's text with an `<app>` at each variant location, one `<rdg wit="…">`
 * per reading, witnesses declared in the corpus header's `<listWit>`. Built from the report's variant
 * table; every string goes through `escapeXml`.
 */
import type { Annotation, Cluster, Variant } from '../../shared/model';
import { describeAttribution, indexEdition, type EditionIndex, type EditionInput } from './edition-model';
import { escapeXml as x } from './escape';
import { motivationOf } from './web-annotation';

/** The TEI namespace. */
export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** A valid `xml:id` (an NCName) made from `prefix` and any id of ours or of the report. */
export function teiId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** The TEI P5 export of `input`. */
export function toTei(input: EditionInput): string {
  const index = indexEdition(input);
  const clusters = input.report.clusters.filter((c) => c.witnesses.some((w) => index.inScope.has(w.document)));
  const witnesses = clusters.flatMap((c) =>
    c.witnesses.map((w) => {
      const attribution = describeAttribution(w.attribution);
      return `<witness xml:id="${teiId('wit', w.id)}" n="${x(index.siglum(w.id))}" corresp="#${teiId('doc', w.document)}">${x(index.documentTitle(w.document))}, characters ${w.start}–${w.end}${attribution ? `; ${x(attribution)}` : ''}</witness>`;
    }),
  );
  const date = input.generated.slice(0, 10);
  return `<?xml version="1.0" encoding="UTF-8"?>
<teiCorpus xmlns="${TEI_NS}">
<teiHeader>
<fileDesc>
<titleStmt><title>${x(input.title)}</title></titleStmt>
<publicationStmt><p>Exported from Verbatim on <date when="${x(date)}">${x(date)}</date>.</p></publicationStmt>
<sourceDesc>${witnesses.length ? `<listWit>\n${witnesses.join('\n')}\n</listWit>` : '<p>No quote clusters.</p>'}</sourceDesc>
</fileDesc>
<encodingDesc>
<variantEncoding method="parallel-segmentation" location="internal"/>
<p>Annotations point into each document's text with string-range(id, offset, length); offsets and lengths count Unicode code points of the text of the ab element named.</p>
</encodingDesc>
</teiHeader>
${input.documents.map((d) => documentTei(index, d.record.id)).join('\n')}
${apparatusTei(index, clusters)}
</teiCorpus>
`;
}

function header(title: string, source: string): string {
  return `<teiHeader><fileDesc><titleStmt><title>${x(title)}</title></titleStmt><publicationStmt><p>Part of a Verbatim export.</p></publicationStmt><sourceDesc><p>${source}</p></sourceDesc></fileDesc></teiHeader>`;
}

function documentTei(index: EditionIndex, id: string): string {
  const doc = index.input.documents.find((d) => d.record.id === id)!;
  const toPoints = codePointOffsets(doc.text);
  const textId = teiId('text', id);
  const annotations = index.input.annotations
    .filter((a) => a.annotation.document === id)
    .map(({ annotation, anchor }) => {
      const span = anchor ?? null;
      const target = span
        ? `#string-range(${textId},${toPoints(span.start)},${toPoints(span.end) - toPoints(span.start)})`
        : `#${textId}`;
      return annotationTei(annotation, target, span === null);
    });
  const source = `${x(doc.record.path)}${doc.record.original ? `, extracted from ${x(doc.record.original)}` : ''}; SHA-256 ${x(doc.record.sha256)}`;
  return `<TEI xml:id="${teiId('doc', id)}">
${header(doc.record.title || doc.record.path, source)}
<text><body><ab xml:id="${textId}" xml:space="preserve">${x(doc.text)}</ab></body></text>
<standOff><listAnnotation>
${annotations.join('\n')}
</listAnnotation></standOff>
</TEI>`;
}

function annotationTei(a: Annotation, target: string, orphan: boolean): string {
  const parts: string[] = [`<respStmt><resp>annotator</resp><name>${x(a.creator)}</name></respStmt>`];
  const note = (type: string, text: string) => parts.push(`<note type="${type}">${x(text)}</note>`);
  if (orphan) note('orphaned', `Not found in the current text; made on: ${a.target.selector[1].exact}`);
  switch (a.kind) {
    case 'claim':
      if (a.body.text) note('claim', a.body.text);
      for (const cited of a.body.cites) parts.push(`<ptr type="cites" target="#${teiId('ann', cited)}"/>`);
      break;
    case 'quote': {
      const source = describeAttribution(a.body.attribution);
      if (source) note('attribution', source);
      if (a.body.translated) note('translated', 'A translation of the original.');
      break;
    }
    case 'crossref': {
      const to = a.body.to;
      if (to && 'annotation' in to) parts.push(`<ptr type="${x(a.body.relation)}" target="#${teiId('ann', to.annotation)}"/>`);
      else if (to) parts.push(`<ptr type="${x(a.body.relation)}" target="#${teiId('doc', to.document)}"/><note type="span">characters ${to.start}–${to.end}</note>`);
      if (a.body.note) note('crossref', a.body.note);
      break;
    }
    case 'note':
      parts.push(`<note type="review" subtype="${x(a.body.status)}"${a.body.discrepancy ? ` n="${x(a.body.discrepancy)}"` : ''}>${x(a.body.text)}</note>`);
      break;
  }
  const tags = a.tags.length ? ` ana="${x(a.tags.map((t) => `#tag-${t.replace(/\s+/g, '_')}`).join(' '))}"` : '';
  return `<annotation xml:id="${teiId('ann', a.id)}" type="${a.kind}" motivation="${motivationOf(a)}" target="${x(target)}"${tags}>${parts.join('')}</annotation>`;
}

/** The quote clusters as a parallel-segmentation apparatus. */
function apparatusTei(index: EditionIndex, clusters: readonly Cluster[]): string {
  const divs = clusters.map((c) => clusterTei(index, c));
  return `<TEI xml:id="apparatus">
${header('Quote clusters', 'The critical apparatus of the quote clusters Verbatim found; witnesses are listed in the corpus header.')}
<text><body>
${divs.length ? divs.join('\n') : '<p>No quote clusters.</p>'}
</body></text>
</TEI>`;
}

function clusterTei(index: EditionIndex, cluster: Cluster): string {
  const base = cluster.witnesses[0]!;
  // Rows where the first witness has a reading go inline, at its offsets, in order; a row that overlaps an
  // earlier one, or that the first witness does not read (outside its excerpt), goes to the listApp below.
  const inline: { start: number; end: number; variant: Variant }[] = [];
  const elsewhere: Variant[] = [];
  const candidates = cluster.variants
    .map((v) => ({ v, r: v.readings.flatMap((r) => r.witnesses).find((rw) => rw.witness === base.id) }))
    .sort((p, q) => (p.r?.start ?? Infinity) - (q.r?.start ?? Infinity));
  let at = base.start;
  for (const { v, r } of candidates) {
    if (r && r.start >= at && r.end <= base.end) {
      inline.push({ start: r.start, end: r.end, variant: v });
      at = r.end;
    } else elsewhere.push(v);
  }
  let text = '';
  let cursor = base.start;
  for (const item of inline) {
    text += x(base.text.slice(cursor - base.start, item.start - base.start)) + appTei(index, item.variant);
    cursor = item.end;
  }
  text += x(base.text.slice(cursor - base.start));
  const source = describeAttribution(cluster.source) || 'source not identified';
  const rest = elsewhere.length ? `\n<listApp type="outside-base">\n${elsewhere.map((v) => appTei(index, v)).join('\n')}\n</listApp>` : '';
  return `<div type="cluster" subtype="${x(cluster.kind)}" xml:id="${teiId('cluster', cluster.id)}">
<head>${x(source)}</head>
<p corresp="#${teiId('wit', base.id)}">${text}</p>${rest}
</div>`;
}

function appTei(index: EditionIndex, v: Variant): string {
  const readings = v.readings.map((r) => {
    const wit = r.witnesses.map((rw) => `#${teiId('wit', rw.witness)}`).join(' ');
    return r.text ? `<rdg wit="${wit}">${x(r.text)}</rdg>` : `<rdg wit="${wit}"/>`;
  });
  const outside = (v.outside ?? []).map((w) => `<witDetail wit="#${teiId('wit', w)}" type="outside">The excerpt does not reach this place.</witDetail>`);
  const reviews = index.reviewsOfVariant(v.id).map((n) => `<note type="review" subtype="${x(n.body.status)}" resp="${x(`#${teiId('ann', n.id)}`)}">${x(n.body.text)}</note>`);
  return `<app xml:id="${teiId('app', v.id)}" type="${x(v.kind)}" subtype="${x(v.severity)}">${[...readings, ...outside, ...reviews].join('')}</app>`;
}

/** Maps JS string indices of `text` to code point offsets (the identity when it has no astral characters). */
function codePointOffsets(text: string): (index: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const points = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = n;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n += 1;
  }
  points[text.length] = n;
  return (i) => points[i] ?? n;
}
