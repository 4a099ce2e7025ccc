import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXPORT_FORMATS, ServiceError, type ExportFormat } from '../../shared/api';
import { exportProject, openProject } from '../../main/services';
import { EXIT, UsageError, type CliIo } from './io';
import { assertReadable } from './readable-project';

/** Options of `verbatim export`. */
export interface ExportCommandOptions {
  project: string;
  format: string | undefined;
  /** Where to write; `-` for stdout; default the suggested file name in the current folder. */
  out: string | undefined;
  document: string | undefined;
}

/** `verbatim export <project> --format F [--out path] [--document id]`: writes one export. */
export async function runExportCommand(options: ExportCommandOptions, io: CliIo): Promise<number> {
  const format = parseFormat(options.format);
  if (options.out === '-' && format === 'pdf') throw new UsageError('a PDF is binary and is not written to stdout: give --out <file>');
  // An export only reads: it takes no lock, so it runs beside the app or browser mode writing the project.
  const session = await openProject(resolve(io.cwd, options.project), { access: 'read' }).catch((error: unknown) => {
    throw new UsageError(`${options.project}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    // An edition of what was salvaged from a broken verbatim.json would be an edition of another project.
    assertReadable(session, options.project);
    const result = await exportProject(session.context, { format, document: options.document }).catch((error: unknown) => {
      // A missing document or a missing PDF printer is the user's to fix, not an internal error.
      if (error instanceof ServiceError) throw new UsageError(error.message);
      throw error;
    });
    if (options.out === '-') {
      // ignoreBOM keeps the CSV's byte order mark, which spreadsheets rely on.
      io.stdout.write(new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.bytes));
      return EXIT.ok;
    }
    const target = resolve(io.cwd, options.out ?? result.fileName);
    await writeFile(target, result.bytes);
    io.stderr.write(`Wrote ${target} (${result.bytes.length} bytes).\n`);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new UsageError(`export needs --format, one of ${EXPORT_FORMATS.join(', ')}`);
  if ((EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${value}")`);
}
