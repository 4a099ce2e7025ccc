import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractText, openProjectStore, type ProjectStore } from '../../../annotations';
import { chromiumPath, launchChromium, noChromiumReason } from '../export/browser';

let dir: string;
let store: ProjectStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-formats-'));
  store = await openProjectStore(dir, { create: true });
});
afterEach(async () => {
  // Closed, which also releases the project's lock the store took.
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const QUOTE = 'The bridge reopened on Monday after nine weeks of repairs, the council said.';

async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function pdfOf(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

describe('adding documents in other formats', () => {
  it('a .docx generated here is added as its text, kept as <name>.txt beside the original', async () => {
    const bytes = await docxOf(['Clipping from the Ledger', `The Ledger reported: “${QUOTE}”`]);
    const { added, refused } = await store.addFiles([{ name: 'ledger.docx', bytes }]);
    expect(refused).toEqual([]);
    expect(added[0]).toMatchObject({ id: 'ledger', path: 'ledger.docx.txt', original: 'ledger.docx', title: 'Clipping from the Ledger' });
    const text = await store.readText('ledger');
    expect(text).toBe(`Clipping from the Ledger\n\nThe Ledger reported: “${QUOTE}”\n`);
    expect(new Uint8Array(await readFile(join(dir, 'ledger.docx')))).toEqual(bytes);
    expect(await readFile(join(dir, 'ledger.docx.txt'), 'utf8')).toBe(text);
  });

  it('an .html page is added as the text of its body, scripts and styles dropped', async () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style><script>var secret = 1;</script></head><body><h1>Clipping</h1><script>alert("x")</script><p>The Ledger reported: <q>${QUOTE}</q></p><noscript>enable js</noscript></body></html>`;
    const { added } = await store.addFiles([{ name: 'clip.html', bytes: new TextEncoder().encode(html) }]);
    const text = await store.readText(added[0]!.id);
    expect(text).toBe(`Clipping\n\nThe Ledger reported: ${QUOTE}\n`);
    expect(text).not.toMatch(/secret|alert|color|enable js/);
  });

  it('a damaged .docx and a file that only claims to be one are refused with the reason', async () => {
    const good = await docxOf(['text']);
    const { added, refused } = await store.addFiles([
      { name: 'cut.docx', bytes: good.slice(0, Math.floor(good.length / 2)) },
      { name: 'fake.docx', bytes: new TextEncoder().encode('just text') },
      { name: 'locked.docx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) },
    ]);
    expect(added).toEqual([]);
    expect(refused.map((r) => r.name)).toEqual(['cut.docx', 'fake.docx', 'locked.docx']);
    expect(refused[0]!.reason).toMatch(/damaged/);
    expect(refused[1]!.reason).toMatch(/not a \.docx/);
    expect(refused[2]!.reason).toMatch(/password-protected/);
    expect(store.documents()).toEqual([]);
  });

  it('a damaged .pdf is refused, naming why', async () => {
    const { refused } = await store.addFiles([{ name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot really') }]);
    expect(refused).toEqual([{ name: 'broken.pdf', reason: expect.stringMatching(/damaged/) }]);
  });

  describe.skipIf(!chromiumPath)(`PDFs generated in Chromium${noChromiumReason}`, () => {
    it('a .pdf with a text layer is added as its text, with page progress', async () => {
      const bytes = await pdfOf(`<h1>Clipping</h1><p>The Ledger reported: “${QUOTE}”</p><p style="break-before:page">Page two ends here.</p>`);
      const progress: string[] = [];
      const { added, refused } = await store.addFiles([{ name: 'clip.pdf', bytes }], (p) => progress.push(`${p.file} ${p.done}/${p.total}`));
      expect(refused).toEqual([]);
      expect(added[0]).toMatchObject({ path: 'clip.pdf.txt', original: 'clip.pdf', title: 'Clipping' });
      const text = (await store.readText(added[0]!.id)).replace(/\s+/g, ' ');
      expect(text).toContain(`The Ledger reported: “${QUOTE}”`);
      expect(text).toContain('Page two ends here.');
      expect(progress).toEqual(['clip.pdf 0/2', 'clip.pdf 1/2', 'clip.pdf 2/2']);
    });

    it('a .pdf without a text layer (a drawing only) is refused, not added empty', async () => {
      const bytes = await pdfOf('<svg width="400" height="300"><rect width="300" height="200" fill="#333"/><circle cx="50" cy="50" r="40" fill="#c00"/></svg>');
      await expect(extractText('scan.pdf', bytes)).rejects.toThrow(/scan\.pdf: has no text layer/);
      const { added, refused } = await store.addFiles([{ name: 'scan.pdf', bytes }]);
      expect(added).toEqual([]);
      expect(refused[0]?.reason).toMatch(/no text layer .*OCR/);
    });
  });
});
