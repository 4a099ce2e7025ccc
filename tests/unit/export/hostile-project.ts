import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, type ProjectSession } from '../../../main/services';

/** Markup, script and formulas where documents, notes and attributions carry text. */
export const HOSTILE = {
  script: '<script>window.__pwned = 1</script>',
  img: '<img src=x onerror="window.__pwned=2">',
  xml: ']]></rdg><rdg wit="#evil">&amp;&#0;',
  formula: '=HYPERLINK("http://evil.example","click")',
  plus: '+SUM(A1:A9)',
  at: '@cmd',
  markdown: '[^1]: fake note ![x](javascript:alert(1)) <b onclick=alert(1)>',
  /** Markup inside Markdown structure: a heading, strong in a block quote, a link, inline code. */
  heading: 'Third <script>window.__pwned = 3</script>',
  strongImg: '<img src=x onerror="window.__pwned=4">',
  code: '</code><script>window.__pwned = 6</script>',
} as const;

/** A Markdown document whose structure holds the markup above (the edition renders its Markdown). */
const THIRD_MD = `# ${HOSTILE.heading}\n\n> **${HOSTILE.strongImg}** said *the [council](javascript:alert(1))*.\n\n- [a link](https://a.example/"onmouseover="window.__pwned=5) \`${HOSTILE.code}\`\n`;

/**
 * A project of two clippings that quote one passage with a changed figure, whose text, claim, quote
 * attribution, note and tags all carry hostile content, and a Markdown document with markup inside its
 * structure and a claim across it. The caller closes the session.
 */
export async function buildHostileProject(): Promise<{ session: ProjectSession; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-hostile-'));
  await writeFile(
    join(dir, 'one.txt'),
    `First clipping ${HOSTILE.script}\n\nThe Ledger reported: “The bridge reopened on Monday after nine weeks of repairs, the council said.” ${HOSTILE.img}\n\n${HOSTILE.formula}\n`,
  );
  await writeFile(
    join(dir, 'two.txt'),
    `Second clipping ${HOSTILE.xml}\n\nThe Ledger wrote: "The bridge reopened on Monday after six weeks of repairs, the council said." ${HOSTILE.markdown}\n`,
  );
  await writeFile(join(dir, 'three.md'), THIRD_MD);
  const session = await createProject(join(dir, 'project'), [join(dir, 'one.txt'), join(dir, 'two.txt'), join(dir, 'three.md')]);
  const h = session.handlers;
  for (const s of await h.suggestQuotes({})) {
    await h.createAnnotation({ kind: 'quote', document: s.document, start: s.start, end: s.end, body: { attribution: s.attribution, translated: false } });
  }
  const [quote] = session.store.annotations().filter((a) => a.kind === 'quote' && a.document === 'one');
  if (!quote) throw new Error('the engine found no quote in the hostile clippings');
  await h.updateAnnotation({ id: quote.id, body: { attribution: { outlet: HOSTILE.formula, author: HOSTILE.script, url: 'javascript:alert(1)', headline: HOSTILE.xml } } });
  const text = (await h.readDocument({ id: 'one' })).text;
  const at = text.indexOf('First clipping');
  await h.createAnnotation({ kind: 'claim', document: 'one', start: at, end: at + 'First clipping'.length, body: { text: `${HOSTILE.plus} ${HOSTILE.img}`, cites: [quote.id] }, tags: [HOSTILE.at, '"><svg onload=alert(1)>'] });
  // A claim from inside the block quote's strong text to the list below it, across hidden syntax.
  const third = (await h.readDocument({ id: 'three' })).text;
  const from = third.indexOf('onerror');
  await h.createAnnotation({ kind: 'claim', document: 'three', start: from, end: third.indexOf('a link') + 6, body: { text: HOSTILE.script, cites: [] } });
  const report = await h.runCheck({});
  const x = report.discrepancies.find((d) => d.kind === 'number');
  if (!x) throw new Error('the engine found no changed figure in the hostile clippings');
  await h.createAnnotation({ kind: 'note', document: x.a.document, start: x.a.start, end: x.a.end, body: { discrepancy: x.id, status: 'confirmed', text: `${HOSTILE.at} ${HOSTILE.xml} ${HOSTILE.script}` } });
  return { session, dir };
}
