import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJSON, CSV_COLUMNS, extractText, teiId } from '../../../annotations';
import { createProject, exportProject, importAnnotationFile } from '../../../main/services';
import type { Report } from '../../../shared/model';
import { corpusDir, corpusSkipReason, hasCorpus } from '../../helpers/corpus';
import { buildCorpusProject, type CorpusProject } from '../../helpers/corpus-project';
import { chromiumPath, launchChromium, noChromiumReason } from './browser';

let project: CorpusProject;
let report: Report;
const exported = async (format: 'html' | 'pdf' | 'markdown' | 'jsonld' | 'tei' | 'csv') => (await exportProject(project.session.context, { format })).bytes;
const asText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe.skipIf(!hasCorpus)(`exports of the corpus project (001, 002, 004 with quotes, claims, review notes)${corpusSkipReason}`, () => {
  beforeAll(async () => {
    project = await buildCorpusProject();
    report = await project.session.handlers.runCheck({});
  }, 120_000);
  afterAll(async () => {
    await project?.session.close();
    if (project) await rm(project.dir, { recursive: true, force: true });
  });

  it('the corpus project has flagged claims and reviews to export', () => {
    expect(report.claims.filter((c) => c.flagged).length).toBeGreaterThan(0);
    expect(project.notes.length).toBe(3);
  });

  it('JSON-LD conforms to the W3C Web Annotation model and re-imports into a fresh project losslessly', async () => {
    const json = JSON.parse(asText(await exported('jsonld'))) as { total: number; first: { items: { motivation: string }[] } };
    const schema = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'fixtures', 'web-annotation.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const stored = project.session.store.annotations();
    expect(json.total).toBe(stored.length);
    expect(new Set(json.first.items.map((a) => a.motivation))).toEqual(new Set(['highlighting', 'commenting', 'linking', 'assessing', 'questioning']));

    const fresh = await createProject(join(project.dir, 'fresh'), ['001.txt', '002.txt', '004.txt'].map((n) => join(corpusDir, n)));
    try {
      const bytes = new TextEncoder().encode(JSON.stringify(json));
      const result = await importAnnotationFile(fresh.context, 'project.jsonld', bytes);
      expect(result).toMatchObject({ added: stored.length, replaced: 0, kept: 0, orphans: [], warnings: [] });
      const sort = (list: readonly object[]) => list.map((a) => canonicalJSON(a)).sort();
      expect(sort(fresh.store.annotations())).toEqual(sort(stored));
      // Importing the same file again changes nothing.
      expect(await importAnnotationFile(fresh.context, 'project.jsonld', bytes)).toMatchObject({ added: 0, unchanged: stored.length });
    } finally {
      await fresh.close();
    }
  });

  it('TEI is well-formed, and its apparatus has one <app> per variant with one <rdg> per reading and its witnesses', async () => {
    const tei = asText(await exported('tei'));
    expect(XMLValidator.validate(tei)).toBe(true);
    const apps = new Map<string, { rdg: { wit: string; text: string }[]; type: string; subtype: string }>();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'rdg' || name === 'app' || name === 'witness', textNodeName: '#text', trimValues: false, htmlEntities: true, parseTagValue: false, parseAttributeValue: false });
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'app') {
          for (const app of value as Record<string, unknown>[]) {
            const rdg = ((app['rdg'] as Record<string, unknown>[] | undefined) ?? []).map((r) => ({ wit: String(r['@wit']), text: typeof r === 'object' ? String(r['#text'] ?? '') : String(r) }));
            apps.set(String(app['@xml:id']), { rdg, type: String(app['@type']), subtype: String(app['@subtype']) });
          }
        }
        walk(value);
      }
    };
    const doc = parser.parse(tei) as Record<string, unknown>;
    walk(doc);
    const witnesses = new Set(
      [...tei.matchAll(/<witness xml:id="([^"]+)"/g)].map((m) => `#${m[1]}`),
    );
    expect(witnesses.size).toBe(report.clusters.reduce((n, c) => n + c.witnesses.length, 0));
    const variants = report.clusters.flatMap((c) => c.variants);
    expect(apps.size).toBe(variants.length);
    for (const v of variants) {
      const app = apps.get(teiId('app', v.id));
      expect(app, v.id).toBeDefined();
      expect(app!.type).toBe(v.kind);
      expect(app!.subtype).toBe(v.severity);
      expect(app!.rdg.map((r) => r.wit)).toEqual(v.readings.map((r) => r.witnesses.map((w) => `#${teiId('wit', w.witness)}`).join(' ')));
      expect(app!.rdg.map((r) => r.text)).toEqual(v.readings.map((r) => r.text));
      for (const r of app!.rdg) for (const w of r.wit.split(' ')) expect(witnesses.has(w), w).toBe(true);
    }
  });

  it('CSV parses back to one row per discrepancy, with the review status and note of the reviewed ones', async () => {
    const rows = parseCsv(asText(await exported('csv')).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(report.discrepancies.length);
    for (const note of project.notes) {
      if (note.kind !== 'note') continue;
      const row = rows.find((r) => r['discrepancy'] === note.body.discrepancy);
      expect(row?.['review status']).toBe(note.body.status);
      expect(row?.['note']).toBe(note.body.text);
    }
    const x = report.discrepancies[0]!;
    expect(rows[0]).toMatchObject({ discrepancy: x.id, 'start a': String(x.a.start), 'text a': x.a.text.replace(/^([=+\-@])/, "'$1") });
  });

  it('Markdown has one footnote definition per annotation and a reference to each', async () => {
    const md = asText(await exported('markdown'));
    const definitions = md.split('\n').filter((l) => /^\[\^\d+\]: /.test(l));
    expect(definitions.length).toBe(project.session.store.annotations().length);
    for (const d of definitions) {
      const n = /^\[\^(\d+)\]/.exec(d)![1];
      expect(md.split(`[^${n}]`).length, `footnote ${n}`).toBeGreaterThanOrEqual(3);
    }
    expect(md).toContain('## Apparatus');
  });

  describe.skipIf(!chromiumPath)(`in Chromium${noChromiumReason}`, () => {
    it('the HTML edition shows every document, the numbered notes and an apparatus for each flagged claim', async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        await page.setContent(asText(await exported('html')), { waitUntil: 'load' });
        const seen = (await page.evaluate(`({
          documents: document.querySelectorAll('article.document').length,
          notes: document.querySelectorAll('.notes li').length,
          refs: document.querySelectorAll('sup.ref a').length,
          clusters: [...document.querySelectorAll('#apparatus section.cluster')].map((c) => c.id),
          witnessBoxes: document.querySelectorAll('#apparatus figure.witness').length,
          reviews: [...document.querySelectorAll('#apparatus .review strong')].map((s) => s.textContent),
          flagged: document.querySelectorAll('mark.flagged').length,
        })`)) as { documents: number; notes: number; refs: number; clusters: string[]; witnessBoxes: number; reviews: string[]; flagged: number };
        expect(seen.documents).toBe(3);
        const annotations = project.session.store.annotations().length;
        expect(seen.notes).toBe(annotations);
        expect(seen.refs).toBeGreaterThan(0);
        const flaggedClusters = new Set(report.claims.filter((c) => c.flagged).flatMap((c) => c.discrepancies.map((id) => report.discrepancies.find((x) => x.id === id)!.cluster)));
        for (const id of flaggedClusters) expect(seen.clusters.some((c) => c.endsWith(id.replace(/[^A-Za-z0-9_-]/g, '')))).toBe(true);
        expect(seen.witnessBoxes).toBeGreaterThanOrEqual(seen.clusters.length * 2);
        expect(seen.reviews).toEqual(expect.arrayContaining(['confirmed', 'dismissed', 'open']));
        expect(seen.flagged).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
    });

    it('the PDF edition renders and its text can be extracted: titles, notes and the apparatus', async () => {
      const pdf = await exported('pdf');
      expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
      const { text } = await extractText('edition.pdf', pdf);
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Apparatus');
      expect(flat).toContain('KHOJALY GENOCIDE');
      expect(flat).toMatch(/Claim/i);
      expect(flat).toContain('Reviewed: confirmed against the original.');
    });
  });
});
