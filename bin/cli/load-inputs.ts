import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { UsageError } from './io';

/** What `check` was asked to look at: one project folder, or loose files. */
export type CheckTarget = { kind: 'project'; dir: string } | { kind: 'files'; paths: string[] };

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Resolves the positional arguments of `check`: a single folder holding `verbatim.json` is a project; a
 * folder without one stands for the .txt/.md files directly inside it; anything else is a list of files.
 * A path that does not exist is a usage error naming it.
 */
export async function resolveCheckTarget(inputs: readonly string[], cwd: string): Promise<CheckTarget> {
  if (inputs.length === 0) throw new UsageError('check needs a project folder or files: verbatim check <folder | files...>');
  const paths: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`${input}: ${error.code === 'ENOENT' ? 'no such file or folder' : `cannot read (${error.code ?? error.message})`}`);
    });
    if (!info.isDirectory()) {
      paths.push(path);
      continue;
    }
    const entries = await readdir(path);
    if (inputs.length === 1 && entries.includes('verbatim.json')) return { kind: 'project', dir: path };
    const docs = entries.filter((e) => DOCUMENT_EXTENSIONS.has(extname(e).toLowerCase())).sort();
    if (docs.length === 0) throw new UsageError(`${input}: a folder with no verbatim.json and no .txt or .md files`);
    paths.push(...docs.map((e) => join(path, e)));
  }
  return { kind: 'files', paths };
}
