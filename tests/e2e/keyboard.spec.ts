import { firstSentence, test, expect } from './fixtures';
import { clickBefore, selectWithMouse } from './page-text';

test('Alt+2 marks a keyboard selection as a quote, while the claim that cites it is kept as a draft', async ({ page, server }) => {
  const [first] = await server.call('listDocuments', {});
  const { text } = await server.call('readDocument', { id: first!.id });
  const sentence = firstSentence(text);
  const excerpt = sentence.slice(0, 24);
  const at = text.indexOf(sentence);
  const claimed = firstSentence(text, [{ start: at, end: at + sentence.length }]);

  await page.goto(server.url);
  await expect(page.getByTestId('document-title')).toHaveText(first!.title);
  const quote = page.getByRole('button', { name: 'Mark as quote' });
  await expect(quote).toHaveAttribute('aria-keyshortcuts', 'Alt+2');

  // A claim is being written when its author goes to mark the quote it should cite.
  await selectWithMouse(page, claimed);
  await page.keyboard.press('Alt+1');
  const claimForm = page.getByRole('form', { name: 'New claim' });
  await claimForm.getByLabel('Claim', { exact: true }).fill('What the committee said, in my words.');

  // Caret before the sentence, then extend the selection one character at a time.
  await clickBefore(page, sentence);
  for (let i = 0; i < excerpt.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(quote).toBeEnabled();
  await page.keyboard.press('Alt+2');
  // The attribution form opens with focus in its first field; Enter there saves the quote.
  const form = page.getByRole('form', { name: 'New quote' });
  await expect(form).toBeVisible();
  await expect(form).toContainText('Your claim draft is kept');
  await expect(form.getByLabel('Outlet')).toBeFocused();
  // A known outlet completes as it is typed (once the names are loaded); Enter takes the completion, a second Enter saves.
  await expect(form.locator('datalist option').first()).toBeAttached();
  await page.keyboard.type('The Harb');
  await expect(form.getByLabel('Outlet')).toHaveValue('The Harbour Courier');
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await expect(form).not.toContainText('New outlet');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  // The claim comes back as it was typed, citing the quote just marked.
  await expect(claimForm.getByLabel('Claim', { exact: true })).toHaveValue('What the committee said, in my words.');
  await expect(claimForm.getByLabel('Claim', { exact: true })).toBeFocused();
  await expect(claimForm).toContainText('Cites 1 quote.');
  await page.keyboard.press('Control+Enter');
  await expect(claimForm).toBeHidden();

  const entry = page.getByTestId('annotation-list').getByTitle(excerpt, { exact: true });
  await expect(entry).toHaveAttribute('data-kind', 'quote');
  const id = await entry.getAttribute('data-annotation-id');
  await expect(page.locator(`.ProseMirror .annotation-quote[data-annotation-id="${id}"]`)).toHaveText(excerpt);
  const annotations = await server.call('listAnnotations', { document: first!.id });
  const created = annotations.find((a) => a.annotation.id === id);
  expect(created?.annotation.kind).toBe('quote');
  expect(created?.annotation.kind === 'quote' && created.annotation.body.attribution.outlet).toBe('The Harbour Courier');
  expect(text.slice(created!.anchor!.start, created!.anchor!.end)).toBe(excerpt);
  const claim = annotations.find((a) => a.annotation.kind === 'claim' && a.annotation.body.text === 'What the committee said, in my words.');
  expect(claim?.annotation.kind === 'claim' && claim.annotation.body.cites).toEqual([id]);
  expect(text.slice(claim!.anchor!.start, claim!.anchor!.end)).toBe(claimed);
});

test('the lists are reachable by Tab and arrow keys move within them', async ({ page, server }) => {
  const documents = await server.call('listDocuments', {});
  await page.goto(server.url);
  const list = page.getByTestId('document-list');
  await expect(list.getByRole('button').first()).toHaveAttribute('aria-current', 'page');

  // Tab from the top of the page, past the header's controls, reaches "Add documents…" and then the open
  // document's entry: one Tab stop per list.
  const add = page.getByRole('button', { name: 'Add documents…', exact: true });
  for (let i = 0; i < 12 && !(await add.evaluate((el) => el === el.ownerDocument.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('document-title')).toHaveText(documents[1]!.title);
});

test('a shortcut without a selection explains itself instead of doing nothing', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByTestId('document-title')).not.toHaveText('No document open');
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('status').filter({ hasText: 'Select some text' })).toBeVisible();
});
