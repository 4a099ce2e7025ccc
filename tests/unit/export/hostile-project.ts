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
} as const;

/**
 * A project of two clippings that quote one passage with a changed figure, whose text, claim, quote
 * attribution, note and tags all carry hostile content. The caller closes the session.
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
  const session = await createProject(join(dir, 'project'), [join(dir, 'one.txt'), join(dir, 'two.txt')]);
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
  const report = await h.runCheck({});
  const x = report.discrepancies.find((d) => d.kind === 'number');
  if (!x) throw new Error('the engine found no changed figure in the hostile clippings');
  await h.createAnnotation({ kind: 'note', document: x.a.document, start: x.a.start, end: x.a.end, body: { discrepancy: x.id, status: 'confirmed', text: `${HOSTILE.at} ${HOSTILE.xml} ${HOSTILE.script}` } });
  return { session, dir };
}
