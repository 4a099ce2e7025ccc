/**
 * Pure rules of stage 1 (ingest) that every process may need: which files are accepted, how large they may
 * be, how a binary file is recognised and how a document's title is chosen. The decoding and hashing itself
 * lives in `annotations/documents.ts` (it needs Node); the renderer can use these to pre-check an upload.
 */

/** Largest document accepted, in bytes: 20 MiB is far beyond any press compilation yet keeps a project snappy. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** How many leading bytes are inspected to tell text from binary (the same window git uses). */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/**
 * Share of control bytes in the sniffed window above which a file counts as binary. Real text has almost
 * none (tab, line ends and form feed are not counted); 10% leaves room for the odd stray escape code.
 */
export const MAX_CONTROL_RATIO = 0.1;

/** File extensions (lower case, with the dot) that can be added as documents. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** Longest document title kept, in characters (code points). */
export const MAX_TITLE_LENGTH = 120;

/** True when `name` ends in an accepted extension (case-insensitive). */
export function hasDocumentExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** `1536` → `"1.5 KB"`: sizes in messages a user reads (binary units, one decimal). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '');
  return `${shown} ${units[unit]}`;
}

/** Control bytes that plain text legitimately contains: tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Why `bytes` look like a binary file, or `null` when they look like text. Looks only at the first
 * `BINARY_SNIFF_BYTES`: a NUL byte, or more than `MAX_CONTROL_RATIO` control bytes. A UTF-16 byte order
 * mark gets its own reason because such a file is text, only in an encoding we do not read.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return 'UTF-16 text; save it as UTF-8';
  }
  const window = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (const byte of window) {
    if (byte === 0) return 'binary file (contains NUL bytes)';
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls += 1;
  }
  if (window.length > 0 && controls / window.length > MAX_CONTROL_RATIO) return 'binary file (many control characters)';
  return null;
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * A document's title: for Markdown the first ATX heading (`# Title`), otherwise (or when there is none) the
 * first non-empty line; whitespace collapsed and cut to `MAX_TITLE_LENGTH` code points. Falls back to
 * `fileName` when the text has no visible line.
 */
export function documentTitle(text: string, fileName: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  let title: string | undefined;
  if (fileName.toLowerCase().endsWith('.md')) {
    for (const line of lines) {
      const heading = ATX_HEADING.exec(line)?.[1]?.trim();
      if (heading) {
        title = heading;
        break;
      }
    }
  }
  // A .txt file may still open with a Markdown heading (booklets exported as text): show it without the #s.
  const first = lines.find((line) => line.trim() !== '');
  title ??= first === undefined ? undefined : (ATX_HEADING.exec(first)?.[1]?.trim() || first);
  const clean = title?.replace(/\s+/g, ' ').trim() ?? '';
  if (clean === '') return fileName;
  // Cut on code points, not UTF-16 units, so an astral character is never split in half.
  const points = Array.from(clean);
  return points.length > MAX_TITLE_LENGTH ? points.slice(0, MAX_TITLE_LENGTH).join('').trimEnd() : clean;
}
