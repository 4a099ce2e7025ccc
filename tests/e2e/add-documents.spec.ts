import AxeBuilder from '@axe-core/playwright';
import { access, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ProjectInfo, Result } from '../../shared/api';
import { test, expect } from './fixtures';
import { ARTIFACTS } from './paths';

interface StoredProject {
  documents: { id: string; path: string; title: string }[];
}

async function storedProject(projectDir: string): Promise<StoredProject> {
  return JSON.parse(await readFile(join(projectDir, 'verbatim.json'), 'utf8')) as StoredProject;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * A Markdown document of some 60 KB with accented letters and curly quotes, so its base64 is built from
 * several chunks and multi-byte characters straddle chunk boundaries.
 */
function ferryNotes(): Buffer {
  const paragraph = 'The morning ferry to Kovač Island left at 07:40, “weather permitting”, said the harbour office — a détour of 12 km.';
  const lines = ['# Ferry Timetable Notes', ''];
  for (let i = 1; i <= 500; i += 1) lines.push(`${i}. ${paragraph}`, '');
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Bytes no text file holds: NUL bytes inside. */
const SCAN = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xd8, 0x00, 0x41]);

async function waitForProject(page: Page): Promise<void> {
  await expect(page.getByTestId('document-title')).not.toHaveText('No document open');
}

test('a user adds documents with the picker: the valid one is listed and opened, the binary one is refused with its reason', async ({ page, server }) => {
  const notes = ferryNotes();
  // Hold the request until the busy state has been seen; released by the test, not by a clock.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/addDocuments', async (route) => {
    await held;
    await route.continue();
  });

  await page.goto(server.url);
  await waitForProject(page);
  const add = page.getByRole('button', { name: 'Add documents…', exact: true });
  await expect(add).toBeEnabled();

  const chooser = page.waitForEvent('filechooser');
  await add.click();
  const fileChooser = await chooser;
  expect(fileChooser.isMultiple()).toBe(true);
  await fileChooser.setFiles([
    { name: 'ferry-notes.md', mimeType: 'text/markdown', buffer: notes },
    { name: 'scan.txt', mimeType: 'text/plain', buffer: SCAN },
  ]);

  const notice = page.getByTestId('notice');
  await expect(notice).toHaveText('Adding 2 documents…');
  await expect(add).toBeDisabled();
  release();

  const list = page.getByTestId('document-list');
  const entry = list.getByRole('button', { name: 'Ferry Timetable Notes', exact: true });
  await expect(entry).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('document-title')).toHaveText('Ferry Timetable Notes');
  await expect(page.getByRole('textbox', { name: 'Text of Ferry Timetable Notes' })).toContainText('The morning ferry to Kovač Island');
  await expect(add).toBeEnabled();

  await expect(notice).toContainText('Added 1 document.');
  // The refusal is shown once, in the list under Documents; the status only counts it.
  await expect(notice).toContainText('One file was not added: see why under Documents.');
  await expect(notice).not.toContainText('scan.txt');
  const refusals = page.getByTestId('add-refusals');
  await expect(refusals).toBeVisible();
  await expect(refusals).toContainText('scan.txt');
  await expect(refusals).toContainText('binary');
  await expect(refusals).not.toContainText('ferry-notes.md');

  // On disk: the file, byte for byte, and its record in verbatim.json; nothing of the refused one.
  expect((await readFile(join(server.projectDir, 'ferry-notes.md'))).equals(notes)).toBe(true);
  expect(await exists(join(server.projectDir, 'scan.txt'))).toBe(false);
  const stored = await storedProject(server.projectDir);
  expect(stored.documents.filter((d) => d.path === 'ferry-notes.md').map((d) => d.title)).toEqual(['Ferry Timetable Notes']);
  expect(stored.documents.some((d) => d.path.includes('scan'))).toBe(false);

  // The refusal list and the new document pass the same accessibility scan as the main page.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'add-documents.png') });

  // The refusals stay until dismissed.
  await refusals.getByRole('button', { name: 'Dismiss' }).click();
  await expect(refusals).toBeHidden();
  await expect(add).toBeFocused();
});

test('files dropped on the documents sidebar are added the same way', async ({ page, server }) => {
  await page.goto(server.url);
  await waitForProject(page);
  const sidebar = page.getByRole('navigation', { name: 'Documents' });
  const dataTransfer = await page.evaluateHandle((text) => {
    const g = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: { type: string }) => unknown;
    };
    const transfer = new g.DataTransfer();
    transfer.items.add(new g.File([text], 'harbour-log.txt', { type: 'text/plain' }));
    return transfer;
  }, 'Harbour log, 14 May\n\nThe pilot boat went out twice before noon; the quay stayed closed.\n');

  await sidebar.dispatchEvent('dragenter', { dataTransfer });
  await expect(sidebar).toHaveClass(/drop-active/);
  await sidebar.dispatchEvent('dragover', { dataTransfer });
  await sidebar.dispatchEvent('drop', { dataTransfer });
  await expect(sidebar).not.toHaveClass(/drop-active/);

  await expect(page.getByTestId('document-list').getByRole('button', { name: 'Harbour log, 14 May', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('notice')).toContainText('Added 1 document.');
  await expect(page.getByTestId('add-refusals')).toBeHidden();
  expect((await storedProject(server.projectDir)).documents.some((d) => d.path === 'harbour-log.txt')).toBe(true);
});

test('a file over 20 MB is refused in the page without being uploaded', async ({ page, server }) => {
  let uploads = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/addDocuments')) uploads += 1;
  });
  await page.goto(server.url);
  await waitForProject(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add documents…', exact: true }).click();
  await (await chooser).setFiles({ name: 'archive.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x61) });

  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('No documents were added.');
  await expect(notice).not.toContainText('archive.txt');
  await expect(page.getByTestId('add-refusals')).toContainText('archive.txt');
  await expect(page.getByTestId('add-refusals')).toContainText('too large (21 MB; the limit is 20 MB)');
  expect(uploads).toBe(0);
  expect(await exists(join(server.projectDir, 'archive.txt'))).toBe(false);
});

test('a read-only project disables the button, and a read-only answer from the service is shown', async ({ page, server }) => {
  const info = await server.call('projectInfo', {});
  const readOnly: Result<ProjectInfo> = { ok: true, value: { ...info, readOnly: true, warnings: [] } };
  await page.route('**/api/projectInfo', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(readOnly) }));
  await page.goto(server.url);
  await waitForProject(page);
  await expect(page.getByRole('button', { name: 'Add documents…', exact: true })).toBeDisabled();

  // The project turns read-only while the page still thinks it is writable: the service says so.
  await page.unroute('**/api/projectInfo');
  const refusal: Result<never> = { ok: false, error: { code: 'read-only', message: 'the project file changed on disk; reopen it' } };
  await page.route('**/api/addDocuments', (route) => route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify(refusal) }));
  await page.reload();
  await waitForProject(page);
  const add = page.getByRole('button', { name: 'Add documents…', exact: true });
  await expect(add).toBeEnabled();
  await page.getByTestId('add-documents-input').setInputFiles({ name: 'late.md', mimeType: 'text/markdown', buffer: Buffer.from('# Late\n\nText.\n') });
  await expect(page.getByTestId('notice')).toContainText('Could not add the documents: the project file changed on disk; reopen it');
  await expect(add).toBeDisabled();
});
