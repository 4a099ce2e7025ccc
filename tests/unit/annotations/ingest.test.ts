import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DocumentRefusedError, documentIdFor, ingestFile } from '../../../annotations';
import { binaryReason, documentTitle, MAX_DOCUMENT_BYTES, MAX_TITLE_LENGTH } from '../../../shared/engine/ingest';
import { tooLargeReason } from '../../../shared/text';

const utf8 = (s: string) => new TextEncoder().encode(s);

function refusal(name: string, bytes: Uint8Array): string {
  try {
    ingestFile(name, bytes);
  } catch (error) {
    if (error instanceof DocumentRefusedError) {
      expect(error.file).toBe(name);
      expect(error.message).toBe(`${name}: ${error.reason}`);
      return error.reason;
    }
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('ingestFile refuses what is not a text document', () => {
  it.each([
    ['binary with NUL bytes', 'scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]), /binary file \(contains NUL bytes\)/],
    ['many control characters', 'noise.txt', new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /binary file \(many control characters\)/],
    ['UTF-16 text', 'wide.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    ['zero bytes', 'empty.txt', new Uint8Array(), /^empty file$/],
    ['only whitespace', 'blank.md', utf8(' \n\t\r\n  \u00a0'), /only whitespace/],
    ['Latin-1 bytes', 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0]), /^not UTF-8 text/],
    // ingestFile decodes text; a .pdf reaches it only as the text extracted from it (`<name>.pdf.txt`).
    ['a PDF by its extension', 'paper.pdf', utf8('plain words'), /^only \.txt, \.md, \.html, \.docx and \.pdf documents can be added$/],
    ['a name that is only an extension', '.txt', utf8('plain words'), /only \.txt, \.md/],
  ])('refuses %s', (_case, name, bytes, reason) => {
    expect(refusal(name, bytes)).toMatch(reason);
  });

  it('refuses an oversized file, naming its size and the limit', () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61);
    // One byte over: the sizes are written so that they differ.
    expect(refusal('huge.txt', big)).toBe('too large (20,971,521 bytes; the limit is 20,971,520 bytes, 20 MB)');
    expect(tooLargeReason(21_000_017, MAX_DOCUMENT_BYTES)).toBe('too large (20.03 MB; the limit is 20 MB)');
    expect(tooLargeReason(25 * 1024 * 1024, MAX_DOCUMENT_BYTES)).toBe('too large (25 MB; the limit is 20 MB)');
  });

  it('accepts a file of exactly the limit', () => {
    expect(ingestFile('limit.txt', new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61)).text).toHaveLength(MAX_DOCUMENT_BYTES);
  });
});

describe('ingestFile accepts text', () => {
  it('strips a UTF-8 BOM and hashes the text without it', () => {
    const plain = ingestFile('a.txt', utf8('Hello'));
    const withBom = ingestFile('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hello')]));
    expect(withBom.text).toBe('Hello');
    expect(withBom.sha256).toBe(plain.sha256);
    expect(plain.sha256).toBe(createHash('sha256').update('Hello').digest('hex'));
  });

  it('keeps CRLF and lone CR line endings exactly', () => {
    expect(ingestFile('crlf.txt', utf8('one\r\ntwo\rthree\n')).text).toBe('one\r\ntwo\rthree\n');
  });

  it.each([
    ['astral characters', 'Quote 𝒜 and 😀 here'],
    ['combining marks', 'Aghdam vs Ag\u0306dam, e\u0301'],
    ['right-to-left text', 'قال المتحدث: «نعم» — שלום'],
    ['form feeds and tabs', 'page one\f\tpage two'],
  ])('accepts %s unchanged', (_case, text) => {
    expect(ingestFile('odd.md', utf8(text)).text).toBe(text);
  });

  it('accepts upper-case extensions', () => {
    expect(ingestFile('NOTES.TXT', utf8('x')).text).toBe('x');
  });
});

describe('binaryReason', () => {
  it('looks only at the first 8 KB', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    expect(binaryReason(bytes)).toBeNull();
    bytes[100] = 0;
    expect(binaryReason(bytes)).toMatch(/NUL/);
  });
});

describe('documentTitle', () => {
  it.each([
    ['the first Markdown heading', 'intro line\n\n## The Ledger, 2 March 1992 ##\n', 'a.md', 'The Ledger, 2 March 1992'],
    ['the first non-empty line of a text file', '\n\n   First   clipping  \nsecond', 'a.txt', 'First clipping'],
    ['the first line of Markdown without a heading', 'Just text\n', 'a.md', 'Just text'],
    ['a leading # heading in a .txt file without its markers, as the editor shows it', '# Booklet title\n', 'a.txt', 'Booklet title'],
  ])('uses %s', (_case, text, name, title) => {
    expect(documentTitle(text, name)).toBe(title);
  });

  it('cuts long titles at 120 code points without splitting an astral character', () => {
    const title = documentTitle(`${'😀'.repeat(200)}\n`, 'a.txt');
    expect(Array.from(title)).toHaveLength(MAX_TITLE_LENGTH);
    expect(title).toBe('😀'.repeat(MAX_TITLE_LENGTH));
  });
});

describe('documentIdFor', () => {
  it.each([
    ['Le Monde – 1992.txt', 'le-monde-1992'],
    ['Çağdaş Ağdam.md', 'cagdas-agdam'],
    ['Известия.txt', 'известия'],
    ['---.txt', 'doc'],
  ])('slugs %s as %s', (name, id) => {
    expect(documentIdFor(name, new Set())).toBe(id);
  });

  it('numbers ids that are taken', () => {
    expect(documentIdFor('a.txt', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
