import { resolve } from 'node:path';
import { addDocumentPaths, createProject, openProject } from '../../main/services';
import type { RefusedFile } from '../../shared/api';
import { EXIT, UsageError, type CliIo } from './io';

/**
 * `verbatim init <folder> [files...]`: creates the project and adds the files, printing each refused file
 * with its reason on stderr (named as the user typed it); any refusal exits 2.
 */
export async function runInitCommand(folder: string, files: readonly string[], io: CliIo): Promise<number> {
  const dir = resolve(io.cwd, folder);
  const session = await createProject(dir, files.map((f) => resolve(io.cwd, f)), { label: 'verbatim init' }).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    printRefused(session.refused, files, io);
    const count = session.store.documents().length;
    io.stdout.write(`Created project ${dir} with ${count} document${count === 1 ? '' : 's'}.\n`);
    return session.refused.length > 0 ? EXIT.usage : EXIT.ok;
  } finally {
    await session.close();
  }
}

/** `verbatim add <folder> <files...>`: adds documents; prints what was added and why any file was refused. */
export async function runAddCommand(folder: string, files: readonly string[], io: CliIo): Promise<number> {
  const session = await openProject(resolve(io.cwd, folder), { label: 'verbatim add' }).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? 'the project is read-only'}`);
    const { added, refused } = await addDocumentPaths(session, files.map((f) => resolve(io.cwd, f)));
    for (const doc of added) io.stdout.write(`added ${doc.path} (${doc.title})\n`);
    printRefused(refused, files, io);
    return refused.length > 0 ? EXIT.usage : EXIT.ok;
  } finally {
    await session.close();
  }
}

/** One stderr line per refused file: `verbatim: <file as typed>: <reason>`. */
export function printRefused(refused: readonly RefusedFile[], typed: readonly string[], io: CliIo): void {
  for (const r of refused) {
    // The services name a file by the absolute path they were given; show it as the user typed it.
    const asTyped = typed.find((t) => resolve(io.cwd, t) === r.name) ?? r.name;
    io.stderr.write(`verbatim: ${asTyped}: ${r.reason}\n`);
  }
}
