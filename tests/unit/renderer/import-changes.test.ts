import { describe, expect, it } from 'vitest';
import type { AnnotationImportResult, ImportedOrphan } from '../../../shared/api';
import { importedAnything } from '../../../renderer/model/import-changes';

const none: AnnotationImportResult = { file: 'other-tool.jsonld', added: 0, replaced: 0, unchanged: 1, kept: 0, orphans: [], warnings: [] };
const orphan: ImportedOrphan = { id: 'https://other.example/anno/9', text: 'gone', reason: 'its text is not in the document', stored: true };

describe('importedAnything (whether adding a batch is followed by a check)', () => {
  it('is false for annotation files whose annotations were all in the project already, or no file', () => {
    expect(importedAnything([])).toBe(false);
    expect(importedAnything([none, { ...none, kept: 2, unchanged: 0 }])).toBe(false);
    expect(importedAnything([{ ...none, orphans: [{ ...orphan, stored: false }] }])).toBe(false);
  });

  it('is true once an annotation was added, updated or kept as an orphan', () => {
    expect(importedAnything([none, { ...none, added: 1 }])).toBe(true);
    expect(importedAnything([{ ...none, replaced: 1 }])).toBe(true);
    expect(importedAnything([{ ...none, orphans: [orphan] }])).toBe(true);
  });
});
