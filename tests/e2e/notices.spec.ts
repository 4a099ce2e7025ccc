import type { ProjectInfo, Result } from '../../shared/api';
import { firstSentence, test, expect } from './fixtures';
import { selectWithMouse } from './page-text';

test('a refused annotation shows the service message and keeps the selection', async ({ page, server }) => {
  const [first] = await server.call('listDocuments', {});
  const { text } = await server.call('readDocument', { id: first!.id });
  const sentence = firstSentence(text);
  // The service's own failure, as the host would send it; everything else goes to the real server.
  const refusal: Result<never> = { ok: false, error: { code: 'read-only', message: 'the project file changed on disk; reopen it' } };
  await page.route('**/api/createAnnotation', (route) => route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify(refusal) }));

  await page.goto(server.url);
  await expect(page.getByTestId('document-title')).toHaveText(first!.title);
  await selectWithMouse(page, sentence);
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const form = page.getByRole('form', { name: 'New claim' });
  await form.getByLabel('Claim', { exact: true }).fill('A claim the service will refuse.');
  await form.getByRole('button', { name: 'Save claim' }).click();

  await expect(page.getByTestId('notice')).toContainText('the project file changed on disk; reopen it');
  // Nothing typed is lost: the form stays open with its text; cancelling it gives the selection back.
  await expect(form.getByLabel('Claim', { exact: true })).toHaveValue('A claim the service will refuse.');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeEnabled();
  const selected = await page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()));
  expect(selected).toBe(sentence);
});

test('a read-only project says so and disables the annotation buttons', async ({ page, server }) => {
  const info = await server.call('projectInfo', {});
  const readOnly: Result<ProjectInfo> = {
    ok: true,
    value: { ...info, readOnly: true, warnings: ['verbatim.json failed its schema; a backup was kept'] },
  };
  await page.route('**/api/projectInfo', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(readOnly) }));

  await page.goto(server.url);
  const warnings = page.getByTestId('project-warnings');
  await expect(warnings).toContainText('read-only');
  await expect(warnings).toContainText('verbatim.json failed its schema; a backup was kept');
  await expect(warnings).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('document-title')).not.toHaveText('No document open');
  for (const name of ['Mark as claim', 'Mark as quote', 'Mark as cross-reference', 'Mark as discrepancy note']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
  }
});

test('Check quotes shows a summary of clusters and differences by severity in the review view', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('document-title')).not.toHaveText('No document open');
  await page.getByRole('button', { name: 'Check quotes' }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Review/ }).click();
  const summary = page.getByTestId('check-summary');
  await expect(summary).toContainText(/\d+ quote clusters?, \d+ differences? \(\d+ pairs? of witnesses\)/);
  for (const severity of ['critical', 'major', 'minor', 'info']) await expect(summary.locator('dt', { hasText: severity })).toBeVisible();
});

test('a long check shows its progress after a moment and can be cancelled', async ({ page, server }) => {
  // The check job's answers are held at "running" (the sample checks in a blink), until Cancel is sent.
  let cancelled = false;
  await page.route('**/api/checkStatus', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, value: cancelled ? { state: 'cancelled' } : { state: 'running', progress: { stage: 'align', done: 3, total: 10 } } }),
    }),
  );
  await page.route('**/api/cancelCheck', async (route) => {
    cancelled = true;
    await route.continue();
  });
  await page.goto(server.url);
  const bar = page.getByTestId('check-progress');
  await expect(bar).toBeVisible();
  await expect(bar).toContainText('Checking quotes: lining up shared passages');
  await expect(bar.locator('progress')).toHaveJSProperty('value', 3);
  // The progress takes the Check button's place while the check runs.
  await expect(page.getByTestId('check-button')).toBeHidden();
  await bar.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('notice')).toContainText('Check cancelled');
  await expect(bar).toBeHidden();
  await expect(page.getByRole('button', { name: 'Check quotes' })).toBeEnabled();
  expect(cancelled).toBe(true);
});
