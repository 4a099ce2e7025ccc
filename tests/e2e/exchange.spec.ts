import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ARTIFACTS } from './paths';

async function waitForProject(page: Page): Promise<void> {
  await expect(page.getByTestId('document-title')).not.toHaveText('No document open');
}

/** Chooses a format and scope in the export dialog and returns the downloaded file's name and text. */
async function exportAs(page: Page, format: string, scope: RegExp | null = null): Promise<{ name: string; text: string }> {
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: format }).check();
  if (scope) await dialog.getByRole('radio', { name: scope }).check();
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-submit').click();
  const file = await download;
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('a user adds Word and HTML documents, exports an edition and annotations, and imports annotations from another tool by dropping them', async ({ page, server }) => {
  await page.goto(server.url);
  await waitForProject(page);

  // Documents in other formats, through the same picker: their text is what shows, scripts never.
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('Minutes of the harbour board')] }), new Paragraph({ children: [new TextRun('The board met on Tuesday and heard the pilots.')] })] }] }));
  const html = Buffer.from('<html><head><script>window.__pwned = 1</script></head><body><h1>Quay notice</h1><p>The east quay <b>stays closed</b> until Friday.</p></body></html>');
  await page.getByTestId('add-documents-input').setInputFiles([
    { name: 'minutes.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx },
    { name: 'quay.html', mimeType: 'text/html', buffer: html },
  ]);
  await expect(page.getByTestId('notice')).toContainText('Added 2 documents.');
  const list = page.getByTestId('document-list');
  await list.getByRole('button', { name: 'Quay notice', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Text of Quay notice' })).toContainText('The east quay stays closed until Friday.');
  await expect(page.getByRole('textbox', { name: 'Text of Quay notice' })).not.toContainText('__pwned');
  await list.getByRole('button', { name: 'Minutes of the harbour board', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Text of Minutes of the harbour board' })).toContainText('heard the pilots');

  // The dialog passes the accessibility scan, and Cancel closes it.
  await page.getByTestId('export-button').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'export-dialog.png') });
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('export-dialog')).toBeHidden();

  // The HTML edition of the project: every document, and the apparatus.
  const edition = await exportAs(page, 'HTML edition');
  expect(edition.name).toMatch(/\.html$/);
  expect(edition.text).toContain('<section class="apparatus" id="apparatus"');
  for (const title of ['The Harbour Courier, 12 May 2019, page 3', 'Quay notice', 'Minutes of the harbour board']) expect(edition.text).toContain(title);
  expect(edition.text).not.toContain('<script');

  // The open document only, as W3C Web Annotations.
  await list.getByRole('button', { name: 'The Harbour Courier, 12 May 2019, page 3', exact: true }).click();
  await expect(page.getByTestId('document-title')).toHaveText('The Harbour Courier, 12 May 2019, page 3');
  const annotations = await exportAs(page, 'W3C Web Annotation (JSON-LD)', /Only this document: The Harbour Courier/);
  expect(annotations.name).toBe('courier-clipping.jsonld');
  const collection = JSON.parse(annotations.text) as { type: string; first: { items: { target: { source: string } }[] } };
  expect(collection.type).toBe('AnnotationCollection');
  expect(collection.first.items.every((a) => a.target.source === 'urn:verbatim:document:courier-clipping')).toBe(true);

  // Another tool's annotation, dropped on the documents sidebar: anchored by its quote.
  const count = page.locator('#annotation-count');
  const before = (await server.call('listAnnotations', { document: 'courier-clipping' })).length;
  await expect(count).toHaveText(before ? `(${before})` : '');
  const text = (await server.call('readDocument', { id: 'courier-clipping' })).text;
  const exact = text.slice(40, 80);
  const foreign = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://other.example/anno/7', type: 'Annotation', motivation: 'commenting', bodyValue: 'Checked against the print edition.', target: { source: 'https://other.example/courier-clipping.txt', selector: { type: 'TextQuoteSelector', exact } } });
  const sidebar = page.getByRole('navigation', { name: 'Documents' });
  const dataTransfer = await page.evaluateHandle((json) => {
    const g = globalThis as unknown as { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: string[], name: string, options: { type: string }) => unknown };
    const transfer = new g.DataTransfer();
    transfer.items.add(new g.File([json], 'other-tool.jsonld', { type: 'application/ld+json' }));
    return transfer;
  }, foreign);
  await sidebar.dispatchEvent('dragenter', { dataTransfer });
  await sidebar.dispatchEvent('dragover', { dataTransfer });
  await sidebar.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('notice')).toContainText('Imported other-tool.jsonld: 1 added');
  await expect(count).toHaveText(`(${before + 1})`);
  const stored = await server.call('listAnnotations', { document: 'courier-clipping' });
  const imported = stored.find((a) => a.annotation.id === 'https://other.example/anno/7');
  expect(imported?.annotation).toMatchObject({ kind: 'note', body: { text: 'Checked against the print edition.' } });
  expect(imported?.anchor).toEqual({ start: 40, end: 80 });
});
