import { mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, type ProjectSession } from '../../../main/services';
import { runCli } from './run-cli';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-cli-bad-'));
  await writeFile(join(dir, 'one.txt'), 'The Ledger reported: “The bridge reopened on Monday after nine weeks of repairs, the council said.”\n');
  await writeFile(join(dir, 'two.txt'), 'The Ledger wrote: "The bridge reopened on Monday after six weeks of repairs, the council said."\n');
  await writeFile(join(dir, 'three.txt'), 'A third clipping with other words entirely.\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const STACK_LINE = /^\s+at /m;

/** Runs `fn` while a session labelled `browser mode` holds the project's lock, as a running host would. */
async function whileHostRuns(fn: (host: ProjectSession) => Promise<void>): Promise<void> {
  const host = await openProject(join(dir, 'proj'), { label: 'browser mode' });
  try {
    await fn(host);
  } finally {
    await host.close();
  }
}

/** A project of three documents, and its verbatim.json as written. */
async function project(): Promise<{ folder: string; json: Record<string, unknown> }> {
  const created = await runCli(['init', 'proj', 'one.txt', 'two.txt', 'three.txt'], dir);
  expect(created.code).toBe(0);
  const folder = join(dir, 'proj');
  return { folder, json: JSON.parse(await readFile(join(folder, 'verbatim.json'), 'utf8')) as Record<string, unknown> };
}

type Json = Record<string, unknown>;
const docs = (j: Json) => j.documents as Json[];

/** Fifteen ways a verbatim.json can be broken, each as the text to write. */
const CORRUPT: [string, (j: Json) => string][] = [
  ['not JSON at all', () => 'this is not json'],
  ['cut off half-way', (j) => JSON.stringify(j).slice(0, 40)],
  ['an empty file', () => ''],
  ['null', () => 'null'],
  ['an array at the top', () => '[]'],
  ['a schemaVersion that is a string', (j) => JSON.stringify({ ...j, schemaVersion: '1' })],
  ['a negative schemaVersion', (j) => JSON.stringify({ ...j, schemaVersion: -3 })],
  ['documents that are not an array', (j) => JSON.stringify({ ...j, documents: { a: 1 } })],
  ['a document without a sha256', (j) => JSON.stringify({ ...j, documents: docs(j).map((d, i) => (i === 0 ? { ...d, sha256: undefined } : d)) })],
  ['two documents with one id', (j) => JSON.stringify({ ...j, documents: docs(j).map((d) => ({ ...d, id: 'same' })) })],
  ['an annotation without a target', (j) => JSON.stringify({ ...j, annotations: [{ id: 'a1', kind: 'note', document: 'one', creator: 'x', created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', body: {} }] })],
  ['settings with an unknown threshold', (j) => JSON.stringify({ ...j, settings: { threshold: 'severe' } })],
  ['an empty object', () => '{}'],
  ['a field this version does not know', (j) => JSON.stringify({ ...j, reviewers: ['ann'] })],
  ['a setting this version does not know', (j) => JSON.stringify({ ...j, settings: { threshold: 'major', colour: 'red' } })],
];

describe('verbatim check on a project that cannot be read', () => {
  it.each(CORRUPT)('exits 2 with one line per problem and no stack when verbatim.json is %s', async (_name, corrupt) => {
    const { folder, json } = await project();
    await writeFile(join(folder, 'verbatim.json'), corrupt(json));
    const { code, stdout, stderr } = await runCli(['check', 'proj'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^verbatim: the project cannot be read:\nverbatim: proj\/verbatim\.json: .+/);
    expect(stderr).not.toMatch(STACK_LINE);
    // Only reading: no backup of the broken file is left behind by a check.
    expect((await readdir(folder)).filter((n) => n.includes('broken'))).toEqual([]);
  });

  it('exits 2 naming each document whose file is missing or leads outside the folder, instead of checking fewer', async () => {
    const { folder } = await project();
    await unlink(join(folder, 'two.txt'));
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'secret.txt'), 'Outside the project.\n');
    await unlink(join(folder, 'three.txt'));
    await symlink(join(dir, 'elsewhere', 'secret.txt'), join(folder, 'three.txt'));
    const { code, stdout, stderr } = await runCli(['check', 'proj'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('document "two" (two.txt): its file is missing from the project folder');
    expect(stderr).toContain('document "three" (three.txt): the path leads outside the project folder');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(stderr).not.toContain(dir);
  });

  it('still checks a sound project while another process holds its lock (a check only reads)', async () => {
    await project();
    await whileHostRuns(async () => {
      const { code, stdout } = await runCli(['check', 'proj'], dir);
      expect(code).toBe(1);
      expect(stdout).toMatch(/3 documents/);
    });
  });
});

describe('other commands on a project that cannot be read', () => {
  it.each([
    ['export', ['export', 'proj', '--format', 'html', '--out', 'edition.html']],
    ['lexicon list', ['lexicon', 'proj', 'list']],
    ['suggest', ['suggest', 'proj']],
  ])('%s exits 2 naming the problem instead of answering for what was salvaged', async (_name, args) => {
    const { folder } = await project();
    await writeFile(join(folder, 'verbatim.json'), '{}');
    const { code, stdout, stderr } = await runCli(args, dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^verbatim: the project cannot be read:\nverbatim: proj\/verbatim\.json: \(root\): not a Verbatim project/);
    expect((await readdir(dir)).includes('edition.html')).toBe(false);
  });
});

describe('verbatim init and add name every refused file and the reason', () => {
  it('init prints one stderr line per refused file, as typed, with its reason, and exits 2', async () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['binary.txt', bytes(0x25, 0x50, 0, 1, 2), /binary file/],
      ['empty.txt', '', /empty file/],
      ['blank.md', ' \n\t\n', /only whitespace/],
      ['latin1.txt', bytes(0x63, 0x61, 0x66, 0xe9, 0x0a), /not UTF-8/],
      ['utf16.txt', bytes(0xff, 0xfe, 0x41, 0x00), /UTF-16/],
      ['slides.pptx', 'text', /only \.txt, \.md, \.html, \.docx and \.pdf/],
      // A format whose text Verbatim extracts, but the file is not what its name says.
      ['paper.pdf', 'text', /is damaged: not a readable PDF/],
      ['late-nul.txt', new Uint8Array([...new TextEncoder().encode('a'.repeat(9000)), 0, 0x61]), /binary file/],
    ];
    for (const [name, content] of cases) await writeFile(join(dir, name), content);
    await mkdir(join(dir, 'folder.txt'));
    const args = ['init', 'proj', 'one.txt', ...cases.map(([n]) => n), 'folder.txt', 'missing.txt', 'one.txt'];
    const { code, stdout, stderr } = await runCli(args, dir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/with 1 document\./);
    const lines = stderr.trim().split('\n');
    for (const [name, , reason] of cases) expect(lines.find((l) => l.startsWith(`verbatim: ${name}: `)), name).toMatch(reason);
    expect(lines).toContain('verbatim: folder.txt: a folder, not a file');
    expect(lines).toContain('verbatim: missing.txt: no such file');
    expect(lines.find((l) => l.startsWith('verbatim: one.txt: '))).toMatch(/same content as document/);
    expect(lines.filter((l) => l.startsWith('verbatim: '))).toHaveLength(cases.length + 3);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('add while another process writes the project is refused, naming who holds it, and nothing is lost', async () => {
    await project();
    await whileHostRuns(async (host) => {
      await writeFile(join(dir, 'four.txt'), 'A fourth clipping.\n');
      const { code, stderr } = await runCli(['add', 'proj', 'four.txt'], dir);
      expect(code).toBe(2);
      expect(stderr).toMatch(/browser mode.*\(pid \d+ on this machine.*is writing it/);
      await host.handlers.updateSettings({ creator: 'host' });
    });
    const data = JSON.parse(await readFile(join(dir, 'proj', 'verbatim.json'), 'utf8')) as { documents: unknown[]; settings: { creator: string } };
    expect(data.documents).toHaveLength(3);
    expect(data.settings.creator).toBe('host');
  });
});
