import { resolve } from 'node:path';
import { importPaths, openProject } from '../../main/services';
import { EXIT, UsageError, type CliIo } from './io';
import { printRefused } from './project-commands';

/** How often a terminal progress line may be redrawn. */
const PROGRESS_INTERVAL_MS = 200;

/**
 * `verbatim import <project> <files...>`: W3C Web Annotation files (.jsonld, .json) are imported as
 * annotations, every other file is added as a document (text extracted from .html, .docx and .pdf).
 * Exit 0 when everything was taken, 2 when a file was refused; orphaned annotations are listed with their
 * text on stderr and make the exit code 1.
 */
export async function runImportCommand(folder: string, files: readonly string[], io: CliIo): Promise<number> {
  const session = await openProject(resolve(io.cwd, folder), { label: 'verbatim import' }).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    if (session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? 'the project is read-only'}`);
    let last = 0;
    let drawn = false;
    const progress = (p: { file: string; done: number; total: number }) => {
      if (!io.stderr.isTTY || (Date.now() - last < PROGRESS_INTERVAL_MS && p.done !== p.total)) return;
      last = Date.now();
      drawn = true;
      io.stderr.write(`\r\x1b[Kextracting ${p.file} ${p.done}/${p.total}`);
    };
    const result = await importPaths(session, files.map((f) => resolve(io.cwd, f)), progress);
    if (drawn) io.stderr.write('\r\x1b[K');
    for (const doc of result.added) io.stdout.write(`added ${doc.path}${doc.original ? ` (text of ${doc.original})` : ''}: ${doc.title}\n`);
    let orphans = 0;
    for (const a of result.annotations) {
      io.stdout.write(`imported ${a.file}: ${a.added} added, ${a.replaced} replaced, ${a.unchanged} unchanged, ${a.kept} kept (the project's version is as new)${a.orphans.length ? `, ${a.orphans.length} orphaned` : ''}\n`);
      for (const w of a.warnings) io.stderr.write(`verbatim: warning: ${w}\n`);
      for (const o of a.orphans) {
        orphans += 1;
        io.stderr.write(`verbatim: orphaned${o.stored ? ' (stored)' : ''} ${o.id || '(no id)'}: “${o.text.replace(/\s+/g, ' ').slice(0, 120)}”: ${o.reason}\n`);
      }
    }
    printRefused(result.refused, files, io);
    if (result.refused.length > 0) return EXIT.usage;
    return orphans > 0 ? EXIT.discrepancies : EXIT.ok;
  } finally {
    await session.close();
  }
}
