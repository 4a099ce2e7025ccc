import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { API_METHODS, type ApiInput, type ApiMethod, type ApiOutput, type Result } from '../../shared/api';
import { findElectronBinary } from '../../scripts/electron-binary.js';
import { firstSentence } from '../e2e/fixtures';
import {
  acceptSuggestionsAndClaim, afterReload, compare, crossReference, editDeleteUndo, expectVerdicts, openDocument, reviewMode, seeFlag,
  type JourneyContext,
} from '../e2e/journey-steps';
import { selectWithMouse } from '../e2e/page-text';
import { ARTIFACTS, ROOT, SAMPLE } from '../e2e/paths';

const binary = findElectronBinary();
test.skip(
  binary.path === null,
  `Electron binary not present (it is downloaded lazily on first launch and this machine cannot download it) — the Electron suite runs where one is installed (${binary.reason})`,
);

/** A fresh copy of the sample project and an empty user-data folder, removed after the test. */
interface Sandbox {
  projectDir: string;
  userData: string;
  root: string;
}

async function makeSandbox(): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'verbatim-electron-'));
  const projectDir = join(root, 'Sample Project');
  const json = await readFile(join(SAMPLE, 'verbatim.json'), 'utf8');
  const data = JSON.parse(json) as { documents: { path: string }[] };
  for (const d of data.documents) {
    const target = join(projectDir, ...d.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(SAMPLE, ...d.path.split('/')), target);
  }
  await copyFile(join(SAMPLE, 'verbatim.json'), join(projectDir, 'verbatim.json'));
  return { root, projectDir, userData: join(root, 'user-data') };
}

/** Launches the app on the sandbox's project with the sandbox's user data; resolves once the page is up. */
async function launch(sandbox: Sandbox): Promise<{ app: ElectronApplication; page: Page }> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.VERBATIM_USER_DATA = sandbox.userData;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await _electron.launch({
    executablePath: binary.path ?? undefined,
    // Chromium refuses to run as root with its OS sandbox (CI containers); the page's own sandbox stays on.
    args: [ROOT, '--project', sandbox.projectDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: ROOT,
    env,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** Calls `window.verbatim` in the page, as the renderer does; for arranging, not for the behaviour tested. */
async function call<M extends ApiMethod>(page: Page, method: M, payload: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await page.evaluate(
    ([m, p]) => {
      const api = (globalThis as unknown as { verbatim: Record<string, (input: unknown) => Promise<unknown>> }).verbatim;
      const fn = api[m];
      if (!fn) throw new Error(`window.verbatim has no ${m}`);
      return fn(p);
    },
    [method, payload] as const,
  );
  const typed = result as Result<ApiOutput<M>>;
  if (!typed.ok) throw new Error(`${method} failed: ${typed.error.message}`);
  return typed.value;
}

let sandbox: Sandbox;
test.beforeEach(async () => {
  sandbox = await makeSandbox();
});
test.afterEach(async () => {
  await rm(sandbox.root, { recursive: true, force: true });
});

test('the window is locked down: only window.verbatim crosses the bridge, no Node, no navigation away', async () => {
  const { app, page } = await launch(sandbox);
  try {
    expect(page.url()).toMatch(/^app:\/\/verbatim\//);
    const exposed = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const api = g.verbatim as Record<string, unknown> | undefined;
      const events = g.verbatimEvents as Record<string, unknown> | undefined;
      return {
        methods: api ? Object.keys(api).sort() : null,
        allFunctions: api ? Object.values(api).every((v) => typeof v === 'function') : false,
        events: events ? Object.keys(events) : null,
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
        buffer: typeof g.Buffer,
        ipcRenderer: typeof g.ipcRenderer,
      };
    });
    expect(exposed).toEqual({
      methods: [...API_METHODS].sort(),
      allFunctions: true,
      events: ['onEvent'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      buffer: 'undefined',
      ipcRenderer: 'undefined',
    });

    // New windows and navigation are refused by the main process; the page stays where it is.
    const opened = await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await expect.poll(() => page.url()).toMatch(/^app:\/\/verbatim\//);
    expect(app.windows()).toHaveLength(1);

    // The renderer is served with the strict policy.
    const csp = await app.evaluate(async ({ net }) => (await net.fetch('app://verbatim/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  } finally {
    await app.close();
  }
});

test('an editor marks a sentence as a claim, and after a restart the claim is still there and on disk', async () => {
  let { app, page } = await launch(sandbox);
  const documents = await call(page, 'listDocuments', {});
  expect(documents.length).toBeGreaterThan(1);
  // Not the document shown first, so opening one from the list is part of the journey.
  const chosen = documents[1]!;
  const sentence = firstSentence((await call(page, 'readDocument', { id: chosen.id })).text);
  const openChosen = async (): Promise<void> => {
    await page.getByTestId('document-list').getByRole('button', { name: chosen.title, exact: true }).click();
    await expect(page.getByTestId('document-title')).toHaveText(chosen.title);
  };

  try {
    await openChosen();
    const markClaim = page.getByRole('button', { name: 'Mark as claim' });
    await selectWithMouse(page, sentence);
    await expect(markClaim).toBeEnabled();
    await markClaim.click();
    const form = page.getByRole('form', { name: 'New claim' });
    await form.getByRole('button', { name: 'Save claim' }).click();
    await expect(form).toBeHidden();
    await expect(page.locator('#document-mount .annotation-claim')).toHaveText(sentence);
    await expect(page.getByTestId('annotation-list').getByRole('button').filter({ hasText: sentence })).toBeVisible();
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'electron-journey.png') });
  } finally {
    await app.close();
  }

  // On disk once the app has quit: a claim on the chosen document quoting the sentence.
  const stored = JSON.parse(await readFile(join(sandbox.projectDir, 'verbatim.json'), 'utf8')) as {
    annotations: { kind: string; document: string; target: { selector: { type: string; exact?: string }[] } }[];
  };
  expect(
    stored.annotations.some(
      (a) => a.kind === 'claim' && a.document === chosen.id && a.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === sentence),
    ),
    `a claim quoting "${sentence}" in verbatim.json`,
  ).toBe(true);

  // The app remembered the project and its window in the sandbox's user data, not the real one.
  const recent = JSON.parse(await readFile(join(sandbox.userData, 'recent-projects.json'), 'utf8')) as { projects: string[] };
  expect(recent.projects[0]).toBe(sandbox.projectDir);
  const windows = JSON.parse(await readFile(join(sandbox.userData, 'window-state.json'), 'utf8')) as { projects: Record<string, unknown> };
  expect(Object.keys(windows.projects)).toContain(sandbox.projectDir);

  ({ app, page } = await launch(sandbox));
  try {
    await openChosen();
    await expect(page.locator('#document-mount .annotation-claim')).toHaveText(sentence);
    await expect(page.getByTestId('annotation-list').getByRole('button').filter({ hasText: sentence })).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'electron-relaunch.png') });
  } finally {
    await app.close();
  }
});

test('the editor journey in the desktop app: annotate, flag, compare, review, edit, undo, reload, check again', async () => {
  test.setTimeout(180_000);
  // An empty project this time: the journey adds the sample's documents itself.
  const empty = join(sandbox.root, 'Journey Project');
  await mkdir(empty, { recursive: true });
  await writeFile(join(empty, 'verbatim.json'), `${JSON.stringify({ schemaVersion: 1, documents: [], annotations: [], lexicon: [], settings: {} })}\n`);
  const { app, page } = await launch({ ...sandbox, projectDir: empty });
  try {
    const ctx: JourneyContext = { page, call: (method, payload) => call(page, method, payload), projectDir: empty, shots: 'electron' };
    const names = ['courier-clipping.txt', 'relief-committee-report.md', 'regional-digest.txt', 'council-briefing.md'];
    const files = await Promise.all(names.map(async (name) => ({ name, mimeType: 'text/plain', buffer: await readFile(join(SAMPLE, name)) })));
    await page.getByTestId('add-documents-input').setInputFiles(files);
    await expect(page.getByTestId('document-list').getByRole('button')).toHaveCount(files.length);
    const suggested = 'The Harbour Courier, 12 May 2019, page 3';
    const { claimId } = await acceptSuggestionsAndClaim(ctx, suggested);
    const crossrefId = await crossReference(ctx, suggested, 'ARDEN REGIONAL DIGEST - week 20, 2019');
    await seeFlag(ctx, claimId);
    await compare(ctx);
    await openDocument(page, suggested);
    const verdicts = await reviewMode(ctx);
    await expectVerdicts(empty, verdicts.confirmed, verdicts.dismissed, verdicts.note);
    await openDocument(page, suggested);
    const crossrefNote = await editDeleteUndo(ctx, crossrefId);
    await page.reload();
    await afterReload(ctx, { suggested, claimId, crossrefId, confirmed: verdicts.confirmed, dismissed: verdicts.dismissed, dismissNote: verdicts.note, crossrefNote });
  } finally {
    await app.close();
  }
});
