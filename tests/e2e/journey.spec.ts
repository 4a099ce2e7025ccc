import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freeSentence, test, expect, PROJECT_NAME } from './fixtures';
import { selectWithMouse } from './page-text';
import { ARTIFACTS } from './paths';

interface StoredSelector {
  type: string;
  start?: number;
  end?: number;
  exact?: string;
}
interface StoredProject {
  documents: { id: string; path: string }[];
  annotations: { id: string; kind: string; document: string; target: { selector: StoredSelector[] } }[];
}

test('an editor opens a document, marks a sentence as a claim, and finds it again after a reload and on disk', async ({ page, server }) => {
  const documents = await server.call('listDocuments', {});
  expect(documents.length).toBeGreaterThan(1);
  // A document other than the one shown first (so opening from the list is part of the journey), with a
  // sentence no annotation covers yet.
  let chosen: (typeof documents)[number] | undefined;
  let sentence: string | null = null;
  for (const d of documents.slice(1)) {
    const { text } = await server.call('readDocument', { id: d.id });
    const existing = await server.call('listAnnotations', { document: d.id });
    sentence = freeSentence(text, existing.flatMap((a) => (a.anchor ? [a.anchor] : [])));
    chosen = d;
    if (sentence) break;
  }
  if (!chosen || !sentence) throw new Error('the sample project has no unannotated sentence outside its first document');

  await page.goto(server.url);
  await expect(page.getByTestId('project-name')).toHaveText(PROJECT_NAME);
  const list = page.getByTestId('document-list');
  for (const d of documents) await expect(list.getByRole('button', { name: d.title, exact: true })).toBeVisible();

  await list.getByRole('button', { name: chosen.title, exact: true }).click();
  await expect(page.getByTestId('document-title')).toHaveText(chosen.title);
  await expect(list.getByRole('button', { name: chosen.title, exact: true })).toHaveAttribute('aria-current', 'page');

  const markClaim = page.getByRole('button', { name: 'Mark as claim' });
  await expect(markClaim).toBeDisabled();
  await selectWithMouse(page, sentence);
  await expect(markClaim).toBeEnabled();
  await markClaim.click();
  // The claim form opens with the sentence as the claim's text; saving it stores the claim.
  const form = page.getByRole('form', { name: 'New claim' });
  await expect(form.getByLabel('Claim', { exact: true })).toHaveValue(sentence);
  // Text selected while the claim is being stored is the user's next selection: saving leaves it alone.
  const { text: chosenText } = await server.call('readDocument', { id: chosen.id });
  const at = chosenText.indexOf(sentence);
  const next = freeSentence(chosenText, [{ start: at, end: at + sentence.length }]);
  if (!next) throw new Error(`${chosen.title} has no second unannotated sentence`);
  let release = (): void => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/createAnnotation', async (route) => {
    await held;
    await route.continue();
  });
  await form.getByRole('button', { name: 'Save claim' }).click();
  await selectWithMouse(page, next);
  release();
  await expect(form).toBeHidden();
  await page.unroute('**/api/createAnnotation');
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeEnabled();
  const selected = await page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()));
  expect(selected.replace(/\s+/g, ' ').trim()).toBe(next.replace(/\s+/g, ' ').trim());

  const entry = page.getByTestId('annotation-list').getByTitle(sentence, { exact: true });
  await expect(entry).toContainText('Claim');
  const id = await entry.getAttribute('data-annotation-id');
  // The highlight may be split into several spans where it overlaps other annotations; together they
  // show exactly the sentence.
  const highlight = page.locator(`.ProseMirror .annotation-claim[data-annotation-id="${id}"]`);
  await expect.poll(async () => (await highlight.allTextContents()).join('')).toBe(sentence);

  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'journey.png') });

  await page.reload();
  await expect(page.getByTestId('document-title')).toHaveText(chosen.title);
  await expect.poll(async () => (await highlight.allTextContents()).join('')).toBe(sentence);
  await expect(page.getByTestId('annotation-list').getByTitle(sentence, { exact: true })).toBeVisible();

  // What is on disk: the claim's selectors slice exactly the selected sentence out of the document file.
  const stored = JSON.parse(await readFile(join(server.projectDir, 'verbatim.json'), 'utf8')) as StoredProject;
  const claims = stored.annotations.filter((a) => a.kind === 'claim' && a.document === chosen.id);
  const claim = claims.find((a) => a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === sentence));
  expect(claim, `a claim quoting "${sentence}" in verbatim.json`).toBeDefined();
  const position = claim!.target.selector.find((s) => s.type === 'TextPositionSelector')!;
  const record = stored.documents.find((d) => d.id === chosen.id)!;
  const onDisk = (await readFile(join(server.projectDir, ...record.path.split('/')), 'utf8')).replace(/^\uFEFF/, '');
  expect(onDisk.slice(position.start, position.end)).toBe(sentence);
});

test('choosing an annotation in the list selects its span in the document', async ({ page, server }) => {
  await page.goto(server.url);
  const entries = page.getByTestId('annotation-list').getByRole('button');
  const placed = page.getByTestId('annotation-list').locator('button:not([data-orphaned])');
  await expect(entries.first()).toBeVisible();
  const count = await placed.count();
  test.skip(count === 0, 'the first sample document has no placed annotation');
  const first = placed.first();
  const id = await first.getAttribute('data-annotation-id');
  await first.click();
  await expect(first).toHaveAttribute('aria-current', 'true');
  const highlight = page.locator(`.ProseMirror [data-annotation-id="${id}"]`).first();
  await expect(highlight).toHaveClass(/annotation-active/);
  await expect(highlight).toBeInViewport();
  const selected = await page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()));
  const quoted = await page.locator(`.ProseMirror [data-annotation-id="${id}"]`).allTextContents();
  expect(selected.replace(/\s+/g, ' ')).toContain(quoted.join('').replace(/\s+/g, ' ').slice(0, 20));
});
