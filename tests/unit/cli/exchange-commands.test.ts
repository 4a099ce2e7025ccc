import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProjectData } from '../../../shared/model';
import { runCli } from './run-cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-x-'));
  await writeFile(join(dir, 'one.md'), '# First clipping\n\nThe Ledger reported: “The bridge reopened on Monday after nine weeks of repairs, the council said.”\n');
  await writeFile(join(dir, 'two.txt'), 'Second clipping.\nThe Ledger wrote: "The bridge reopened on Monday after six weeks of repairs, the council said."\n');
  await runCli(['init', 'proj', 'one.md', 'two.txt'], dir);
  await runCli(['suggest', 'proj', '--accept'], dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('verbatim export', () => {
  it('writes each text format to --out, and to stdout with --out -', async () => {
    const html = await runCli(['export', 'proj', '--format', 'html', '--out', 'edition.html'], dir);
    expect(html).toMatchObject({ code: 0, stderr: expect.stringMatching(/Wrote .*edition\.html/) });
    expect(await readFile(join(dir, 'edition.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*First clipping[\s\S]*id="apparatus"/);
    const csv = await runCli(['export', 'proj', '-f', 'csv', '--out', '-'], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/^\uFEFFcluster,cluster kind,variant,discrepancy/);
    expect(csv.stdout).toMatch(/,number,critical,/);
    const one = await runCli(['export', 'proj', '-f', 'markdown', '--document', 'two', '--out', '-'], dir);
    expect(one.stdout).toMatch(/^# proj\n/);
    expect(one.stdout).toContain('## Second clipping');
    expect(one.stdout).not.toContain('## First clipping');
  });

  it('refuses a missing or unknown format, an unknown document and a PDF on stdout, with exit code 2', async () => {
    expect(await runCli(['export', 'proj'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs --format/) });
    expect(await runCli(['export', 'proj', '-f', 'docx'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/one of html, pdf, markdown, jsonld, tei, csv/) });
    expect(await runCli(['export', 'proj', '-f', 'tei', '-d', 'nope'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no document "nope"/) });
    expect(await runCli(['export', 'proj', '-f', 'pdf', '--out', '-'], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/binary/) });
  });

  it('says what is missing when no Chromium is there to print a PDF', async () => {
    const saved = process.env['VERBATIM_CHROMIUM'];
    process.env['VERBATIM_CHROMIUM'] = join(dir, 'no-such-browser');
    try {
      const result = await runCli(['export', 'proj', '-f', 'pdf', '--out', 'x.pdf'], dir);
      expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/PDF export needs Chromium: VERBATIM_CHROMIUM names .*no-such-browser, which does not exist/) });
    } finally {
      if (saved === undefined) delete process.env['VERBATIM_CHROMIUM'];
      else process.env['VERBATIM_CHROMIUM'] = saved;
    }
  });
});

describe('verbatim import', () => {
  it('round-trips an export into a second project and lists orphans from another tool with exit code 1', async () => {
    await runCli(['export', 'proj', '-f', 'jsonld', '--out', 'notes.jsonld'], dir);
    await runCli(['init', 'copy', 'one.md', 'two.txt'], dir);
    const imported = await runCli(['import', 'copy', 'notes.jsonld'], dir);
    expect(imported.code).toBe(0);
    const source = ProjectData.parse(JSON.parse(await readFile(join(dir, 'proj', 'verbatim.json'), 'utf8')));
    const copy = ProjectData.parse(JSON.parse(await readFile(join(dir, 'copy', 'verbatim.json'), 'utf8')));
    expect(imported.stdout).toContain(`${source.annotations.length} added`);
    expect(copy.annotations).toEqual(source.annotations);

    await writeFile(join(dir, 'other.jsonld'), JSON.stringify({ type: 'Annotation', id: 'urn:o:1', target: { source: 'https://x.example/one.md', selector: { type: 'TextQuoteSelector', exact: 'a passage nobody wrote' } } }));
    const orphan = await runCli(['import', 'copy', 'other.jsonld'], dir);
    expect(orphan).toMatchObject({ code: 1, stderr: expect.stringMatching(/orphaned \(stored\) urn:o:1: “a passage nobody wrote”/) });
  });
});

describe('verbatim check on files in other formats', () => {
  it('checks an .html page as its text, beside a .txt', async () => {
    await writeFile(join(dir, 'page.html'), '<html><head><script>var x = 1;</script></head><body><h1>Web clipping</h1><p>The Ledger reported: “The bridge reopened on Monday after nine weeks of repairs, the council said.”</p></body></html>');
    const result = await runCli(['check', 'page.html', 'two.txt', '--json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { documents: { path: string; title: string }[]; discrepancies: { kind: string }[] };
    expect(report.documents.map((d) => [d.path, d.title])).toEqual([['page.html', 'Web clipping'], ['two.txt', 'Second clipping.']]);
    expect(report.discrepancies.some((x) => x.kind === 'number')).toBe(true);
  });
});
