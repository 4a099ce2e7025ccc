import { resolve } from 'node:path';
import type { QuoteSuggestion } from '../../shared/api';
import { openProject } from '../../main/services';
import { EXIT, UsageError, type CliIo } from './io';
import { assertReadable } from './readable-project';

/**
 * `verbatim suggest <folder> [--accept] [--json]`: lists detected quote candidates not yet marked; with
 * `--accept`, stores each as a `quote` annotation carrying its detected attribution.
 */
export async function runSuggestCommand(folder: string, options: { accept: boolean; json: boolean }, io: CliIo): Promise<number> {
  const session = await openProject(resolve(io.cwd, folder), options.accept ? { label: 'verbatim suggest --accept' } : { access: 'read' }).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    assertReadable(session, folder);
    const suggestions = await session.handlers.suggestQuotes({});
    if (options.json) io.stdout.write(`${JSON.stringify(suggestions, null, 2)}\n`);
    else for (const s of suggestions) io.stdout.write(describe(s));
    if (!options.accept) {
      if (!options.json) io.stdout.write(`${suggestions.length} quote candidates; run with --accept to store them as quote annotations.\n`);
      return EXIT.ok;
    }
    if (session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? 'the project is read-only'}`);
    for (const s of suggestions) {
      await session.handlers.createAnnotation({
        kind: 'quote',
        document: s.document,
        start: s.start,
        end: s.end,
        body: { attribution: s.attribution, translated: false },
        tags: ['suggested'],
      });
    }
    io.stderr.write(`Stored ${suggestions.length} quote annotations.\n`);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

function describe(s: QuoteSuggestion): string {
  const a = s.attribution;
  const source = [a.outlet, a.author, a.date].filter(Boolean).join(', ') || 'no attribution found';
  const text = s.text.replace(/\s+/g, ' ').trim();
  return `${s.document} ${s.start}-${s.end} [${s.cue}, ${Math.round(s.confidence * 100)}%] ${source}\n    “${text.length > 100 ? `${text.slice(0, 99)}…` : text}”\n`;
}
