import { expect } from '@playwright/test';
import { escapeRegExp, openDocument, type JourneyContext } from './journey-steps';

/**
 * Find looks through the corpus's noise: a Cyrillic `о` in `оn`, look-alike capitals in 001's title, a word
 * split by a stray space in 002 (`I zvestia`); the project search counts every document's matches and shows
 * some of each.
 */
export async function findThroughNoise(ctx: JourneyContext, files: { '001': string; '002': string }): Promise<void> {
  const { page } = ctx;
  const documents = await ctx.call('listDocuments', {});
  const titleOf = (file: string): string => documents.find((d) => d.path.endsWith(file))!.title;
  await openDocument(page, titleOf(files['001']));
  await page.locator('#document-mount .ProseMirror').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = page.getByTestId('find-bar');
  for (const query of ['on the territory adjoined', 'KHOJALY GENOCIDE AS AN INTERNATIONAL CRIME']) {
    await find.getByRole('searchbox').fill(query);
    await expect(find).toContainText(/1 of \d+/);
    await expect(page.locator('.find-current')).toBeInViewport();
  }
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+f');
  const search = page.getByTestId('project-search');
  await search.getByRole('searchbox').fill('Izvestia');
  await page.keyboard.press('Enter');
  await expect(search.getByRole('button', { name: new RegExp(`^${escapeRegExp(titleOf(files['002']))}: .*I zvestia`) }).first()).toBeVisible();
  await search.getByRole('searchbox').fill('the');
  await page.keyboard.press('Enter');
  await expect(search).toContainText(/\d+ matches in 3 documents/);
  for (const d of documents) await expect(search.locator('.search-group-title', { hasText: d.title })).toContainText(/\d+ matches \(first \d+ shown\)/);
  await page.keyboard.press('Escape');
}
