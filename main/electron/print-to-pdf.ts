import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter } from '../services';

/** An in-memory session for printing only: it may load the one file being printed and nothing else. */
const PRINT_PARTITION = 'verbatim-print';

/**
 * Prints an HTML edition with Electron's `printToPDF`, in a hidden window with JavaScript off, in its own
 * session that cancels every request but the edition file itself (the edition needs nothing else: its
 * styles are inline). The page is written to a temporary file rather than a `data:` URL, whose length
 * Chromium caps at 2 MB.
 */
export const printWithElectron: PdfPrinter = async (html) => {
  const file = join(tmpdir(), `verbatim-print-${randomBytes(8).toString('hex')}.html`);
  await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== url }));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: printSession, webSecurity: true,
      // As in the app's windows (window.ts): no middle-click opening of a link in the edition.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(url);
    return new Uint8Array(await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 } }));
  } finally {
    window.destroy();
    await rm(file, { force: true });
  }
};
