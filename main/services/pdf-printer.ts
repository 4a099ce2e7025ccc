/**
 * Printing an HTML edition to PDF. The desktop app installs Electron's `printToPDF` (see
 * `setPdfPrinter`); everywhere else (the command line, browser mode) headless Chromium is driven through
 * playwright-core, with JavaScript off and the network cut, when a Chromium or Chrome is installed.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ServiceError } from '../../shared/api';

/** Turns a self-contained HTML page into PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** Browser executables looked for on the PATH, in order. */
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
/** Usual install places that are not on the PATH. */
const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for a headless print in a container or CI, as root, without a GPU, touching nothing online. */
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The Chromium or Chrome to print with: `VERBATIM_CHROMIUM`, else the first found; null when none is installed. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const chosen = env['VERBATIM_CHROMIUM'];
  if (chosen) return existsSync(chosen) ? chosen : null;
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return BROWSER_PATHS.find((p) => existsSync(p)) ?? null;
}

/** What the user is told when no browser can print. */
export function missingChromiumMessage(env: Record<string, string | undefined> = process.env): string {
  const chosen = env['VERBATIM_CHROMIUM'];
  if (chosen) return `PDF export needs Chromium: VERBATIM_CHROMIUM names ${chosen}, which does not exist`;
  return 'PDF export needs Chromium or Google Chrome, and neither was found (looked for chromium, chromium-browser and google-chrome on the PATH); install one (e.g. apt-get install chromium) or set VERBATIM_CHROMIUM to its path, or export HTML and print it from a browser';
}

/** How long one print may take before it is abandoned. */
const PRINT_TIMEOUT_MS = 120_000;

/** Prints with headless Chromium; throws `ServiceError('refused')` naming what is missing when there is no browser. */
export const printWithChromium: PdfPrinter = async (html) => {
  const executablePath = findChromium();
  if (executablePath === null) throw new ServiceError('refused', missingChromiumMessage());
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, timeout: PRINT_TIMEOUT_MS });
  try {
    // The edition needs no script and no network: both are off, so a document's text cannot reach out.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load', timeout: PRINT_TIMEOUT_MS });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};

let printer: PdfPrinter = printWithChromium;

/** Replaces the PDF printer (the Electron shell installs `printToPDF`); returns the previous one. */
export function setPdfPrinter(next: PdfPrinter): PdfPrinter {
  const previous = printer;
  printer = next;
  return previous;
}

/** The PDF printer in use. */
export function pdfPrinter(): PdfPrinter {
  return printer;
}
