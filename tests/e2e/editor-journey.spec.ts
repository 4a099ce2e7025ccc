import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { corpusDir, corpusSkipReason, hasCorpus } from '../helpers/corpus';
import { test, expect, type Server } from './fixtures';
import {
  acceptSuggestionsAndClaim, afterReload, compare, crossReference, editDeleteUndo, expectVerdicts, openDocument, reviewMode, saveReport, seeFlag,
  type JourneyContext,
} from './journey-steps';
import { SAMPLE } from './paths';

/** The documents a journey adds, the one whose suggestions it accepts and the one it cross-references. */
interface JourneyPlan {
  files: { path: string; name: string }[];
  suggested: string;
  target: string;
  shots: string;
}

async function addDocuments(page: Page, plan: JourneyPlan): Promise<void> {
  await expect(page.getByTestId('document-list')).toContainText('This project has no documents yet.');
  const files = await Promise.all(plan.files.map(async (f) => ({ name: f.name, mimeType: 'text/plain', buffer: await readFile(f.path) })));
  await page.getByTestId('add-documents-input').setInputFiles(files);
  await expect(page.getByTestId('notice')).toContainText(`Added ${files.length} documents.`);
  await expect(page.getByTestId('document-list').getByRole('button')).toHaveCount(files.length);
}

/**
 * The journey, as a person does it: add the documents, accept the quote suggestions of one,
 * mark a claim citing one of them, make a cross-reference to another document, see the claim's flag, open
 * the compare view, review (confirm one discrepancy, dismiss another with a note), edit and delete an
 * annotation and undo the delete, reload, check again, find everything as it was left, and save the
 * report as JSON from the review view.
 */
async function journey(page: Page, server: Server, plan: JourneyPlan): Promise<void> {
  const ctx: JourneyContext = { page, call: server.call, projectDir: server.projectDir, shots: plan.shots };
  await page.goto(server.url);
  await addDocuments(page, plan);
  const { claimId } = await acceptSuggestionsAndClaim(ctx, plan.suggested);
  const crossrefId = await crossReference(ctx, plan.suggested, plan.target);
  await seeFlag(ctx, claimId);
  await compare(ctx);
  await openDocument(page, plan.suggested);
  const verdicts = await reviewMode(ctx);
  await expectVerdicts(server.projectDir, verdicts.confirmed, verdicts.dismissed, verdicts.note);
  await openDocument(page, plan.suggested);
  const crossrefNote = await editDeleteUndo(ctx, crossrefId);
  await page.reload();
  await afterReload(ctx, {
    suggested: plan.suggested,
    claimId,
    crossrefId,
    confirmed: verdicts.confirmed,
    dismissed: verdicts.dismissed,
    dismissNote: verdicts.note,
    crossrefNote,
  });
  await saveReport(ctx, claimId);
}

test.describe('the editor journey', () => {
  test.use({ project: 'empty' });
  // The corpus journey accepts a hundred suggestions, checks 340 KB of text several times and saves the
  // report; on a loaded two-core machine it has taken close to three minutes. A bound, not a speed test.
  test.setTimeout(360_000);

  test('on the sample documents: annotate, flag, compare, review, edit, undo, reload, check again', async ({ page, server }) => {
    await journey(page, server, {
      files: ['courier-clipping.txt', 'relief-committee-report.md', 'regional-digest.txt', 'council-briefing.md'].map((name) => ({ path: join(SAMPLE, name), name })),
      suggested: 'The Harbour Courier, 12 May 2019, page 3',
      target: 'ARDEN REGIONAL DIGEST - week 20, 2019',
      shots: 'sample',
    });
  });

  test(`on the corpus: the same journey on 001, 002 and 004${corpusSkipReason}`, async ({ page, server }) => {
    test.skip(!hasCorpus, `no corpus at ${corpusDir}`);
    await journey(page, server, {
      files: ['001.txt', '002.txt', '004.txt'].map((name) => ({ path: join(corpusDir, name), name })),
      suggested: 'JUSTICE FOR KHOJALY',
      target: 'Town wiped',
      shots: 'corpus',
    });
  });
});
