import AxeBuilder from '@axe-core/playwright';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api';
import { Report, SEVERITY_RANK, type Annotation } from '../../shared/model';
import { reviewItems } from '../../renderer/model/review-items';
import { freeSentence } from './fixtures';
import { selectWithMouse, TARGET_VIEW } from './page-text';
import { ARTIFACTS } from './paths';

/** What the journey needs from the suite that runs it (browser mode or Electron). */
export interface JourneyContext {
  page: Page;
  /** Calls the API as the page does, to arrange and to check what was stored (never for the behaviour under test). */
  call<M extends ApiMethod>(method: M, payload: ApiInput<M>): Promise<ApiOutput<M>>;
  projectDir: string;
  /** Prefix of the screenshots saved in tests/artifacts. */
  shots: string;
}

/** What the journey made, for the later steps to find again. */
export interface JourneyState {
  suggested: string;
  claimId: string;
  crossrefId: string;
  /** The discrepancy ids of the review item confirmed, and of the one dismissed. */
  confirmed: string[];
  dismissed: string[];
  dismissNote: string;
  crossrefNote: string;
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

/** Opens a document from the documents list and waits for it to show. */
export async function openDocument(page: Page, title: string): Promise<void> {
  if (!(await page.getByTestId('document-list').isVisible())) await views(page).getByRole('button', { name: 'Document' }).click();
  await page.getByTestId('document-list').getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByTestId('document-title')).toHaveText(title);
}

/** The side columns and the form fit their width: nothing in them scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  interface Box { id: string; clientWidth: number; scrollWidth: number }
  const wide = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { getElementById(id: string): Box | null } }).document;
    return ['documents-sidebar', 'side-panel', 'annotations-tab', 'annotation-form-host', 'target-pane']
      .map((id) => doc.getElementById(id))
      .filter((el): el is Box => el !== null && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.id}: ${el.scrollWidth} > ${el.clientWidth}`);
  });
  expect(wide, where).toEqual([]);
}

/** axe-core over the page: no serious or critical violation, in the colour scheme set now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Scans the page in light and in dark. */
export async function expectAccessibleBothThemes(page: Page, where: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `${where} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function shot(ctx: JourneyContext, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await ctx.page.screenshot({ path: join(ARTIFACTS, `${ctx.shots}-${name}.png`) });
}

/**
 * The project's report now. The window checks in the background too, and a newer check cancels an older
 * one (one check job per project), so a check cancelled that way is asked for again.
 */
export async function checkNow(ctx: Pick<JourneyContext, 'call'>): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.call('runCheck', {});
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('cancelled')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** A quote of `document` that sits in a cluster with a discrepancy at or above major: citing it flags a claim. */
function flaggingQuote(report: Report, quotes: readonly Annotation[]): Annotation | undefined {
  const serious = new Set(report.discrepancies.filter((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK.major).map((d) => d.cluster));
  return quotes.find((q) => {
    const { start, end } = q.target.selector[0];
    return report.clusters.some((c) => serious.has(c.id) && c.witnesses.some((w) => w.document === q.document && w.start < end && start < w.end));
  });
}

/**
 * Accepts every quote suggestion of `title`, then marks a free sentence of it as a claim citing one of the
 * accepted quotes that a check puts in a cluster with a serious discrepancy, choosing it in the claim
 * form's list; returns the claim's id and the quote's.
 */
export async function acceptSuggestionsAndClaim(ctx: JourneyContext, title: string): Promise<{ claimId: string; quoteId: string }> {
  const { page } = ctx;
  await openDocument(page, title);
  const documents = await ctx.call('listDocuments', {});
  const doc = documents.find((d) => d.title === title)!;
  await page.getByRole('tab', { name: /^Suggestions/ }).click();
  const panel = page.getByTestId('suggestions-panel');
  const acceptAll = panel.getByRole('button', { name: /^Accept all \(\d+\)$/ });
  await expect(acceptAll).toBeEnabled();
  const offered = Number(/\((\d+)\)/.exec((await acceptAll.textContent()) ?? '')?.[1]);
  expect(offered).toBeGreaterThan(0);
  await expect(page.locator('#document-mount .suggestion').first()).toBeVisible();
  await acceptAll.click();
  await expect(panel).toContainText('No open quote suggestions in this document.');
  await expect(page.locator('#document-mount .suggestion')).toHaveCount(0);
  const stored = (await ctx.call('listAnnotations', { document: doc.id })).map((a) => a.annotation).filter((a) => a.kind === 'quote' && a.tags.includes('suggested'));
  expect(stored).toHaveLength(offered);
  await page.getByRole('tab', { name: /^Annotations/ }).click();
  await expect(page.getByTestId('annotation-list').locator('button.annotation-item[data-kind=quote]')).toHaveCount(offered);

  const report = await checkNow(ctx);
  const quote = flaggingQuote(report, stored);
  if (!quote) throw new Error(`no accepted quote of ${title} sits in a cluster with a serious discrepancy`);

  const { text } = await ctx.call('readDocument', { id: doc.id });
  const taken = (await ctx.call('listAnnotations', { document: doc.id })).flatMap((a) => (a.anchor ? [a.anchor] : []));
  const sentence = freeSentence(text, taken);
  if (!sentence) throw new Error(`no free sentence in ${title}`);
  await selectWithMouse(page, sentence);
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  const form = page.getByRole('form', { name: 'New claim' });
  await expect(form.getByLabel('Claim', { exact: true })).toHaveValue(sentence.replace(/\s+/g, ' '));
  const words = quote.target.selector[1].exact.replace(/\s+/g, ' ').trim().slice(0, 40);
  await form.getByLabel('Find a quote').fill(words);
  await form.getByTestId('cite-list').getByRole('checkbox').first().check();
  await expect(form).toContainText('Cites 1 quote.');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form).toBeHidden();
  const claim = (await ctx.call('listAnnotations', { document: doc.id })).find((a) => a.annotation.kind === 'claim' && a.annotation.target.selector[1].exact === sentence);
  expect(claim?.annotation.kind === 'claim' && claim.annotation.body.cites).toEqual([quote.id]);
  return { claimId: claim!.annotation.id, quoteId: quote.id };
}

/** Marks a free sentence of the open document as a cross-reference to a sentence of `targetTitle`. */
export async function crossReference(ctx: JourneyContext, from: string, targetTitle: string): Promise<string> {
  const { page } = ctx;
  const documents = await ctx.call('listDocuments', {});
  const source = documents.find((d) => d.title === from)!;
  const target = documents.find((d) => d.title === targetTitle)!;
  const { text } = await ctx.call('readDocument', { id: source.id });
  const taken = (await ctx.call('listAnnotations', { document: source.id })).flatMap((a) => (a.anchor ? [a.anchor] : []));
  const sentence = freeSentence(text, taken)!;
  const targetSentence = freeSentence((await ctx.call('readDocument', { id: target.id })).text)!;
  await selectWithMouse(page, sentence);
  await page.keyboard.press('Alt+3');
  const form = page.getByRole('form', { name: 'New cross-reference' });
  await form.getByLabel('Relation').selectOption('see-also');
  await form.getByLabel('Target document').selectOption(target.id);
  const pane = page.getByTestId('target-pane');
  await expect(pane).toContainText(`Target: ${targetTitle}`);
  await expectNoSidewaysScroll(page, 'the cross-reference form beside its target');
  // Ctrl+F in the target view searches the target document, not the open one.
  await page.locator(TARGET_VIEW).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in the target document' });
  await find.getByRole('searchbox').fill(targetSentence.replace(/\s+/g, ' ').trim().slice(0, 30));
  await expect(find).toContainText(/1 of \d+/);
  await expect(pane.locator('.find-current').first()).toBeInViewport();
  await expect(page.locator('#document-mount .find-match')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(pane.locator('.find-match')).toHaveCount(0);
  await expect(form).toBeVisible();
  await selectWithMouse(page, targetSentence, TARGET_VIEW);
  await expect(form.getByTestId('picked-target')).toContainText(targetTitle);
  await form.getByRole('button', { name: 'Save cross-reference' }).click();
  await expect(form).toBeHidden();
  await expect(pane).toBeHidden();
  const made = (await ctx.call('listAnnotations', { document: source.id })).find((a) => a.annotation.kind === 'crossref' && a.annotation.target.selector[1].exact === sentence)!;
  const body = made.annotation.kind === 'crossref' ? made.annotation.body : null;
  expect(body?.relation).toBe('see-also');
  const to = body?.to;
  expect(to && 'document' in to ? targetText(await ctx.call('readDocument', { id: target.id }), to) : null).toBe(targetSentence);
  const entry = page.getByTestId('annotation-list').locator(`button[data-annotation-id="${made.annotation.id}"]`);
  await expect(entry).toContainText(`see also ${targetTitle}`);
  return made.annotation.id;
}

function targetText(content: { text: string }, to: { start: number; end: number }): string {
  return content.text.slice(to.start, to.end);
}

/** The claim shows its flag in the text, the list, the documents sidebar, the header and the window title. */
export async function seeFlag(ctx: JourneyContext, claimId: string): Promise<void> {
  const { page } = ctx;
  const highlight = page.locator(`#document-mount .annotation-claim[data-annotation-id="${claimId}"]`).first();
  await expect(highlight).toHaveAttribute('data-flag', /critical|major/);
  await expect(page.getByTestId('annotation-list').locator(`button[data-annotation-id="${claimId}"]`)).toContainText('Flagged');
  await expect(page.getByTestId('flag-count')).toContainText(/open flags?/);
  await expect(page).toHaveTitle(/open flags?\)/);
  await expect(page.getByTestId('document-list').locator('.flag-count-badge').first()).toBeVisible();
}

/** Opens the compare view of the first cluster from the review view and reads a variant's explanation. */
export async function compare(ctx: JourneyContext): Promise<void> {
  const { page } = ctx;
  await views(page).getByRole('button', { name: /^Review/ }).click();
  const clusters = page.getByTestId('cluster-list');
  await expect(clusters.locator('li.cluster').first()).toBeVisible();
  await expectAccessibleBothThemes(page, 'review view');
  const withVariants = clusters.locator('li.cluster', { has: page.locator('.severity') }).first();
  await withVariants.getByRole('button', { name: 'Compare witnesses' }).click();
  await expect(views(page).getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByTestId('compare-table');
  expect(await table.locator('thead th.witness-head').count()).toBeGreaterThanOrEqual(2);
  const variantRow = table.locator('tr.compare-variant').first();
  await expect(variantRow.locator('.severity')).toBeVisible();
  await variantRow.locator('button.variant-reading').first().focus();
  await expect(page.getByTestId('variant-explanation')).toContainText(/differ|missing|added|spell|typograph|ocr|name|word|figure|attribut|translat|moved|function/i);
  // Minor and info variants can be hidden; the serious ones stay.
  const rows = await table.locator('tr.compare-variant').count();
  await page.getByLabel('Hide minor and info variants').check();
  await expect(table.locator('tr.compare-variant .severity-minor, tr.compare-variant .severity-info')).toHaveCount(0);
  expect(await table.locator('tr.compare-variant').count()).toBeLessThanOrEqual(rows);
  await page.getByLabel('Hide minor and info variants').uncheck();
  await expect(table.locator('tr.compare-variant')).toHaveCount(rows);
  // Seen from one witness, pairs that differ alike are one line naming every witness on the other side
  // ("against A, B"), never two identical lines.
  const explanation = page.getByTestId('variant-explanation');
  const readings = table.locator('tr.compare-variant button.variant-reading');
  const seen = Math.min(await readings.count(), 24);
  for (let i = 0; i < seen; i++) {
    await readings.nth(i).focus();
    const lines = (await explanation.locator('li').allTextContents()).map((line) => line.replace(/ — [a-z, ]+$/, ''));
    expect(new Set(lines).size, `explanation of reading ${i}: ${lines.join(' | ')}`).toBe(lines.length);
  }
  await shot(ctx, 'compare');
  await expectAccessibleBothThemes(page, 'compare view');
  // Each witness links to its place in its document, and the jump scrolls it into view.
  await table.getByRole('button', { name: /^Show .* at this passage$/ }).last().click();
  await expect(views(page).getByRole('button', { name: 'Document' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('#document-mount .ProseMirror')).toBeFocused();
}

/** The discrepancy ids of the review item on review mode's card. */
async function cardIds(page: Page): Promise<string[]> {
  return ((await page.getByTestId('review-mode').locator('.review-card').getAttribute('data-discrepancy-ids')) ?? '').split(' ').filter(Boolean);
}

/**
 * Review mode, keyboard only: it starts on the first item in review order (press clusters first, then
 * severity), confirms it, dismisses the next with a note, saves a note alone on the third (which stays
 * open and says so); every count of the review view, review mode and the cluster list agrees.
 */
export async function reviewMode(ctx: JourneyContext): Promise<{ confirmed: string[]; dismissed: string[]; note: string }> {
  const { page } = ctx;
  await views(page).getByRole('button', { name: /^Review/ }).click();
  const expectedFirst = reviewItems(await checkNow(ctx))[0]!;
  await page.getByRole('button', { name: /^Review \d+ open difference/ }).click();
  const mode = page.getByTestId('review-mode');
  await expect(mode).toBeFocused();
  const card = mode.locator('.review-card');
  await expect(card).toHaveAttribute('data-variant-id', expectedFirst.id);
  const first = await cardIds(page);
  expect(first).toEqual(expectedFirst.discrepancies.map((d) => d.id));
  await page.keyboard.press('c');
  await expect(card).not.toHaveAttribute('data-variant-id', expectedFirst.id);
  const secondRow = (await card.getAttribute('data-variant-id'))!;
  const second = await cardIds(page);
  const note = 'Same wording in the original; the reprint is right.';
  await page.keyboard.press('n');
  await expect(mode.getByLabel('Note')).toBeFocused();
  await page.keyboard.type(note);
  await page.keyboard.press('Escape');
  await expect(mode).toBeFocused();
  await page.keyboard.press('d');
  await expect(card).not.toHaveAttribute('data-variant-id', secondRow);
  const summary = mode.getByTestId('review-mode-summary');
  await expect(summary).toContainText('1 confirmed · 1 dismissed');
  // A note alone keeps the status, and says so.
  const thirdRow = (await card.getAttribute('data-variant-id'))!;
  const aside = 'Ask the author which edition she quoted.';
  await page.keyboard.press('n');
  await page.keyboard.type(aside);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('notice')).toContainText('Note saved; the difference stays open.');
  await expect(card).not.toHaveAttribute('data-variant-id', thirdRow);
  await page.keyboard.press('k');
  await expect(card).toHaveAttribute('data-variant-id', thirdRow);
  await expect(mode.getByTestId('review-status')).toHaveText(`Status: open — “${aside}”`);
  await page.keyboard.press('k');
  await expect(card).toHaveAttribute('data-variant-id', secondRow);
  await expect(mode.getByTestId('review-status')).toContainText(`dismissed — “${note}”`);
  await expect(summary).toContainText('1 confirmed · 1 dismissed');
  await shot(ctx, 'review-mode');
  await expectAccessibleBothThemes(page, 'review mode');
  const modeCounts = (await summary.textContent())!;
  await page.keyboard.press('Escape');
  await expect(mode).toBeHidden();
  await expectCountsAgree(page, modeCounts);
  return { confirmed: first, dismissed: second, note };
}

/** The review view's counts, review mode's (for all differences) and the cluster list's sum are the same. */
async function expectCountsAgree(page: Page, modeCounts: string): Promise<void> {
  const viewCounts = (await page.getByTestId('review-counts').textContent())!;
  expect(modeCounts).toBe(`All differences: ${viewCounts}`);
  const sum = { open: 0, confirmed: 0, dismissed: 0 };
  for (const line of await page.getByTestId('cluster-list').locator('.cluster-review-counts').allTextContents()) {
    for (const status of ['open', 'confirmed', 'dismissed'] as const) sum[status] += Number(new RegExp(`(\\d+) ${status}`).exec(line)?.[1] ?? 0);
  }
  expect(viewCounts).toContain(`${sum.open} open · ${sum.confirmed} confirmed · ${sum.dismissed} dismissed`);
  // Each card's counts read as words: "1 major · 2 minor · 3 open · …".
  const severity = '\\d+ (?:critical|major|minor|info)';
  for (const line of await page.getByTestId('cluster-list').locator('.cluster-counts').allTextContents()) {
    expect(line).toMatch(new RegExp(`^(?:${severity} · )+\\d+ open · \\d+ confirmed|^The witnesses agree\\.`));
  }
}

/** What verbatim.json holds now. */
export async function stored(projectDir: string): Promise<{ annotations: Annotation[] }> {
  return JSON.parse(await readFile(join(projectDir, 'verbatim.json'), 'utf8')) as { annotations: Annotation[] };
}

/** The verdicts of the review are note annotations on every discrepancy id of each item reviewed, on disk. */
export async function expectVerdicts(projectDir: string, confirmed: readonly string[], dismissed: readonly string[], note: string): Promise<void> {
  const notes = (await stored(projectDir)).annotations.filter((a) => a.kind === 'note');
  const byDiscrepancy = new Map(notes.flatMap((a) => (a.kind === 'note' && a.body.discrepancy ? [[a.body.discrepancy, a.body] as const] : [])));
  expect(confirmed.length).toBeGreaterThan(0);
  expect(dismissed.length).toBeGreaterThan(0);
  for (const id of confirmed) expect(byDiscrepancy.get(id)?.status, id).toBe('confirmed');
  for (const id of dismissed) expect(byDiscrepancy.get(id), id).toMatchObject({ status: 'dismissed', text: note });
}

/** Edits the cross-reference's note from its list entry, deletes it with the Delete key, undoes the delete. */
export async function editDeleteUndo(ctx: JourneyContext, crossrefId: string): Promise<string> {
  const { page } = ctx;
  await views(page).getByRole('button', { name: 'Document' }).click();
  const entry = page.getByTestId('annotation-list').locator(`button[data-annotation-id="${crossrefId}"]`);
  await entry.click();
  // Each action's accessible name holds the words it shows (WCAG 2.5.3).
  const entryActions = page.getByTestId('annotation-list').locator('.entry-actions .entry-action');
  await expect(entryActions.filter({ hasText: 'Go to target' })).toHaveCount(1);
  for (const action of await entryActions.all()) {
    await expect(action).toHaveAccessibleName(new RegExp(`^${escapeRegExp(((await action.textContent()) ?? '').trim())}`));
  }
  await page.getByRole('button', { name: 'Edit this cross-reference' }).click();
  const form = page.getByRole('form', { name: 'Edit cross-reference' });
  const note = 'Both passages describe the same night.';
  await form.getByLabel('Note').fill(note);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(entry).toContainText(note);
  await entry.focus();
  await page.keyboard.press('Delete');
  await expect(entry).toHaveCount(0);
  // Focus stays in the list, on a neighbouring entry, for the next key.
  await expect(page.getByTestId('annotation-list').locator('button.annotation-item:focus')).toHaveCount(1);
  await expect(page.locator(`#document-mount [data-annotation-id="${crossrefId}"]`)).toHaveCount(0);
  // The window shows a delete before the store answers: wait for the store.
  await expect.poll(async () => (await stored(ctx.projectDir)).annotations.some((a) => a.id === crossrefId)).toBe(false);
  await page.keyboard.press('Control+z');
  await expect(entry).toContainText(note);
  await expect(page.locator(`#document-mount [data-annotation-id="${crossrefId}"]`).first()).toBeVisible();
  expect((await stored(ctx.projectDir)).annotations.find((a) => a.id === crossrefId)?.kind).toBe('crossref');
  await shot(ctx, 'document');
  await expectAccessibleBothThemes(page, 'document view');
  return note;
}

/**
 * After a reload: everything is as it was left, undo and redo still know the last actions, and a new
 * check keeps the verdicts on the same discrepancies.
 */
export async function afterReload(ctx: JourneyContext, state: JourneyState): Promise<void> {
  const { page } = ctx;
  await expect(page.getByTestId('document-title')).toHaveText(state.suggested);
  const entry = page.getByTestId('annotation-list').locator(`button[data-annotation-id="${state.crossrefId}"]`);
  await expect(entry).toContainText(state.crossrefNote);
  await seeFlag(ctx, state.claimId);
  // The undone delete can be redone after the reload, and undone again.
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(entry).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(entry).toContainText(state.crossrefNote);

  await page.getByRole('button', { name: 'Check quotes' }).click();
  await expect(page.getByTestId('notice')).toContainText('Check finished');
  // The notice counts differences as the review view does.
  const counted = /(\d+ differences? \(\d+ pairs? of witnesses\))/.exec((await page.getByTestId('notice').textContent()) ?? '')?.[1];
  expect(counted).toBeDefined();
  await views(page).getByRole('button', { name: /^Review/ }).click();
  await expect(page.locator('.check-totals')).toContainText(counted ?? 'no count in the notice');
  await expect(page.getByTestId('review-counts')).toContainText('1 confirmed · 1 dismissed');
  await expectVerdicts(ctx.projectDir, state.confirmed, state.dismissed, state.dismissNote);
  await views(page).getByRole('button', { name: 'Document' }).click();
  await seeFlag(ctx, state.claimId);
}

/** `s` as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * From the review view, keyboard only: "Save report as JSON…" runs the check and saves the report (the
 * `verbatim check --json` JSON): a version-2 report of the project's documents that flags the journey's claim.
 */
export async function saveReport(ctx: JourneyContext, claimId: string): Promise<void> {
  const { page } = ctx;
  await views(page).getByRole('button', { name: /^Review/ }).click();
  const save = page.getByRole('button', { name: 'Save report as JSON…' });
  // A check that fails says why next to the button, and nothing is saved (browser mode: the request is
  // answered as the host answers a failure).
  await page.route('**/api/runCheck', (route) => route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'the worker stopped' } } }));
  await save.focus();
  await page.keyboard.press('Enter');
  const said = page.getByTestId('report-save-status');
  await expect(said).toHaveText('The report could not be saved: the worker stopped');
  await expect(page.getByTestId('notice')).toContainText('The report could not be saved: the worker stopped');
  await expect(save).toBeEnabled();
  await page.unroute('**/api/runCheck');
  await save.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-report\.json$/);
  const report = Report.parse(JSON.parse(await readFile(await file.path(), 'utf8')));
  expect(report.version).toBe(2);
  const documents = await ctx.call('listDocuments', {});
  expect(report.documents.map((d) => d.id).sort()).toEqual(documents.map((d) => d.id).sort());
  expect(report.documents.map((d) => d.path).sort()).toEqual(documents.map((d) => d.path).sort());
  expect(report.claims.find((c) => c.id === claimId)?.flagged).toBe(true);
  await expect(said).toHaveText(`Saved ${file.suggestedFilename()}.`);
}
