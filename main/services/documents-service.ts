import { ServiceError, type ApiHandlers, type RefusedFile } from '../../shared/api';
import type { DocumentRecord } from '../../shared/model';
import { MAX_DOCUMENT_BYTES } from '../../shared/engine/ingest';
import { tooLargeReason } from '../../shared/text';
import { sha256OfText, type ProjectStore } from '../../annotations';
import type { ServiceContext } from './context';
import { mapStoreErrors } from './errors';

/**
 * The bytes of an upload, or why there are none. The size is worked out from the length first, so a file
 * over `maxBytes` (default `MAX_DOCUMENT_BYTES`, a document's limit) is refused as too large without being
 * decoded. The encoding must be standard base64 as browsers' btoa and Node's Buffer write it:
 * `Buffer.from` silently skips anything else, which would turn a damaged upload into a different file, so
 * the decoded bytes must encode back to the same text (linear, unlike a regular expression over the whole
 * payload, which overflowed the stack at 4 MB).
 */
export function decodeUpload(base64: string, maxBytes: number = MAX_DOCUMENT_BYTES): { bytes: Uint8Array } | { refused: string } {
  const damaged = { refused: 'the upload is not valid base64 (the file was damaged on the way)' };
  if (base64.length % 4 !== 0) return damaged;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = (base64.length / 4) * 3 - padding;
  if (size > maxBytes) return { refused: tooLargeReason(size, maxBytes) };
  const buffer = Buffer.from(base64, 'base64');
  if (buffer.length !== size || buffer.toString('base64') !== base64) return damaged;
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length) };
}

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
      // The store finds the record (not-found otherwise) and reads the file: one check, not two.
      const text = await mapStoreErrors(() => store.readText(id));
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
      // A read-only project is refused by the store, before anything is written.
      const refused: RefusedFile[] = [];
      const accepted: { name: string; bytes: Uint8Array }[] = [];
      for (const file of files) {
        const decoded = decodeUpload(file.base64);
        if ('bytes' in decoded) accepted.push({ name: file.name, bytes: decoded.bytes });
        else refused.push({ name: file.name, reason: decoded.refused });
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
