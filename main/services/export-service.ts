import { basename } from 'node:path';
import { EXPORT_FORMAT_INFO, type ApiHandlers, type ExportFormat } from '../../shared/api';
import {
  toDiscrepancyCsv, toHtmlEdition, toMarkdownEdition, toTei, toWebAnnotationCollection, type EditionInput,
} from '../../annotations';
import type { ServiceContext } from './context';
import { anchorAll, readTexts } from './anchored-texts';
import type { Report } from '../../shared/model';
import { checkInput, checkProject } from './check-service';
import { findDocument } from './documents-service';
import { pdfPrinter } from './pdf-printer';

/** An export with its bytes, before it is saved or sent. */
export interface ExportResult {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** `exportEdition`: see {@link exportProject}. */
export function exportHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'exportEdition'> {
  return {
    async exportEdition(input) {
      // The check runs as a job in the session's worker, as runCheck does: the host keeps answering meanwhile.
      const report = () => ctx.jobs.wait(ctx.jobs.start(() => checkInput(ctx, undefined)));
      const result = await exportProject(ctx, input, report);
      return { fileName: result.fileName, mediaType: result.mediaType, base64: Buffer.from(result.bytes).toString('base64') };
    },
  };
}

/**
 * The project (or one document, `document`) in `format`. Runs the check first (`report`: by default on this
 * thread, as the command line does), so the apparatus and the flags are those of the current texts and
 * annotations. Throws `ServiceError('not-found')` for an unknown document and `ServiceError('refused')` for
 * a PDF when no printer is available.
 */
export async function exportProject(
  ctx: ServiceContext,
  options: { format: ExportFormat; document?: string | undefined },
  report: () => Promise<Report> = () => checkProject(ctx),
): Promise<ExportResult> {
  const input = await editionInput(ctx, options.document, report);
  const info = EXPORT_FORMAT_INFO[options.format];
  const text = (value: string) => new TextEncoder().encode(value);
  let bytes: Uint8Array;
  switch (options.format) {
    case 'html':
      bytes = text(toHtmlEdition(input));
      break;
    case 'pdf':
      bytes = await pdfPrinter()(toHtmlEdition(input));
      break;
    case 'markdown':
      bytes = text(toMarkdownEdition(input));
      break;
    case 'jsonld':
      bytes = text(toWebAnnotationCollection(input));
      break;
    case 'tei':
      bytes = text(toTei(input));
      break;
    case 'csv':
      bytes = text(toDiscrepancyCsv(input));
      break;
  }
  const stem = options.document ?? input.title;
  return { fileName: `${safeFileStem(stem)}.${info.extension}`, mediaType: info.mediaType, bytes };
}

/**
 * Everything the builders read: the documents in scope with their texts, every annotation anchored, the
 * report (from `report`; by default the check on this thread).
 */
export async function editionInput(ctx: ServiceContext, document?: string, report: () => Promise<Report> = () => checkProject(ctx)): Promise<EditionInput> {
  const { store } = ctx;
  const all = [...store.documents()];
  const scope = document === undefined ? all : [findDocument(store, document)];
  const texts = await readTexts(store, all);
  const checked = await report();
  const data = store.data();
  return {
    title: basename(store.dir),
    generated: new Date().toISOString(),
    documents: scope.flatMap((record) => {
      const text = texts.get(record.id);
      return text === undefined ? [] : [{ record: findDocument(store, record.id), text }];
    }),
    allDocuments: [...store.documents()],
    annotations: anchorAll(store.annotations(), texts),
    report: checked,
    threshold: data.settings.threshold,
  };
}

/** A file name stem from a project or document name: letters, digits, `.`, `_` and `-`; never empty. */
export function safeFileStem(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'verbatim-export';
}
