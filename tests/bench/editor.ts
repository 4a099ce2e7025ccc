// `npm run bench:editor` (and the end of `npm run bench`): the editor in browser mode, in Chromium, on the
// 195 KB corpus document (001.txt; a synthetic text of the same size without the corpus) carrying 1,000
// annotations. Prints figures only; nothing here fails a build:
// - open to interactive: from navigation start to the first frame painted with the text, every highlight
//   and the list (the app's `verbatim:interactive` mark), when the entry ran (and sent the first view's
//   requests), when the window's own chunk ran, when the text came, and the long tasks until then;
// - per edit (create, edit, delete an annotation through the UI): the window's own update (the index
//   change drawn: one decoration and one list entry) before and after the next paint; Save (or Delete) to
//   the change painted (the window shows it before the store answers, see annotation-actions.ts); and
//   Save to stored: until the store's answer was applied, the request included (its share printed: the
//   host stores the project durably, fsync included, before it answers).
import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { addDocumentPaths, openProject } from '../../main/services';
import type { NewAnnotation } from '../../shared/model';
import { selectWithMouse } from '../e2e/page-text';
import { corpusDir, hasCorpus, projectRoot } from '../helpers/corpus';
import { syntheticCorpus } from './synthetic';

const ANNOTATIONS = 1000;
/** The built window to serve: `VERBATIM_BENCH_STATIC` (another build, to compare two side by side) or this checkout's. */
const staticDir = process.env['VERBATIM_BENCH_STATIC'] ?? join(projectRoot, 'dist', 'renderer');
const LOADS = 5;
const EDITS = 8;
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Spans of whole words across the text, evenly spread: where the benchmark's annotations go. */
function spans(text: string, count: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const step = Math.floor(text.length / count);
  for (let i = 0; i < count; i++) {
    let start = i * step;
    while (start < text.length && !/\w/.test(text[start]!)) start++;
    while (start > 0 && /\w/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, start + 30 + ((i * 37) % 90));
    while (end < text.length && /\w/.test(text[end]!)) end++;
    if (end > start) out.push({ start, end });
  }
  return out;
}

async function makeProject(): Promise<{ dir: string; document: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-bench-editor-'));
  let source = join(corpusDir, '001.txt');
  if (!hasCorpus) {
    source = join(dir, 'synthetic.txt');
    await writeFile(source, syntheticCorpus({ totalChars: 195_000, docChars: 195_000, seed: 7 })[0]!.text);
  }
  const session = await openProject(join(dir, 'project'), { create: true });
  try {
    const { added } = await addDocumentPaths(session, [source]);
    const document = added[0]!.id;
    const text = await session.store.readText(document);
    const places = spans(text, ANNOTATIONS);
    const quotes: NewAnnotation[] = places.filter((_, i) => i % 5 < 2).map((s, i) => ({
      kind: 'quote', document, ...s, body: { attribution: { outlet: ['The Times', 'Newsweek', 'The Washington Post'][i % 3]!, date: '1992-03' }, translated: false },
    }));
    const made = await session.handlers.createAnnotations({ annotations: quotes });
    const rest: NewAnnotation[] = places.filter((_, i) => i % 5 >= 2).map((s, i) => {
      if (i % 6 < 3) return { kind: 'claim', document, ...s, body: { text: text.slice(s.start, s.end), cites: [made[i % made.length]!.id] } };
      if (i % 6 < 5) return { kind: 'note', document, ...s, body: { status: 'open', text: 'A reviewer’s note.' } };
      return { kind: 'crossref', document, ...s, body: { relation: 'see-also', to: { document, start: places[0]!.start, end: places[0]!.end }, note: '' } };
    });
    await session.handlers.createAnnotations({ annotations: rest });
    return { dir, document, text };
  } finally {
    await session.close();
  }
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
}

const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

/** Starts browser mode on `project` in a process of its own; resolves with its URL once it listens. */
function serve(project: string): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['main/web/cli.ts', '--project', project, '--port', '0', '--static', staticDir], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /Verbatim browser mode: (http:\/\/\S+)/.exec(line);
      if (m) resolve({ url: m[1]!, close });
    });
    child.once('exit', (code) => reject(new Error(`browser mode exited with code ${code}`)));
  });
}

/** A page in a new profile, ready for the functions this file sends to it. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx names functions with an `__name` helper; the page needs it for the functions sent to it.
  await page.addInitScript(() => {
    (globalThis as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
  });
  return page;
}

/** Waits for the check the window runs after opening, so the next load does not queue behind it. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const g = globalThis as unknown as { document: { getElementById(id: string): { hasAttribute(a: string): boolean } | null } };
    return g.document.getElementById('check-button')?.hasAttribute('aria-busy') === false;
  }, null, { timeout: 120_000 });
}

interface Opens {
  opens: number[];
  script: number[];
  code: number[];
  read: number[];
  long: number[];
  drawn: number;
}

/** Opens the window `LOADS` times: each in a new profile (`warm: false`), or reloading one page (`warm: true`). */
async function measureOpens(browser: Browser, url: string, warm: boolean): Promise<Opens> {
  const out: Opens = { opens: [], script: [], code: [], read: [], long: [], drawn: 0 };
  let page: Page | null = null;
  for (let i = 0; i <= LOADS; i++) {
    if (!warm || !page) {
      await page?.context().close();
      page = await newPage(browser);
      await page.addInitScript(() => {
        const g = globalThis as unknown as { __long: number[]; PerformanceObserver: new (cb: (list: { getEntries(): { duration: number }[] }) => void) => { observe(o: object): void } };
        g.__long = [];
        new g.PerformanceObserver((list) => g.__long.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(url);
    } else {
      await page.reload();
    }
    await page.waitForFunction(() => performance.getEntriesByName('verbatim:interactive').length > 0, null, { timeout: 60_000 });
    const f = await page.evaluate(() => {
      const g = globalThis as unknown as { __long: number[]; document: { querySelectorAll(s: string): { getAttribute(n: string): string | null }[] } };
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      const ids = new Set([...g.document.querySelectorAll('#document-mount [data-annotation-id]')].map((e) => e.getAttribute('data-annotation-id')));
      return { at: at('verbatim:interactive'), script: at('verbatim:open:script'), code: at('verbatim:open:window-code'), read: at('verbatim:open:read'), long: g.__long.reduce((a, b) => a + b, 0), drawn: ids.size };
    });
    if (process.env['VERBATIM_BENCH_MARKS'] && i === LOADS) {
      // The timeline of one open, for seeing where the time goes.
      console.log(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `    ${m.name} ${m.startTime.toFixed(0)} ms`).join('\n')));
    }
    await settle(page);
    // The first warm load only fills the caches.
    if (warm && i === 0) continue;
    if (!warm && i === LOADS) break;
    out.opens.push(f.at);
    out.script.push(f.script);
    out.code.push(f.code);
    out.read.push(f.read);
    out.long.push(f.long);
    out.drawn = f.drawn;
  }
  await page?.context().close();
  return out;
}

/** Sentences tried per edit before the edit is skipped. */
const SENTENCE_TRIES = 8;

/**
 * Selects one of `sentences` with the mouse, starting at index `from`, so that "Mark as claim" is enabled.
 * A long document lays out blocks as they come into view and a finishing check adds marks, so a drag can
 * miss; a sentence whose drags keep missing is given up for the next one. False when none could be selected.
 */
async function selectSomeSentence(page: Page, sentences: readonly string[], from: number): Promise<boolean> {
  const mark = page.getByRole('button', { name: 'Mark as claim' });
  for (let k = 0; k < SENTENCE_TRIES && sentences.length > 0; k++) {
    const sentence = sentences[(from + 13 * k) % sentences.length]!;
    try {
      await selectWithMouse(page, sentence);
    } catch {
      continue; // this sentence's drags missed three times: try another
    }
    if (await mark.isEnabled()) return true;
  }
  return false;
}

/**
 * One measured edit: the window's own update, to the next paint, Save to the change painted (the window
 * shows it before the store answers), Save to the store's answer applied, and the request itself.
 */
interface Timed {
  sync: number;
  painted: number;
  roundTrip: number;
  stored: number;
  request: number;
}

/** How long to leave the page alone after an input before reading its measures (no script runs in it meanwhile). */
const SETTLE_MS = 700;

/**
 * Gives the page a real input (`input`: a click or a key press through Playwright), then reads the window's
 * own measures of the change it drew. Nothing of the benchmark runs in the page between the input and
 * the paint: an evaluate waiting on a promise there would itself hold up the frame it measures.
 */
async function timedUpdate(page: Page, input: () => Promise<void>): Promise<Timed> {
  const before = await page.evaluate(() => {
    const g = globalThis as unknown as { __input: number | null; addEventListener(t: string, f: (e: { timeStamp: number }) => void, o: object): void };
    g.__input = null;
    const note = (e: { timeStamp: number }): void => {
      g.__input ??= e.timeStamp;
    };
    g.addEventListener('mousedown', note, { capture: true, once: true });
    g.addEventListener('keydown', note, { capture: true, once: true });
    return performance.getEntriesByName('verbatim:update').length;
  });
  await input();
  await page.waitForTimeout(SETTLE_MS);
  return page.evaluate((count) => {
    const g = globalThis as unknown as { __input: number | null };
    const painted = performance.getEntriesByName('verbatim:update');
    if (painted.length <= count || g.__input === null) throw new Error('the change was not drawn');
    const input = g.__input;
    // The first change drawn after the input: the edit as the window shows it (a later one is the
    // store's answer reconciled).
    const first = painted[count]!;
    const sync = performance.getEntriesByName('verbatim:update-sync').find((e) => e.startTime >= first.startTime)!;
    const storedAt = performance.getEntriesByName('verbatim:stored').filter((e) => e.startTime >= input).at(-1)?.startTime ?? Number.NaN;
    // The request that stored the change, as the browser timed it (sent to answer received).
    const stored = performance.getEntriesByType('resource').filter((e) => /api\/(create|update|delete)Annotations?$/.test(e.name) && e.startTime >= input);
    const request = stored.reduce((sum, e) => sum + ((e as unknown as { responseEnd: number }).responseEnd - e.startTime), 0);
    return { sync: sync.duration, painted: first.duration, roundTrip: first.startTime + first.duration - input, stored: storedAt - input, request };
  }, before);
}

async function main(): Promise<void> {
  if (!existsSync(join(projectRoot, 'dist', 'renderer', 'index.html'))) {
    execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: projectRoot, stdio: 'inherit' });
  }
  const { dir, text } = await makeProject();
  // Its own process, as a user runs it: the host does not share an event loop with Playwright here.
  const host = await serve(join(dir, 'project'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    console.log(`Editor in browser mode: ${hasCorpus ? '001.txt' : 'a synthetic document'} (${(text.length / 1000).toFixed(0)} K characters), ${ANNOTATIONS} annotations`);
    const cold = await measureOpens(browser, host.url, false);
    const warm = await measureOpens(browser, host.url, true);
    for (const [label, m] of [['cold (new profile)', cold], ['warm (reload)', warm]] as const) {
      console.log(`  open to interactive, ${label.padEnd(18)} median ${ms(median(m.opens))}  (min ${ms(Math.min(...m.opens))}, max ${ms(Math.max(...m.opens))}; ${LOADS} loads; ${m.drawn} highlights in the page at that moment: a long document's later sections are drawn after it, see lazy-sections.ts)`);
      console.log(`    of which: entry running (first requests sent) at ${ms(median(m.script))}, window code running at ${ms(median(m.code))}, text and annotations read at ${ms(median(m.read))}, long tasks ${ms(median(m.long))}`);
    }

    // Only the opens, to compare two builds quickly (VERBATIM_BENCH_STATIC).
    if (process.env['VERBATIM_BENCH_OPEN_ONLY']) return;
    const page = await newPage(browser);
    page.on('console', (m) => { if (process.env['VERBATIM_BENCH_MARKS']) console.log(m.text()); });
    await page.goto(host.url);
    await page.waitForFunction(() => performance.getEntriesByName('verbatim:interactive').length > 0, null, { timeout: 60_000 });
    const sentences = [...text.matchAll(/[A-Z][a-z][^.\n]{40,120}\./g)].map((m) => m[0]).filter((s, i, all) => all.indexOf(s) === i);
    const results: Record<'create' | 'edit' | 'delete', Timed[]> = { create: [], edit: [], delete: [] };
    const skipped: string[] = [];
    for (let i = 0; i < EDITS; i++) {
      // One edit at a time: an edit the page did not let through (a drag that kept missing while the page
      // moved, a change not drawn in time) is skipped with its reason, and the figures of the others stand.
      try {
        if (!(await selectSomeSentence(page, sentences, i * 7))) {
          skipped.push(`edit ${i + 1}: no sentence could be selected with the mouse`);
          continue;
        }
        await page.keyboard.press('Alt+1');
        await page.getByRole('form', { name: 'New claim' }).waitFor();
        results.create.push(await timedUpdate(page, () => page.getByRole('button', { name: 'Save claim' }).click()));
        const entry = page.locator('#annotation-list button.annotation-item[aria-current=true]');
        await entry.waitFor();
        const id = await entry.getAttribute('data-annotation-id');
        await page.getByRole('button', { name: 'Edit this claim' }).click();
        await page.getByRole('form', { name: 'Edit claim' }).getByLabel('Claim', { exact: true }).fill(`Edited claim ${i}`);
        results.edit.push(await timedUpdate(page, () => page.getByRole('button', { name: 'Save changes' }).click()));
        const trace = process.env['VERBATIM_BENCH_TRACE'] && i === EDITS - 1;
        if (trace) await browser.startTracing(page, { path: process.env['VERBATIM_BENCH_TRACE'] });
        await page.locator(`#annotation-list button[data-annotation-id="${id}"]`).focus();
        results.delete.push(await timedUpdate(page, () => page.keyboard.press('Delete')));
        if (trace) await browser.stopTracing();
      } catch (error) {
        skipped.push(`edit ${i + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
    for (const [what, list] of Object.entries(results)) {
      if (list.length === 0) {
        console.log(`  ${what.padEnd(6)} no figures: none of the ${EDITS} edits got this far (see below)`);
        continue;
      }
      console.log(
        `  ${what.padEnd(6)} update ${ms(median(list.map((r) => r.sync)))} in the window, ${ms(median(list.map((r) => r.painted)))} to the next paint; ` +
          `Save to painted ${ms(median(list.map((r) => r.roundTrip)))}; Save to stored ${ms(median(list.map((r) => r.stored)))}, of which the request ${ms(median(list.map((r) => r.request)))} (medians of ${list.length})`,
      );
    }
    for (const note of skipped) console.log(`  skipped ${note}`);
    await page.close();
  } finally {
    await browser.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
