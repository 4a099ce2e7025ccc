import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Annotation } from '../../shared/model';
import { firstSentence, test, expect } from './fixtures';
import { expectAccessibleBothThemes, expectNoSidewaysScroll, openDocument, stored } from './journey-steps';
import { selectWithMouse, textEnds } from './page-text';

/** The window gets focus back (as after editing the file in another program), which makes it look at the disk. */
async function windowGetsFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { dispatchEvent(event: unknown): void; Event: new (type: string) => unknown };
    g.dispatchEvent(new g.Event('focus'));
  });
}

const REPORT = 'Lower Valley Relief Committee: situation report no. 3';
const DIGEST = 'ARDEN REGIONAL DIGEST - week 20, 2019';
const BRIEFING = 'Averne Parish Council: briefing note';

test('a reader sees the Markdown rendered, what each annotation says, filters, the context menu and find', async ({ page, server }) => {
  await page.goto(server.url);
  await openDocument(page, REPORT);
  const text = page.locator('#document-mount .ProseMirror');

  // Markdown: headings, emphasis, block quotes and lists render; their syntax is not shown.
  await expect(text.locator('h3.doc-heading', { hasText: 'What happened' })).toBeVisible();
  await expect(text.locator('em', { hasText: 'Prepared by the committee secretary' })).toBeVisible();
  await expect(text.locator('blockquote', { hasText: 'More than 430 homes' })).toBeVisible();
  await expect(text.locator('ul li', { hasText: 'Ask the regional water authority' })).toBeVisible();
  const shown = (await text.textContent()) ?? '';
  expect(shown).not.toMatch(/^#|\n#|\*Prepared|> More|- Ask/);

  // Offsets still map exactly: a span selected inside the emphasis is stored as the file's characters.
  await selectWithMouse(page, 'Jonah Pell');
  await page.keyboard.press('Alt+4');
  const form = page.getByRole('form', { name: 'New discrepancy note' });
  await expect(form.getByLabel('About the discrepancy')).toHaveValue('');
  await form.getByLabel('Note').fill('Check who wrote the report.');
  await form.getByRole('button', { name: 'Save discrepancy note' }).click();
  await expect(form).toBeHidden();
  const note = (await stored(server.projectDir)).annotations.find((a) => a.kind === 'note' && a.target.selector[1].exact === 'Jonah Pell')!;
  const file = await readFile(join(server.projectDir, 'relief-committee-report.md'), 'utf8');
  const { start, end } = note.target.selector[0];
  expect(file.slice(start, end)).toBe('Jonah Pell');
  expect(note.kind === 'note' && note.body).toEqual({ status: 'open', text: 'Check who wrote the report.' });

  // Every annotation's body is in the list; hovering a highlight shows it too.
  const list = page.getByTestId('annotation-list');
  await expect(list.locator('button[data-annotation-id="claim-relief-housing"]')).toContainText('More than 430 households need temporary housing. — cites 1 quote');
  await expect(list.locator('button[data-annotation-id="quote-relief-homes"]')).toContainText('The Harbour Courier · Ines Marlow · 2019-05-12');
  await expect(list.locator('button[data-annotation-id="note-relief-figure"]')).toContainText('open — The archived Courier clipping reads');
  const claim = text.locator('[data-annotation-id="claim-relief-housing"]').first();
  await claim.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Claim');
  await expect(card).toContainText('More than 430 households need temporary housing.');
  // Keyboard: with the caret in the highlight the text names the card as its description.
  const p = await textEnds(page, 'more than 430 households');
  await page.mouse.click(p.x1 + 20, p.y1);
  await expect(text).toHaveAttribute('aria-describedby', 'annotation-card');

  // Filters by kind and status.
  const filters = page.getByTestId('annotation-filters');
  await filters.getByRole('button', { name: 'Quote' }).click();
  await expect(filters.getByRole('button', { name: 'Quote' })).toHaveAttribute('aria-pressed', 'false');
  await expect(list.locator('button[data-kind=quote]').first()).toBeHidden();
  await filters.getByRole('button', { name: 'Quote' }).click();
  await filters.getByLabel('Status').selectOption('open');
  await expect(list.locator('button.annotation-item:visible')).toHaveCount(2);
  await filters.getByLabel('Status').selectOption('');

  // The context menu of a highlight, by mouse and by keyboard.
  await claim.click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Edit claim…' })).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: 'Delete claim' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: 'Edit claim…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('form', { name: 'Edit claim' });
  await expect(edit.getByTestId('cite-list').getByRole('checkbox', { checked: true })).toHaveCount(1);
  // A quote can be cited by selecting its text in the document while the form is open.
  await selectWithMouse(page, 'said engineer Tomas Brandt');
  await edit.getByRole('button', { name: 'Cite quotes in the selection' }).click();
  await expect(edit).toContainText('Cites 2 quotes.');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  const claimNow = (await stored(server.projectDir)).annotations.find((a) => a.id === 'claim-relief-housing');
  expect(claimNow?.kind === 'claim' && [...claimNow.body.cites].sort()).toEqual(['quote-relief-engineer', 'quote-relief-homes']);

  // Find in the document.
  await page.keyboard.press('Control+f');
  const find = page.getByTestId('find-bar');
  await find.getByRole('searchbox').fill('averne');
  await expect(find).toContainText(/1 of [2-9]/);
  await page.keyboard.press('Enter');
  await expect(find).toContainText(/2 of [2-9]/);
  await expect(page.locator('.find-current')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.locator('.find-match')).toHaveCount(0);

  // Find across the project, and open a match.
  await page.keyboard.press('Control+Shift+f');
  const search = page.getByTestId('project-search');
  await search.getByRole('searchbox').fill('no direct warning');
  await page.keyboard.press('Enter');
  await expect(search).toContainText(/\d+ matches in [2-9] documents/);
  await search.getByRole('button', { name: new RegExp(BRIEFING) }).first().click();
  await expect(page.getByTestId('document-title')).toHaveText(BRIEFING);
  await expect(page.locator('.find-current')).toHaveText(/no direct warning/i);
  await expect(page.locator('.find-current')).toBeInViewport();

  // A link's address shows when the caret is in it, not only in the mouse's tooltip.
  await page.getByTestId('add-documents-input').setInputFiles({ name: 'links.md', mimeType: 'text/markdown', buffer: Buffer.from('# Links\n\nSee [the council page](https://example.org/council) for the minutes.\n') });
  await expect(page.getByTestId('document-title')).toHaveText('Links');
  const link = await textEnds(page, 'the council page');
  await page.mouse.click(link.x1 + 10, link.y1);
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip')).toContainText('Link to https://example.org/council');
  await expect(text).toHaveAttribute('aria-describedby', 'annotation-card');
});

test('quote suggestions are marks in the text: one is rejected, one edited then accepted', async ({ page, server }) => {
  const notes = [
    'Harbour notes, 22 May 2019',
    '',
    'The Valley Post reported on 14 May 2019 that the gates were opened at nine. “The spillway gates were opened at nine in the evening, two hours after the first warning was given to the control house,” a spokesman for the water authority said.',
    '',
    'The Harbour Courier wrote on 12 May 2019: “More than 340 homes in the lower Arden valley were evacuated on Saturday night after engineers opened the spillway.”',
    '',
  ].join('\n');
  await page.goto(server.url);
  await page.getByTestId('add-documents-input').setInputFiles({ name: 'harbour-notes.txt', mimeType: 'text/plain', buffer: Buffer.from(notes) });
  await expect(page.getByTestId('document-title')).toHaveText('Harbour notes, 22 May 2019');
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const panel = page.getByTestId('suggestions-panel');
  await expect(panel).toContainText(/\d+ quote suggestions in this document\./);
  const offered = Number(/(\d+) quote suggestions/.exec((await panel.textContent()) ?? '')?.[1]);
  expect(offered).toBeGreaterThanOrEqual(2);
  const marks = page.locator('#document-mount .suggestion');
  await expect(marks).toHaveCount(offered);

  // Clicking a mark offers accept, edit or reject.
  await marks.first().click();
  await page.getByRole('menuitem', { name: 'Reject' }).click();
  await expect(marks).toHaveCount(offered - 1);
  await panel.getByRole('button', { name: /^Edit, then accept: More than 340 homes/ }).click();
  const form = page.getByRole('form', { name: 'New quote' });
  await expect(form.getByLabel('Outlet')).toHaveValue('The Harbour Courier');
  await expect(form.getByLabel('Date')).toHaveValue('2019-05-12');
  await form.getByLabel('Date').fill('12 May');
  await form.getByRole('button', { name: 'Save quote' }).click();
  await expect(form.getByRole('alert')).toContainText('The date must be YYYY, YYYY-MM or YYYY-MM-DD');
  await expect(form.getByLabel('Date')).toBeFocused();
  await form.getByLabel('Date').fill('2019-05-12');
  await form.getByLabel('Author').fill('Ines Marlow');
  await form.getByRole('button', { name: 'Save quote' }).click();
  await expect(form).toBeHidden();
  await expect(marks).toHaveCount(offered - 2);
  const quote = (await stored(server.projectDir)).annotations.find((a) => a.kind === 'quote' && a.document.startsWith('harbour-notes'));
  expect(quote?.kind === 'quote' && quote.body.attribution).toMatchObject({ outlet: 'The Harbour Courier', author: 'Ines Marlow', date: '2019-05-12' });

  // The rejection holds after a reload.
  await page.reload();
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  await expect(page.locator('#document-mount .suggestion')).toHaveCount(offered - 2);
});

test('a document changed on disk: the reader is told, reloads, and re-attaches or deletes the orphans', async ({ page, server }) => {
  await page.goto(server.url);
  await openDocument(page, DIGEST);
  const list = page.getByTestId('annotation-list');
  await expect(list.locator('button[data-annotation-id="crossref-digest-bakery"]')).toBeVisible();
  const path = join(server.projectDir, 'regional-digest.txt');
  const before = await readFile(path, 'utf8');
  // The baker's words are rewritten: the cross-reference on them cannot be placed any more, while the
  // long quote around them changed little and is placed again by fuzzy match.
  const after = before.replace("who runs the bakery on Averne's main square", 'owner of the bakery on the main square');
  expect(after).not.toBe(before);
  await writeFile(path, after);
  await windowGetsFocus(page);

  const banner = page.getByTestId('disk-change');
  await expect(banner).toContainText(`“${DIGEST}” changed on disk`);
  await banner.getByRole('button', { name: 'Reload document' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('notice')).toContainText('1 orphaned');
  const orphans = page.getByTestId('orphan-list');
  const orphan = orphans.locator('button[data-annotation-id="crossref-digest-bakery"]');
  await expect(orphan).toHaveAttribute('data-orphaned', 'true');
  await expect(orphan).toContainText("Mirela Kovac, who runs the bakery on Averne's main square");
  await expect(list.locator('button[data-annotation-id="quote-digest"]')).toBeVisible();

  const reattach = orphans.getByRole('button', { name: 'Re-attach to selection: this cross-reference' });
  await expect(reattach).toBeDisabled();
  const words = 'Mirela Kovac, owner of the bakery on the main square';
  await selectWithMouse(page, words);
  await expect(reattach).toBeEnabled();
  await reattach.click();
  await expect(orphans).toBeHidden();
  await expect(page.locator('#document-mount [data-annotation-id="crossref-digest-bakery"]')).toHaveText(words);
  const moved = (await stored(server.projectDir)).annotations.find((a) => a.id === 'crossref-digest-bakery')!;
  expect(after.slice(moved.target.selector[0].start, moved.target.selector[0].end)).toBe(words);

  // An orphan can be deleted instead, and that is undone like any delete.
  await writeFile(path, after.replace(words, 'Our baker, a woman called Kovac by her customers'));
  await windowGetsFocus(page);
  await banner.getByRole('button', { name: 'Reload document' }).click();
  await orphans.getByRole('button', { name: 'Delete this cross-reference' }).click();
  await expect(orphans).toBeHidden();
  // The window shows a delete before the store answers: wait for the store.
  await expect.poll(async () => (await stored(server.projectDir)).annotations.some((a: Annotation) => a.id === 'crossref-digest-bakery')).toBe(false);
  await page.keyboard.press('Control+z');
  await expect(orphans.locator('button[data-annotation-id="crossref-digest-bakery"]')).toBeVisible();
});

test('the project settings: the flag threshold is stored, and new outlets change what quote detection finds', async ({ page, server }) => {
  // A name with no masthead word (Gazette, Weekly…), which detection believes only once the project lists it.
  const lantern = 'Ferry notes, 4 June 2019\n\nThe Arden Lantern reported on 3 June 2019: “The ferry resumed its summer timetable on the first day of June, as the harbour office had promised.”\n';
  const [added] = (await server.call('addDocuments', { files: [{ name: 'ferry-notes.txt', base64: Buffer.from(lantern).toString('base64') }] })).added;
  await page.goto(`${server.url}#doc=${encodeURIComponent(added!.id)}`);
  await expect(page.getByTestId('document-title')).toHaveText('Ferry notes, 4 June 2019');
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const suggestions = page.getByTestId('suggestions-panel');
  await expect(suggestions).toContainText('“The ferry resumed its summer timetable');
  await expect(suggestions).not.toContainText('Arden Lantern');

  await page.getByRole('button', { name: 'Settings' }).click();
  const panel = page.getByTestId('settings-panel');
  await expect(panel.getByLabel('Flag claims at or above')).toBeFocused();
  await panel.getByLabel('Flag claims at or above').selectOption('critical');
  const outlets = panel.getByLabel('Outlets of this project (one a line)');
  await outlets.fill(`${await outlets.inputValue()}\nArden Lantern`);
  const lexicon = panel.getByLabel(/^Spelling equivalences of this project/);
  await lexicon.fill(`${await lexicon.inputValue()}\nMillbrook`);
  await panel.getByRole('button', { name: 'Save settings' }).click();
  await expect(panel).toContainText('needs at least two spellings');
  await expect(lexicon).toBeFocused();
  await lexicon.fill(`${(await lexicon.inputValue()).replace('Millbrook', 'Millbrook, Milbrook # the digest spells it with one l')}`);
  await panel.getByRole('button', { name: 'Save settings' }).click();
  await expect(panel).toContainText('Settings saved.');
  // Detection now knows the outlet: the suggestion carries it.
  await expect(suggestions).toContainText('Arden Lantern');
  const info = await server.call('projectInfo', {});
  expect(info.settings).toMatchObject({ threshold: 'critical', gazetteer: ['The Harbour Courier', 'The Valley Post', 'Arden Lantern'] });
  const view = await server.call('lexicon', {});
  expect(view.entries.map((e) => e.variants)).toContainEqual(['Millbrook', 'Milbrook']);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

/**
 * Opens the form for `kind` on `sentence` (selected with the mouse): the words stay marked in the text
 * and in view while focus is in the form, and Save is in view without scrolling the form; then cancels.
 */
async function formKeepsSelectionAndSave(page: Page, sentence: string, kind: 'claim' | 'quote'): Promise<void> {
  await selectWithMouse(page, sentence);
  await page.getByRole('button', { name: `Mark as ${kind}` }).click();
  const form = page.getByRole('form', { name: `New ${kind}` });
  await expect(form).toBeVisible();
  const pending = page.locator('#document-mount .pending-selection');
  await expect.poll(async () => (await pending.allTextContents()).join('')).toBe(sentence);
  await expect(pending.first()).toBeInViewport();
  await expect(form.getByRole('button', { name: `Save ${kind}` })).toBeInViewport({ ratio: 1 });
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(pending).toHaveCount(0);
}

/** A wrong date, then a wrong URL: each message shows next to its field, clear of the sticky Save bar, and the field gets focus. */
async function invalidFieldsAreShown(page: Page, sentence: string): Promise<void> {
  await selectWithMouse(page, sentence);
  await page.keyboard.press('Alt+2');
  const form = page.getByRole('form', { name: 'New quote' });
  const bar = form.locator('.form-actions');
  // An outlet nobody knows yet is noted as new, not refused.
  await form.getByLabel('Outlet').fill('Kovač Island Gazette');
  await expect(form).toContainText('New outlet: “Kovač Island Gazette”');
  for (const [label, wrong, right, message] of [
    ['Date', '1992-13', '1992-03', /The date must be YYYY/],
    ['URL', 'not a url', 'https://example.org/courier', /The URL must be a web address/],
  ] as const) {
    await form.getByLabel(label, { exact: true }).fill(wrong);
    await form.getByRole('button', { name: 'Save quote' }).click();
    const field = form.getByLabel(label, { exact: true });
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
    const error = form.locator('.field-error', { hasText: message });
    await expect(error).toBeInViewport({ ratio: 1 });
    const [errorBox, barBox] = [await error.boundingBox(), await bar.boundingBox()];
    expect(errorBox!.y + errorBox!.height).toBeLessThanOrEqual(barBox!.y);
    await field.fill(right);
  }
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
}

test('at 800 pixels wide the text keeps most of the window, in light and in dark; the form keeps the selection in sight and Save in reach', async ({ page, server }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(server.url);
  await openDocument(page, REPORT);
  const text = await page.locator('#document-mount .ProseMirror').boundingBox();
  expect(text!.width).toBeGreaterThanOrEqual(360);
  const list = await page.getByTestId('annotation-list').boundingBox();
  expect(list!.width).toBeGreaterThanOrEqual(200);
  await expect(page.getByRole('button', { name: 'Mark as claim' })).toBeInViewport();
  await expectNoSidewaysScroll(page, 'document view at 800 px');
  await expectAccessibleBothThemes(page, 'document view at 800 px');
  const documents = await server.call('listDocuments', {});
  const report = documents.find((d) => d.title === REPORT)!;
  const taken = (await server.call('listAnnotations', { document: report.id })).flatMap((a) => (a.anchor ? [a.anchor] : []));
  const sentence = firstSentence((await server.call('readDocument', { id: report.id })).text, taken);
  // The claim form (its list of quotes to cite makes it the tallest) and the quote form, at 800 px and in a usual 1280×800 window.
  await formKeepsSelectionAndSave(page, sentence, 'claim');
  await formKeepsSelectionAndSave(page, sentence, 'quote');
  await invalidFieldsAreShown(page, sentence);
  await page.setViewportSize({ width: 1280, height: 800 });
  await formKeepsSelectionAndSave(page, sentence, 'claim');
  await formKeepsSelectionAndSave(page, sentence, 'quote');
});
