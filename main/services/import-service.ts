import { extname } from 'node:path';
import { isAnnotationFile, ServiceError, type AnnotationImportResult, type ApiHandlers, type RefusedFile } from '../../shared/api';
import type { DocumentRecord } from '../../shared/model';
import { planWebAnnotationImport, type ExtractionProgress } from '../../annotations';
import type { ServiceContext } from './context';
import { readTexts } from './anchored-texts';
import { addDocumentPaths, readDiskFile } from './disk-documents';
import { decodeUpload } from './documents-service';
import { mapStoreErrors } from './errors';
import type { ProjectSession } from './project-session';

/** Annotation files larger than this are refused unread: a JSON-LD export of a large project is a few MB. */
export const MAX_ANNOTATION_FILE_BYTES = 64 * 1024 * 1024;

/** `importAnnotations`: see {@link importAnnotationFile}. */
export function importHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'importAnnotations'> {
  return {
    async importAnnotations({ file }) {
      const decoded = decodeUpload(file.base64, MAX_ANNOTATION_FILE_BYTES);
      if ('refused' in decoded) throw new ServiceError('invalid-payload', `${file.name}: ${decoded.refused}`);
      return importAnnotationFile(ctx, file.name, decoded.bytes);
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
  // Refused before every document is read and anchored (the store would refuse the write anyway).
  if (store.readOnly) throw new ServiceError('read-only', `the project is read-only: ${store.warnings[0] ?? ''}`);
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
  onProgress?: (p: ExtractionProgress) => void,
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
    const file = await readDiskFile(path, MAX_ANNOTATION_FILE_BYTES);
    if ('refused' in file) {
      result.refused.push({ name: path, reason: file.refused });
      continue;
    }
    try {
      result.annotations.push(await importAnnotationFile(session.context, path, file.bytes));
    } catch (error) {
      // A file the import refuses is reported with the others; a read-only project or an internal error ends the import.
      if (!(error instanceof ServiceError) || error.code === 'read-only' || error.code === 'internal') throw error;
      result.refused.push({ name: path, reason: error.message.replace(`${path}: `, '') });
    }
  }
  return result;
}
