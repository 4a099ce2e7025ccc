import type { DocumentRecord } from '../../shared/model';
import type { AddDocuments } from '../panels/add-documents';
import { importedAnything } from '../model/import-changes';
import { describeAnnotationImports, importFiles } from '../panels/import-files';
import { plural } from '../panels/review-format';
import { RequestFailed, unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** What adding files leads to. */
export interface IntakeHooks {
  /** Documents were added: list them again. */
  reloadDocuments(): Promise<void>;
  /** Open the first document added. */
  open(document: DocumentRecord): void;
  /** Annotations were imported: read them all again. */
  reloadAnnotations(): Promise<void>;
  /** Something was added: the check should follow. */
  changed(): void;
}

/**
 * "Added 2 documents." and how many files were not added; which and why is in the list under the
 * Documents heading (`AddDocuments.showRefused`), shown there once rather than here too.
 */
export function addSummary(added: number, refused: readonly { name: string; reason: string }[]): string {
  const head = added > 0 ? `Added ${plural(added, 'document')}.` : 'No documents were added.';
  if (refused.length === 0) return head;
  return `${head} ${refused.length === 1 ? 'One file was' : `${refused.length} files were`} not added: see why under Documents.`;
}

/**
 * Adding files to the project: one request per file (the same path for the picker and a drop; documents
 * through `addDocuments`, W3C Web Annotation files through `importAnnotations`), then the documents are
 * listed again, the first one added is opened, and the status says how many were added and refused;
 * each file refused (here for its size, or by the service) is listed under Documents with its reason.
 */
export class DocumentIntake {
  private adding = false;

  constructor(
    private readonly ws: Workspace,
    private readonly control: AddDocuments,
    private readonly hooks: IntakeHooks,
  ) {}

  async add(files: readonly File[]): Promise<void> {
    if (this.adding || files.length === 0) return;
    this.adding = true;
    this.control.setBusy(true);
    this.control.clearRefused();
    this.ws.notices.show(`Adding ${plural(files.length, 'document')}…`, 'progress');
    try {
      const { added, refused, annotations } = await importFiles(this.ws.api, files, (done, total, name) => {
        // Files go one by one so a long extraction (a large PDF) shows how far the batch is.
        if (done > 0) this.ws.notices.show(`Adding ${done + 1} of ${total}: ${name}…`, 'progress');
      }, unwrap);
      if (added.length > 0) await this.hooks.reloadDocuments();
      this.control.showRefused(refused);
      const lines = [...(annotations.length === 0 || added.length > 0 ? [addSummary(added.length, refused)] : []), ...describeAnnotationImports(annotations)];
      this.ws.notices.show(lines.join('\n'), added.length > 0 || annotations.length > 0 ? 'info' : 'error');
      const first = added[0];
      // An annotation file whose every annotation was already in the project changed nothing: no reload, no check.
      const imported = importedAnything(annotations);
      if (first) this.hooks.open(first);
      else if (imported) await this.hooks.reloadAnnotations();
      if (added.length > 0 || imported) this.hooks.changed();
    } catch (error) {
      if (error instanceof RequestFailed && error.code === 'read-only') this.control.setReadOnly(true);
      this.ws.report(error, 'Could not add the documents');
    } finally {
      this.adding = false;
      this.control.setBusy(false);
    }
  }
}
