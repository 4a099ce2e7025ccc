import { z } from 'zod';

/**
 * The formats Verbatim exports and the files it imports, shared by the service, the command line and
 * the export panel (pure: no Node, no DOM).
 */
export const EXPORT_FORMATS = ['html', 'pdf', 'markdown', 'jsonld', 'tei', 'csv'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** How each format is named to a user, its file extension and media type. */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, { label: string; extension: string; mediaType: string }>> = {
  html: { label: 'HTML edition', extension: 'html', mediaType: 'text/html;charset=utf-8' },
  pdf: { label: 'PDF edition', extension: 'pdf', mediaType: 'application/pdf' },
  markdown: { label: 'Markdown with footnotes', extension: 'md', mediaType: 'text/markdown;charset=utf-8' },
  jsonld: { label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  tei: { label: 'TEI P5 XML with apparatus', extension: 'tei.xml', mediaType: 'application/tei+xml' },
  csv: { label: 'CSV of discrepancies', extension: 'csv', mediaType: 'text/csv;charset=utf-8' },
};

/** An export ready to save or download. */
export interface ExportedFile {
  /** A suggested file name (no folder). */
  fileName: string;
  mediaType: string;
  /** The file's bytes as base64 (text formats are UTF-8). */
  base64: string;
}

/** Extensions (lower case, with the dot) of documents that can be added; the last three have their text extracted. */
export const DOCUMENT_FILE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'];

/** Extensions of annotation files that are imported (W3C Web Annotation JSON-LD). */
export const ANNOTATION_FILE_EXTENSIONS: readonly string[] = ['.jsonld', '.json'];

/** True when `name` is an annotation file to import rather than a document to add. */
export function isAnnotationFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ANNOTATION_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** An annotation the import could not place, with its text and why. */
export interface ImportedOrphan {
  id: string;
  text: string;
  reason: string;
  /** Stored anyway (its document is known) and shown as orphaned in the editor. */
  stored: boolean;
}

/** What importing an annotation file did. */
export interface AnnotationImportResult {
  file: string;
  added: number;
  replaced: number;
  unchanged: number;
  /** In the project already in a version at least as new, which was kept. */
  kept: number;
  orphans: ImportedOrphan[];
  warnings: string[];
}
