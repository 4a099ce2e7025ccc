import { NOTE_STATUSES } from '../../../shared/model';
import type { BodyEditor, FormContext } from './body-editor';
import { selectField, textArea } from './form-fields';

/**
 * A discrepancy note's body: the discrepancy it is about (one of the last check's discrepancies touching
 * the span, or none: a standalone note), its status and its text.
 */
export function noteFields(
  start: { discrepancy?: string | undefined; status: (typeof NOTE_STATUSES)[number]; text: string },
  where: { document: string; start: number; end: number },
  ctx: FormContext,
): BodyEditor {
  const element = document.createElement('div');
  element.className = 'form-group';
  const near = ctx.discrepanciesAt(where.document, where.start, where.end);
  const options: [string, string][] = [['', 'None: a standalone note'], ...near.map((d) => [d.id, d.label] as [string, string])];
  if (start.discrepancy && !near.some((d) => d.id === start.discrepancy)) options.push([start.discrepancy, `Discrepancy ${start.discrepancy}`]);
  const about = selectField('About the discrepancy', options, start.discrepancy ?? '', 'discrepancy');
  const status = selectField('Status', NOTE_STATUSES.map((s) => [s, s] as const), start.status, 'status');
  const text = textArea('Note', start.text, { name: 'note-text', rows: 3 });
  element.append(about.row, status.row, text.row);
  return {
    element,
    focus: () => text.control.focus(),
    read: () => ({
      body: {
        ...(about.control.value ? { discrepancy: about.control.value } : {}),
        status: status.control.value,
        text: text.control.value.trim(),
      },
    }),
  };
}
