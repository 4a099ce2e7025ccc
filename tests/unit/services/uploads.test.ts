import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDocumentPaths } from '../../../main/services';
import type { ApiOutput } from '../../../shared/api';
import { ProjectData } from '../../../shared/model';
import { base64, useSampleSession } from './sample-copy';

const ctx = useSampleSession();

type Added = ApiOutput<'addDocuments'>;
const stored = async () => ProjectData.parse(JSON.parse(await readFile(join(ctx.dir, 'verbatim.json'), 'utf8')));

/** Sends addDocuments through the boundary, as browser mode and Electron do, and expects an answer. */
async function upload(files: { name: string; base64: string }[]): Promise<Added> {
  const result = await ctx.session.dispatch('addDocuments', { files });
  expect(JSON.stringify(result)).not.toContain(ctx.dir);
  if (!result.ok) throw new Error(`addDocuments failed: ${result.error.code}: ${result.error.message}`);
  return result.value as Added;
}

/** A text document of about `bytes` bytes. */
function bigText(bytes: number, seed: string): string {
  const line = `${seed}: the council said the bridge reopened on Monday after nine weeks of repairs.\n`;
  return line.repeat(Math.ceil(bytes / line.length));
}

describe('addDocuments with large and odd uploads', () => {
  it('adds a 5 MB document (the base64 check no longer overflows the stack)', async () => {
    const text = bigText(5 * 1024 * 1024, 'five');
    const { added, refused } = await upload([{ name: 'five.txt', base64: base64(text) }]);
    expect(refused).toEqual([]);
    expect(added.map((d) => d.length)).toEqual([text.length]);
  });

  it('refuses a 25 MB file as too large, without decoding it, and still adds the rest of the batch', async () => {
    const { added, refused } = await upload([
      { name: 'huge.txt', base64: base64(bigText(25 * 1024 * 1024, 'huge')) },
      { name: 'small.txt', base64: base64('The Valley Post reported the bridge reopened.\n') },
      { name: 'damaged.txt', base64: 'aGVsbG8gd29ybGQ' },
      { name: 'padded.txt', base64: 'aGk==' },
    ]);
    expect(added.map((d) => d.path)).toEqual(['small.txt']);
    expect(refused).toEqual([
      { name: 'huge.txt', reason: expect.stringMatching(/^too large \(25 MB; the limit is 20 MB\)$/) as unknown as string },
      { name: 'damaged.txt', reason: expect.stringMatching(/not valid base64/) as unknown as string },
      { name: 'padded.txt', reason: expect.stringMatching(/not valid base64/) as unknown as string },
    ]);
  });

  it('refuses a name over 255 bytes of UTF-8 by itself: the file before it is added whole, nothing stray is left', async () => {
    const long = `${'é'.repeat(200)}.txt`;
    const before = await readdir(ctx.dir);
    const { added, refused } = await upload([
      { name: 'first.txt', base64: base64('The Valley Post reported the first thing.\n') },
      { name: long, base64: base64('The Valley Post reported the second thing.\n') },
    ]);
    expect(added.map((d) => d.path)).toEqual(['first.txt']);
    expect(refused).toEqual([{ name: long, reason: 'the name is too long (404 bytes in UTF-8; a file name has at most 255)' }]);
    expect((await readdir(ctx.dir)).filter((n) => !before.includes(n))).toEqual(['first.txt']);
    expect((await stored()).documents.map((d) => d.path)).toContain('first.txt');
  });

  it('never writes through a name that is a dangling symbolic link: the document takes the next free name', async () => {
    await symlink(join(ctx.dir, 'nowhere', 'target.txt'), join(ctx.dir, 'linked.txt'));
    const { added, refused } = await upload([{ name: 'linked.txt', base64: base64('The Valley Post reported a linked thing.\n') }]);
    expect(refused).toEqual([]);
    expect(added.map((d) => d.path)).toEqual(['linked (2).txt']);
    await expect(readdir(join(ctx.dir, 'nowhere'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a path for a name per file, and a batch of only bad files writes nothing', async () => {
    const before = await readFile(join(ctx.dir, 'verbatim.json'));
    const { added, refused } = await upload([
      { name: '../escape.txt', base64: base64('Escaping.\n') },
      { name: 'sub/dir.txt', base64: base64('Nested.\n') },
    ]);
    expect(added).toEqual([]);
    expect(refused.map((r) => r.reason)).toEqual(['a file name, not a path, is expected', 'a file name, not a path, is expected']);
    expect(await readFile(join(ctx.dir, 'verbatim.json'))).toEqual(before);
  });

  it('adds a web page whole (the original and its text beside it) and refuses, leaving nothing stray, what cannot be', async () => {
    const before = await readdir(ctx.dir);
    // 250 bytes of name plus ".html" is a file name the folder holds; its text, "<name>.html.txt", is not.
    const long = `${'é'.repeat(125)}.html`;
    const page = '<html><body><p>The Valley Post reported the bridge reopened.</p><script>track()</script></body></html>';
    const { added, refused } = await upload([
      { name: 'page.html', base64: base64(page) },
      { name: long, base64: base64(page.replace('bridge', 'tunnel')) },
      { name: 'paper.pdf', base64: base64('not a PDF at all') },
      { name: 'huge.pdf', base64: base64(new Uint8Array(21 * 1024 * 1024)) },
    ]);
    expect(added.map((d) => [d.path, d.original])).toEqual([['page.html.txt', 'page.html']]);
    // The upload's size is judged before decoding, so the oversized one is refused first.
    expect(refused).toEqual([
      { name: 'huge.pdf', reason: expect.stringMatching(/^too large \(21 MB; the limit is 20 MB\)$/) as unknown as string },
      { name: long, reason: 'its extracted text cannot be kept beside it: the name is too long (259 bytes in UTF-8; a file name has at most 255)' },
      { name: 'paper.pdf', reason: expect.stringMatching(/^is damaged: not a readable PDF/) as unknown as string },
    ]);
    expect((await readdir(ctx.dir)).filter((n) => !before.includes(n)).sort()).toEqual(['page.html', 'page.html.txt']);
    expect(await readFile(join(ctx.dir, 'page.html.txt'), 'utf8')).toBe('The Valley Post reported the bridge reopened.\n');
  });

  it('refuses a PDF from disk over the document limit by its size, before extracting anything', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'verbatim-big-pdf-'));
    try {
      // A PDF header, then padding: were it extracted, it would be refused as damaged instead.
      const bytes = new Uint8Array(21 * 1024 * 1024);
      bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
      await writeFile(join(outside, 'big.pdf'), bytes);
      const { added, refused } = await addDocumentPaths(ctx.session, [join(outside, 'big.pdf')]);
      expect(added).toEqual([]);
      expect(refused).toEqual([{ name: join(outside, 'big.pdf'), reason: 'too large (21 MB; the limit is 20 MB)' }]);
      expect(await readdir(ctx.dir)).not.toContain('big.pdf');
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
