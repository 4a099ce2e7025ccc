import { test, expect } from './fixtures';

test('the API refuses a request without the token', async ({ request, server }) => {
  const response = await request.post(`${server.origin}/api/projectInfo`, { data: {}, headers: { 'Content-Type': 'application/json' } });
  expect([401, 403]).toContain(response.status());
  const body = (await response.json()) as { ok: boolean; error?: { code: string } };
  expect(body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('the page without its token says how to get in instead of showing a blank window', async ({ page, server }) => {
  await page.goto(`${server.origin}/`);
  const message = page.getByTestId('access-message');
  await expect(message).toBeVisible();
  await expect(message).toContainText('access link');
  await expect(message).toContainText('?token=');
  await expect(page.getByTestId('document-list')).toBeHidden();
});

test('the page with a wrong token says the link was refused', async ({ page, server }) => {
  await page.goto(`${server.origin}/?token=not-the-token`);
  const message = page.getByTestId('access-message');
  await expect(message).toContainText('refused');
});

test('a reload without the token in the address keeps working', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('project-name')).not.toHaveText('Opening project…');
  // The token left the address bar once it was read.
  expect(new URL(page.url()).searchParams.get('token')).toBeNull();
  await page.reload();
  await expect(page.getByTestId('document-list').getByRole('button').first()).toBeVisible();
  await expect(page.getByTestId('access-message')).toBeHidden();
});
