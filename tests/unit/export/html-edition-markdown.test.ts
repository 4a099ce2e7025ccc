import { describe, expect, it } from 'vitest';
import { toHtmlEdition, type EditionInput, type PlacedAnnotation } from '../../../annotations';
import type { Annotation, Cluster, DocumentRecord, Report } from '../../../shared/model';
import { walk } from './html-walk';

/** A span to annotate: `exact` found in the text (the `nth` occurrence, from 0) and the annotation's kind. */
interface Span {
  id: string;
  kind: 'claim' | 'quote' | 'note';
  exact: string;
  nth?: number;
}

const at = (text: string, exact: string, nth = 0): number => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(exact, i + 1);
  if (i < 0) throw new Error(`"${exact}" is not in the fixture`);
  return i;
};

function annotation(document: string, text: string, span: Span): PlacedAnnotation {
  const start = at(text, span.exact, span.nth);
  const end = start + span.exact.length;
  const base: Omit<Annotation, 'kind' | 'body'> = {
    id: span.id, document, creator: 'test', created: '2024-01-01T00:00:00.000Z', modified: '2024-01-01T00:00:00.000Z', tags: [],
    target: { source: document, selector: [{ type: 'TextPositionSelector', start, end }, { type: 'TextQuoteSelector', exact: span.exact, prefix: '', suffix: '' }] },
  };
  const a: Annotation =
    span.kind === 'claim' ? { ...base, kind: 'claim', body: { text: '', cites: [] } }
    : span.kind === 'quote' ? { ...base, kind: 'quote', body: { attribution: {}, translated: false } }
    : { ...base, kind: 'note', body: { status: 'open', text: '' } };
  return { annotation: a, anchor: { start, end } };
}

const record = (id: string, path: string, text: string): DocumentRecord => ({ id, path, title: id, sha256: '0'.repeat(64), length: text.length, added: '2024-01-01T00:00:00.000Z' });

function input(docs: { id: string; path: string; text: string; spans?: Span[] }[], report?: Partial<Report>): EditionInput {
  const documents = docs.map((d) => ({ record: record(d.id, d.path, d.text), text: d.text }));
  return {
    title: 'Test', generated: '2024-01-01T00:00:00.000Z', documents, allDocuments: documents.map((d) => d.record),
    annotations: docs.flatMap((d) => (d.spans ?? []).map((s) => annotation(d.id, d.text, s))),
    report: { version: 2, documents: documents.map((d) => ({ id: d.record.id, path: d.record.path, title: d.record.title, length: d.text.length })), clusters: [], discrepancies: [], claims: [], ...report },
    threshold: 'major',
  };
}

/** The `<div class="text">` of the edition's first document. */
const textOf = (html: string): string => /<div class="text">\n([\s\S]*?)\n<\/div>/.exec(html)![1]!;

const BRIEFING = [
  '# Flood *report*',
  '',
  'Intro with **strong words**, *emphasis* and `code <b>` here.',
  '',
  '> The first quote level.',
  '>',
  '> > A nested quote, **bold',
  '> > across** a line.',
  '',
  '- one item',
  '- two *items*',
  '',
  '3. third',
  '4. fourth',
  '',
  'Claim starts *inside emphasis',
  'and runs* on.',
  '',
  'Next paragraph ends the claim here. A [link](https://example.org/a?b=1&c=2 "Example") and [a page](page.html).',
  '',
].join('\n');

describe('the HTML edition of a Markdown document', () => {
  const spans: Span[] = [
    { id: 'claim', kind: 'claim', exact: 'emphasis\nand runs* on.\n\nNext paragraph ends' },
    { id: 'bold', kind: 'quote', exact: 'bold\n> > across' },
    { id: 'nested', kind: 'note', exact: 'nested quote, **bold' },
    { id: 'in-link', kind: 'quote', exact: 'A [li' },
  ];
  const html = toHtmlEdition(input([{ id: 'briefing', path: 'briefing.md', text: BRIEFING, spans }]));
  const body = textOf(html);

  it('shows headings, paragraphs, emphasis, strong and code without their syntax', () => {
    expect(body).toContain('<h3>Flood <em>report</em></h3>');
    expect(body).toContain('<p>Intro with <strong>strong words</strong>, <em>emphasis</em> and <code>code &lt;b&gt;</code> here.</p>');
    const shown = walk(body).text;
    expect(shown).not.toMatch(/[#*`]|\]\(|^\s*>|^\s*[-+] /m);
  });

  it('nests block quotes (`> >`) and keeps lists with their numbering', () => {
    expect(body).toMatch(/<blockquote>\n<p>The first quote level\.<\/p>\n<blockquote>\n<p>A <mark/);
    expect(body.match(/<blockquote>/g)).toHaveLength(2);
    expect(body).toContain('<ul>\n<li><p>one item</p></li>\n<li><p>two <em>items</em></p></li>\n</ul>');
    expect(body).toContain('<ol start="3">\n<li><p>third</p></li>\n<li><p>fourth</p></li>\n</ol>');
  });

  it('marks an annotation on both sides of a hidden `*` and of a paragraph break, nesting every element', () => {
    expect(body).toContain('<p>Claim starts <em>inside </em><mark class="a k-claim"><em>emphasis\nand runs</em> on.</mark></p>');
    expect(body).toContain('<p><mark class="a k-claim">Next paragraph ends</mark><sup class="ref"><a href="#note-claim" id="ref-claim" aria-label="note 3">3</a></sup> the claim here.');
    expect(walk(body, /k-claim/).texts).toEqual(['emphasis\nand runs on.', 'Next paragraph ends']);
  });

  it('marks overlapping annotations across hidden quote markers inside strong, each exactly on its characters', () => {
    // The quote across `> > ` is cut where the note inside it ends (the last one is the link's quote).
    expect(walk(body, /k-quote/).texts).toEqual(['bold', '\nacross', 'A li']);
    expect(walk(body, /k-note/).texts.join('')).toBe('nested quote, bold');
    // The whole edition is well nested (walk throws otherwise), references included.
    expect(() => walk(html)).not.toThrow();
    expect(body.match(/<sup class="ref">/g)).toHaveLength(4);
  });

  it('shows a web link as a link nobody follows, any other address as text with the address on hover', () => {
    expect(body).toContain('<span class="src-link" title="page.html">a page</span>');
    // A note reference (itself a link) never sits inside the text's link: the link is split around it.
    expect(body).toContain('<mark class="a k-quote">A <a class="src-link" href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer" title="Example">li</a></mark><sup class="ref"><a href="#note-in-link" id="ref-in-link" aria-label="note 4">4</a></sup><a class="src-link" href="https://example.org/a?b=1&amp;c=2" rel="nofollow noopener noreferrer" title="Example">nk</a>');
  });
});

describe('the HTML edition escapes markup inside Markdown', () => {
  const hostile = [
    '# <script>window.__pwned = 1</script>',
    '',
    '> **<img src=x onerror="window.__pwned=2">** and `</code><script>x</script>`',
    '',
    '- [click <b onclick=alert(1)>](javascript:alert(1)) and [x](https://a.example/"onmouseover="alert(1))',
    '',
    '```',
    '</pre><script>window.__pwned = 3</script>',
    '```',
    '',
  ].join('\n');
  const html = toHtmlEdition(input([{ id: 'hostile', path: 'hostile.md', text: hostile, spans: [{ id: 'q', kind: 'quote', exact: '<img src=x onerror="window.__pwned=2">** and `</code>' }] }]));

  it('writes no tag, attribute or address of the text as markup', () => {
    expect(html).not.toMatch(/<(script|img|b)\b/i);
    // No tag of ours carries an event handler (the text's own `onerror=` is escaped text).
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/href="javascript/i);
    expect(() => walk(html)).not.toThrow();
  });

  it('shows the markup as text, structured as the Markdown says', () => {
    const body = textOf(html);
    expect(body).toContain('<h3>&lt;script&gt;window.__pwned = 1&lt;/script&gt;</h3>');
    expect(body).toContain('<blockquote>\n<p><mark class="a k-quote"><strong>&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;</strong> and <code>&lt;/code&gt;</code></mark><sup');
    // markdown-it refuses a javascript: address: the whole link stays text.
    expect(walk(body).text).toContain('[click <b onclick=alert(1)>](javascript:alert(1))');
    expect(body).toContain('<pre><code>&lt;/pre&gt;&lt;script&gt;window.__pwned = 3&lt;/script&gt;</code></pre>');
  });
});

describe('the HTML edition of plain text and of the apparatus', () => {
  it('joins printed lines of extracted text into paragraphs, keeping a title and its byline apart', () => {
    const text = 'REPORT ON THE FLOOD\nBy A. Writer\n\nThe committee met on Monday and heard from the engineers who opened the\n\nspillway of the reservoir that night.\n';
    const body = textOf(toHtmlEdition(input([{ id: 't', path: 't.txt', text, spans: [{ id: 'c', kind: 'claim', exact: 'opened the\n\nspillway' }] }])));
    expect(body).toBe('<p>REPORT ON THE FLOOD\nBy A. Writer</p>\n<p>The committee met on Monday and heard from the engineers who <mark class="a k-claim">opened the spillway</mark><sup class="ref"><a href="#note-c" id="ref-c" aria-label="note 1">1</a></sup> of the reservoir that night.</p>');
  });

  it('lets a list item broken at a printed line go on, and the list after it too (001.txt)', () => {
    const text = 'Acts such as:\n\n- killing members of the group;\n\n- inflicting on the group conditions of life calculated to bring about its \n\nphysical destruction in whole or in part;\n\n- imposing measures.\n\nThe end.\n';
    const body = textOf(toHtmlEdition(input([{ id: 't', path: 't.txt', text }])));
    expect(body).toBe('<p>Acts such as:</p>\n<ul>\n<li><p>killing members of the group;</p></li>\n<li><p>inflicting on the group conditions of life calculated to bring about its physical destruction in whole or in part;</p></li>\n<li><p>imposing measures.</p></li>\n</ul>\n<p>The end.</p>');
    // A Markdown author's paragraphs are left as written.
    const md = textOf(toHtmlEdition(input([{ id: 'm', path: 'm.md', text }])));
    expect(md.match(/<ul>/g)).toHaveLength(2);
  });

  it('shows witnesses and readings without the Markdown around them', () => {
    const a = '## The Times, 2 March 1992\n\n> “**More than 450** died,” said\n> the mayor.\n';
    const b = 'The Post wrote: “More than 540 died,” said the mayor.\n';
    const wa = { id: 'w-a', document: 'a', start: at(a, '“**More'), end: at(a, 'mayor.') + 6, attribution: {} };
    const wb = { id: 'w-b', document: 'b', start: at(b, '“More'), end: at(b, 'mayor.') + 6, attribution: {} };
    const cluster: Cluster = {
      id: 'c1', kind: 'press', source: { outlet: 'The Times' },
      witnesses: [{ ...wa, text: a.slice(wa.start, wa.end) }, { ...wb, text: b.slice(wb.start, wb.end) }],
      variants: [{ id: 'v1', kind: 'number', severity: 'critical', readings: [
        { text: '450**', witnesses: [{ witness: 'w-a', start: at(a, '450'), end: at(a, '450') + 5 }] },
        { text: '540', witnesses: [{ witness: 'w-b', start: at(b, '540'), end: at(b, '540') + 3 }] },
      ] }],
    };
    const x = { id: 'x1', variant: 'v1', cluster: 'c1', kind: 'number', severity: 'critical', explanation: 'figure differs: 450 / 540',
      a: { witness: 'w-a', document: 'a', start: at(a, '450'), end: at(a, '450') + 3, text: '450' }, b: { witness: 'w-b', document: 'b', start: at(b, '540'), end: at(b, '540') + 3, text: '540' } } as const;
    const doc = input([{ id: 'a', path: 'a.md', text: a, spans: [{ id: 'claim', kind: 'claim', exact: '**More than 450** died' }] }, { id: 'b', path: 'b.txt', text: b }], {
      clusters: [cluster], discrepancies: [x], claims: [{ id: 'claim', document: 'a', start: at(a, '**More'), end: at(a, 'died') + 4, flagged: true, discrepancies: ['x1'] }],
    });
    const html = toHtmlEdition(doc);
    const apparatus = html.slice(html.indexOf('<section class="apparatus"'));
    const witness = /<figure class="witness" id="witness-w-a">[\s\S]*?<blockquote class="witness-text">([\s\S]*?)<\/blockquote>/.exec(apparatus)![1]!;
    expect(witness).toBe('“More than <mark class="v sev-critical kind-number" title="number, critical">450</mark> died,” said\nthe mayor.');
    expect(apparatus).toContain('<span class="reading">450</span>');
    expect(apparatus).toContain('<span class="reading">540</span>');
    expect(apparatus).toContain('Cited by the claim <a href="#note-claim"><q>More than 450 died</q></a>');
    expect(() => walk(html)).not.toThrow();
  });
});
