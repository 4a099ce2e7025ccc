import {
  isAnnotationFile, type AnnotationImportResult, type RefusedFile, type Result, type VerbatimApi,
} from '../../shared/api';
import type { DocumentRecord } from '../../shared/model';
import { encodeFiles } from './add-documents';

/** What adding a batch of files did. */
export interface ImportFilesResult {
  added: DocumentRecord[];
  refused: RefusedFile[];
  /** One per annotation file imported (W3C Web Annotation JSON-LD). */
  annotations: AnnotationImportResult[];
}

/**
 * Adds dropped or picked files, one request per file so a long extraction (a large PDF) shows progress:
 * documents (.txt, .md, .html, .docx, .pdf) through `addDocuments`, annotation files (.jsonld, .json)
 * through `importAnnotations`. A file the service refuses is listed with its reason; an annotation file
 * that is not valid JSON-LD is refused the same way. `onProgress(done, total, name)` is called before each;
 * `value` unwraps a Result, throwing the app's own error for a request that fails as a whole (read-only).
 */
export async function importFiles(
  api: VerbatimApi,
  files: readonly File[],
  onProgress: (done: number, total: number, name: string) => void,
  value: <T>(result: Result<T>) => T,
): Promise<ImportFilesResult> {
  const result: ImportFilesResult = { added: [], refused: [], annotations: [] };
  let done = 0;
  for (const file of files) {
    onProgress(done, files.length, file.name);
    done += 1;
    const { encoded, refused } = await encodeFiles([file]);
    result.refused.push(...refused);
    const upload = encoded[0];
    if (!upload) continue;
    if (isAnnotationFile(file.name)) {
      const answer = await api.importAnnotations({ file: upload });
      if (answer.ok) result.annotations.push(answer.value);
      else if (answer.error.code === 'invalid-payload') result.refused.push({ name: file.name, reason: answer.error.message.replace(`${file.name}: `, '') });
      else value(answer);
      continue;
    }
    const { added, refused: notAdded } = value(await api.addDocuments({ files: [upload] }));
    result.added.push(...added);
    result.refused.push(...notAdded);
  }
  return result;
}

/** Lines for the status area about annotation files: counts, then each orphan with its text and reason. */
export function describeAnnotationImports(results: readonly AnnotationImportResult[], limit = 5): string[] {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`Imported ${r.file}: ${r.added} added, ${r.replaced} updated, ${r.unchanged + r.kept} already in the project${r.orphans.length ? `, ${r.orphans.length} not placed` : ''}.`);
    for (const o of r.orphans.slice(0, limit)) lines.push(`Not placed${o.stored ? ' (kept as orphan)' : ''}: “${o.text.slice(0, 80)}” — ${o.reason}`);
    if (r.orphans.length > limit) lines.push(`and ${r.orphans.length - limit} more not placed.`);
  }
  return lines;
}
