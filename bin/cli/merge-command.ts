import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mergeProjects, MergeError, toProjectJSON, validateProject, writeFileAtomic } from '../../annotations';
import type { ProjectData } from '../../shared/model';
import { EXIT, UsageError, type CliIo } from './io';

/**
 * `verbatim merge <base> <ours> <theirs>`: git's merge driver for `verbatim.json` (`%O %A %B`). Writes
 * the merged project over `<ours>`, as git expects, and exits 0 when the merge is clean, 1 when a true
 * conflict was kept as both versions (listed on stderr; git then marks the file conflicted until it is
 * added again), 2 when a side cannot be read (then `<ours>` is left untouched).
 */
export async function runMergeCommand(paths: { base: string; ours: string; theirs: string }, io: CliIo): Promise<number> {
  const read = async (path: string, optional: boolean): Promise<unknown> => {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, path), 'utf8');
    } catch (error) {
      throw new UsageError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    // git passes an empty ancestor when both branches added the file independently.
    if (optional && text.trim() === '') return null;
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new UsageError(`${path}: not a verbatim.json (${error instanceof Error ? error.message : String(error)}); resolve this merge by hand`);
    }
  };
  const [base, ours, theirs] = [await read(paths.base, true), await read(paths.ours, false), await read(paths.theirs, false)];
  let result;
  try {
    result = mergeProjects(base, ours, theirs);
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(error.message);
    throw error;
  }
  const { problems } = validateProject(result.merged);
  await writeFileAtomic(resolve(io.cwd, paths.ours), toProjectJSON(result.merged as unknown as ProjectData));
  for (const c of result.conflicts) {
    io.stderr.write(`verbatim merge: conflict in ${c.section} ${c.id} (${c.fields.join(', ')}): ${c.resolution}\n`);
  }
  for (const p of problems.slice(0, 10)) io.stderr.write(`verbatim merge: the merged file has a problem at ${p.path}: ${p.message}\n`);
  if (result.conflicts.length === 0 && problems.length === 0) return EXIT.ok;
  io.stderr.write(`verbatim merge: ${result.conflicts.length} conflict${result.conflicts.length === 1 ? '' : 's'} kept for review; open the project in Verbatim, keep one version of each, then git add verbatim.json\n`);
  return EXIT.discrepancies;
}
