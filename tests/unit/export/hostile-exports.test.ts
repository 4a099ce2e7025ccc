import { rm } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportProject, type ProjectSession } from '../../../main/services';
import { chromiumPath, launchChromium, noChromiumReason } from './browser';
import { buildHostileProject, HOSTILE } from './hostile-project';

let session: ProjectSession;
let dir: string;
const text = async (format: 'html' | 'markdown' | 'jsonld' | 'tei' | 'csv') => new TextDecoder().decode((await exportProject(session.context, { format })).bytes);

beforeAll(async () => {
  ({ session, dir } = await buildHostileProject());
});
afterAll(async () => {
  await session.close();
  await rm(dir, { recursive: true, force: true });
});

describe('exports of hostile documents, notes and attributions', () => {
  describe.skipIf(!chromiumPath)(`the HTML edition in Chromium${noChromiumReason}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('runs no script and shows the markup as text, even with its no-script policy removed', async () => {
      const html = await text('html');
      // Without the CSP meta, only escaping stands between the text and the page.
      for (const source of [html, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')]) {
        const page = await browser.newPage({ javaScriptEnabled: true });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.setContent(source, { waitUntil: 'load' });
        // A string, not a function: it runs in the page, whose DOM this Node-side file has no types for.
        const found = (await page.evaluate(`({
          pwned: window.__pwned,
          scripts: document.querySelectorAll('script').length,
          images: document.querySelectorAll('img, svg, iframe, object, embed').length,
          handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
          jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
          text: document.body.innerText,
          apparatus: document.querySelectorAll('#apparatus .cluster table.variants').length,
          links: [...document.querySelectorAll('.text a.src-link')].map((a) => [...a.attributes].map((x) => x.name).join(' ')),
          claimMarks: document.querySelectorAll('#doc-three mark.k-claim').length,
        })`)) as { pwned: unknown; text: string; apparatus: number; links: string[]; claimMarks: number };
        expect(found).toMatchObject({ pwned: undefined, scripts: 0, images: 0, handlers: 0, jsLinks: 0 });
        expect(found.text).toContain(HOSTILE.script);
        expect(found.text).toContain(HOSTILE.img);
        expect(found.text).toContain(HOSTILE.formula);
        expect(found.apparatus).toBeGreaterThan(0);
        // The Markdown document: its markup is text inside real structure, its one web link carries no handler.
        for (const shown of [HOSTILE.heading, HOSTILE.strongImg, HOSTILE.code]) expect(found.text).toContain(shown);
        expect(found.text).toContain('[council](javascript:alert(1))');
        expect(found.links).toEqual(['class href rel']);
        expect(found.claimMarks).toBeGreaterThan(1);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  });

  it('TEI stays well-formed XML and carries the hostile text as character data', async () => {
    const tei = await text('tei');
    expect(XMLValidator.validate(tei)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(tei) as Record<string, unknown>;
    expect(parsed['teiCorpus']).toBeDefined();
    expect(tei).not.toContain('<script');
    expect(tei).not.toContain('wit="#evil"');
    // The NUL-like character reference in the document is text (`&amp;#0;`), never a real NUL.
    expect([...tei].some((c) => c.charCodeAt(0) < 9)).toBe(false);
  });

  it('CSV cells that would start a formula are prefixed with an apostrophe, and the file parses back', async () => {
    const csv = await text('csv');
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
    const cells = rows.flat();
    expect(cells.some((c) => /^[=+@]/.test(c))).toBe(false);
    const note = rows.find((r) => r.includes('confirmed'));
    expect(note?.at(-1)).toBe(`'${HOSTILE.at} ${HOSTILE.xml} ${HOSTILE.script}`);
  });

  it('Markdown escapes markup, links and footnote syntax from the text', async () => {
    const md = await text('markdown');
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<b onclick');
    expect(md).not.toContain('](javascript:');
    expect(md).toContain('&lt;script&gt;');
    // The document's fake footnote definition stays text: only our own definitions start a line with [^n]:.
    const definitions = md.split('\n').filter((l) => /^\[\^\d+\]:/.test(l));
    expect(definitions.every((l) => /^\[\^\d+\]: \*\*/.test(l))).toBe(true);
  });

  it('JSON-LD is valid JSON that keeps the hostile text exactly', async () => {
    const json = JSON.parse(await text('jsonld')) as { first: { items: { body?: { value?: string }[] }[] } };
    const values = json.first.items.flatMap((a) => (a.body ?? []).map((b) => b.value ?? ''));
    expect(values.some((v) => v.includes(HOSTILE.script))).toBe(true);
  });
});
