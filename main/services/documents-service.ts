import { ServiceError, type ApiHandlers, type RefusedFile } from '../../shared/api';
import type { DocumentRecord } from '../../shared/model';
import { sha256OfText, type ProjectStore } from '../../annotations';
import type { ServiceContext } from './context';
import { assertWritable, mapStoreErrors } from './errors';

// Standard base64 as browsers' btoa and Node's Buffer write it; Buffer.from would silently skip anything
// else, turning a corrupted upload into a different file instead of a refusal.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * `listDocuments`, `readDocument`, `addDocuments`, and `documentHashes` (each file's sha256 as it is on
 * disk now, so a window notices a document edited outside Verbatim).
 */
export function documentHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'listDocuments' | 'readDocument' | 'addDocuments' | 'documentHashes'> {
  const { store } = ctx;
  return {
    async listDocuments() {
      return [...store.documents()];
    },
    async readDocument({ id }) {
      const text = await readDocumentText(store, findDocument(store, id));
      // Reading re-records the hash and length of a file edited outside Verbatim; answer the fresh record.
      return { record: findDocument(store, id), text };
    },
    async documentHashes() {
      return Promise.all(
        store.documents().map(async (record) => {
          try {
            const text = await store.readText(record.id);
            return { id: record.id, sha256: sha256OfText(text), length: text.length };
          } catch (error) {
            // Reported to the window as a problem with this one document; the others are still answered.
            return { id: record.id, sha256: null, length: null, problem: error instanceof Error ? error.message : String(error) };
          }
        }),
      );
    },
    async addDocuments({ files }) {
      assertWritable(store);
      const refused: RefusedFile[] = [];
      const accepted: { name: string; bytes: Uint8Array }[] = [];
      for (const file of files) {
        if (BASE64.test(file.base64)) accepted.push({ name: file.name, bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) });
        else refused.push({ name: file.name, reason: 'the upload is not valid base64 (the file was damaged on the way)' });
      }
      if (accepted.length === 0) return { added: [], refused };
      const result = await mapStoreErrors(() => store.addFiles(accepted));
      return { added: result.added, refused: [...refused, ...result.refused] };
    },
  };
}

/** The record of document `id`; throws `ServiceError('not-found')` when the project has no such document. */
export function findDocument(store: ProjectStore, id: string): DocumentRecord {
  const record = store.documents().find((d) => d.id === id);
  if (!record) throw new ServiceError('not-found', `no document "${id}" in this project`);
  return record;
}

/**
 * The current text of a document. A file that has gone missing from the project folder is `not-found`
 * and a path leading outside the folder is `refused` (both from the store); other read failures propagate
 * as `internal`.
 */
export async function readDocumentText(store: ProjectStore, record: DocumentRecord): Promise<string> {
  return mapStoreErrors(() => store.readText(record.id));
}
