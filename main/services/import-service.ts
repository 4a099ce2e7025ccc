import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { isAnnotationFile, ServiceError, type AnnotationImportResult, type ApiHandlers, type RefusedFile } from '../../shared/api';
import type { DocumentRecord } from '../../shared/model';
import { planWebAnnotationImport } from '../../annotations';
import type { ServiceContext } from './context';
import { readTexts } from './anchored-texts';
import { addDocumentPaths } from './disk-documents';
import { decodeUpload } from './documents-service';
import { assertWritable, mapStoreErrors } from './errors';
import type { ProjectSession } from './project-session';

/** Annotation files larger than this are refused unread: a JSON-LD export of a large project is a few MB. */
export const MAX_ANNOTATION_FILE_BYTES = 64 * 1024 * 1024;

/** `importAnnotations`: see {@link importAnnotationFile}. */
export function importHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'importAnnotations'> {
  return {
    async importAnnotations({ file }) {
      const bytes = decodeUpload(file.base64);
      if (bytes === null) throw new ServiceError('invalid-payload', `${file.name}: the upload is not valid base64 (the file was damaged on the way)`);
      return importAnnotationFile(ctx, file.name, bytes);
    },
  };
}

/**
 * Imports a W3C Web Annotation JSON-LD file: new annotations are added, newer versions of existing ones
 * replace them, and annotations that cannot be placed are listed in `orphans` with their text (stored as
 * orphans when their document is known). Throws `ServiceError('invalid-payload')` for a file that is not
 * JSON or holds no annotation, and `read-only` for a read-only project.
 */
export async function importAnnotationFile(ctx: ServiceContext, name: string, bytes: Uint8Array): Promise<AnnotationImportResult> {
  const { store } = ctx;
  assertWritable(store);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ServiceError('invalid-payload', `${name}: not a JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  const texts = await readTexts(store, store.documents());
  const documents = store.documents().flatMap((record) => {
    const text = texts.get(record.id);
    return text === undefined ? [] : [{ record, text }];
  });
  let plan;
  try {
    plan = planWebAnnotationImport(json, { documents, existing: store.annotations(), creator: store.data().settings.creator, now: new Date().toISOString() });
  } catch (error) {
    if (error instanceof TypeError) throw new ServiceError('invalid-payload', `${name}: ${error.message}`);
    throw error;
  }
  await mapStoreErrors(() => store.putAnnotations(plan.annotations));
  return { file: name, added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged, kept: plan.kept, orphans: plan.orphans, warnings: plan.warnings };
}

/** What importing files from disk did: documents added, annotation files imported, files refused. */
export interface PathImportResult {
  added: DocumentRecord[];
  annotations: AnnotationImportResult[];
  refused: RefusedFile[];
}

/**
 * Imports files from disk: annotation files (`.jsonld`, `.json`) as W3C Web Annotations, every other file
 * as a document (as `addDocumentPaths` does, with text extracted from .html, .docx and .pdf). What the
 * command line's `import` and the desktop menu run. `onProgress` hears of long extractions.
 */
export async function importPaths(
  session: ProjectSession,
  paths: readonly string[],
  onProgress?: (p: { file: string; done: number; total: number }) => void,
): Promise<PathImportResult> {
  const annotationPaths = paths.filter((p) => isAnnotationFile(p) && extname(p) !== '');
  const documentPaths = paths.filter((p) => !annotationPaths.includes(p));
  const result: PathImportResult = { added: [], annotations: [], refused: [] };
  if (documentPaths.length > 0) {
    const docs = await addDocumentPaths(session, documentPaths, onProgress);
    result.added.push(...docs.added);
    result.refused.push(...docs.refused);
  }
  for (const path of annotationPaths) {
    try {
      const bytes = await readFile(path);
      if (bytes.length > MAX_ANNOTATION_FILE_BYTES) throw new ServiceError('refused', `too large (${bytes.length} bytes)`);
      result.annotations.push(await importAnnotationFile(session.context, path, new Uint8Array(bytes)));
    } catch (error) {
      if (error instanceof ServiceError && error.code === 'read-only') throw error;
      const reason = error instanceof Error ? error.message.replace(`${path}: `, '') : String(error);
      result.refused.push({ name: path, reason });
    }
  }
  return result;
}
