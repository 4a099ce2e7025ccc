import { resolve } from 'node:path';
import { addDocumentPaths, createProject, openProject } from '../../main/services';
import { EXIT, UsageError, type CliIo } from './io';

/** `verbatim init <folder> [files...]`: creates the project and adds the files; refused files exit 2. */
export async function runInitCommand(folder: string, files: readonly string[], io: CliIo): Promise<number> {
  const dir = resolve(io.cwd, folder);
  const session = await createProject(dir, files.map((f) => resolve(io.cwd, f))).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    const count = session.store.documents().length;
    io.stdout.write(`Created project ${dir} with ${count} document${count === 1 ? '' : 's'}.\n`);
    return count < files.length ? EXIT.usage : EXIT.ok;
  } finally {
    await session.close();
  }
}

/** `verbatim add <folder> <files...>`: adds documents; prints what was added and why any file was refused. */
export async function runAddCommand(folder: string, files: readonly string[], io: CliIo): Promise<number> {
  const session = await openProject(resolve(io.cwd, folder)).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (session.store.readOnly) throw new UsageError(`${folder}: the project is read-only: ${session.store.warnings.join('; ')}`);
    const { added, refused } = await addDocumentPaths(session, files.map((f) => resolve(io.cwd, f)));
    for (const doc of added) io.stdout.write(`added ${doc.path} (${doc.title})\n`);
    for (const r of refused) io.stderr.write(`verbatim: ${r.name}: ${r.reason}\n`);
    return refused.length > 0 ? EXIT.usage : EXIT.ok;
  } finally {
    await session.close();
  }
}
