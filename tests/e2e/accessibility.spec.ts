import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test('the main page has no serious or critical accessibility violations', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('document-title')).not.toHaveText('No document open');
  await expect(page.getByTestId('annotation-list').locator('li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the page has landmarks and labelled regions, and the skip link lands in the document text', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Documents' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('complementary', { name: /Annotations/ })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Text of / })).toBeVisible();

  // The first Tab stop skips the header into the text itself (where the caret and the annotation keys
  // work), also from another view.
  const text = page.locator('#document-mount .ProseMirror');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the document text' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(text).toBeFocused();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Review/ }).click();
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Document' })).toHaveAttribute('aria-current', 'page');
  await expect(text).toBeFocused();
});
