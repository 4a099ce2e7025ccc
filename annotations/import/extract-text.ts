/**
 * Text extraction for documents that are not plain text: `.html` (the body's text, scripts and styles
 * dropped, through html-to-text), `.docx` (through mammoth) and `.pdf` with a text layer (through pdf.js).
 * The text returned is what Verbatim annotates; the store keeps it beside the original so offsets never
 * move if an extractor changes. Failures are `DocumentRefusedError`s naming the reason in a user's words.
 */
// The extractors are imported when a file of their format arrives: together they cost a tenth of a second
// at every start of the command line and of the app, for projects that are mostly plain text.
import { assertDocumentSize } from '../documents';
import { DocumentRefusedError } from '../types';

/** File extensions (lower case, with the dot) whose text is extracted before the document is added. */
export const CONVERTIBLE_EXTENSIONS: readonly string[] = ['.html', '.htm', '.docx', '.pdf'];

/** Progress of one extraction: pages of a PDF, or 0/1 then 1/1 for formats read in one go. */
export interface ExtractionProgress {
  file: string;
  done: number;
  total: number;
}

/** The extracted text and which extractor produced it (with its version, for the record). */
export interface ExtractedText {
  text: string;
  extractor: string;
}

/** True when `name` has an extension whose text must be extracted. */
export function isConvertible(name: string): boolean {
  const lower = name.toLowerCase();
  return CONVERTIBLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/**
 * Extracts the text of `bytes` (a file called `name`, by extension). Throws `DocumentRefusedError` for a
 * PDF without a text layer, a password-protected file, a damaged file, or one with no text at all.
 */
export async function extractText(name: string, bytes: Uint8Array, onProgress?: (p: ExtractionProgress) => void): Promise<ExtractedText> {
  const lower = name.toLowerCase();
  const report = (done: number, total: number) => onProgress?.({ file: name, done, total });
  let result: ExtractedText;
  if (lower.endsWith('.pdf')) result = await extractPdf(name, bytes, report);
  else if (lower.endsWith('.docx')) {
    report(0, 1);
    result = await extractDocx(name, bytes);
    report(1, 1);
  } else if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    report(0, 1);
    result = await extractHtml(name, bytes);
    report(1, 1);
  } else throw new DocumentRefusedError(name, 'not a format Verbatim extracts text from (.html, .docx, .pdf)');
  const text = result.text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (text === '') throw new DocumentRefusedError(name, 'no text could be extracted from it (it is empty, or holds only images)');
  return { text: `${text}\n`, extractor: result.extractor };
}

/**
 * The text of a file in another format as UTF-8 bytes, what the store keeps as `<name>.txt` and the
 * command line checks. The original is judged by its size before anything reads it (a 25 MB PDF is too
 * large, whatever text it holds); throws `DocumentRefusedError` for that and for what `extractText` refuses.
 */
export async function extractTextBytes(name: string, bytes: Uint8Array, onProgress?: (p: ExtractionProgress) => void): Promise<Uint8Array> {
  assertDocumentSize(name, bytes.length);
  const { text } = await extractText(name, bytes, onProgress);
  return new TextEncoder().encode(text);
}

function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older web pages are often Windows-1252; the declared charset is not trusted over what decodes.
    try {
      return new TextDecoder('windows-1252', { fatal: true }).decode(bytes);
    } catch {
      throw new DocumentRefusedError(name, 'not readable as UTF-8 or Windows-1252 text');
    }
  }
}

async function extractHtml(name: string, bytes: Uint8Array): Promise<ExtractedText> {
  const html = decodeUtf8(name, bytes);
  const { convert } = await import('html-to-text');
  const text = convert(html, {
    wordwrap: false,
    baseElements: { selectors: ['body'] },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'template', format: 'skip' },
      { selector: 'svg', format: 'skip' },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    ],
  });
  return { text, extractor: 'html-to-text' };
}

/** OLE compound files: how Word stores an encrypted .docx (and how an old .doc looks). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function extractDocx(name: string, bytes: Uint8Array): Promise<ExtractedText> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new DocumentRefusedError(name, 'is password-protected (or an old-style .doc file); save it as an unprotected .docx first');
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocumentRefusedError(name, 'is damaged: it is not a .docx (zip) archive');
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text: value, extractor: 'mammoth' };
  } catch (error) {
    throw new DocumentRefusedError(name, `is damaged: the .docx archive cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function extractPdf(name: string, bytes: Uint8Array, report: (done: number, total: number) => void): Promise<ExtractedText> {
  // The legacy build runs in Node without a DOM. Its worker runs in-process; handing it the worker module
  // (instead of letting pdf.js import it by a relative path) keeps this working inside a bundle too.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // A copy: pdf.js takes ownership of the buffer it is given.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch (error) {
    const kind = error instanceof Error ? error.name : '';
    if (kind === 'PasswordException') throw new DocumentRefusedError(name, 'is password-protected; remove the password and add it again');
    throw new DocumentRefusedError(name, `is damaged: not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const pages: string[] = [];
    report(0, doc.numPages);
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
      page.cleanup();
      report(n, doc.numPages);
    }
    if (pages.every((p) => p.trim() === '')) {
      throw new DocumentRefusedError(name, `has no text layer (${doc.numPages === 1 ? 'its page is' : `its ${doc.numPages} pages are`} images, probably a scan); run OCR on it first`);
    }
    // A form feed between pages would be a control character in the text; a blank line reads the same.
    return { text: pages.join('\n\n'), extractor: `pdf.js ${pdfjs.version}` };
  } finally {
    await doc.destroy();
  }
}
