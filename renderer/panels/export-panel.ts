import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportedFile, type ExportFormat, type Result } from '../../shared/api';

/** What the export panel needs from the app. */
export interface ExportPanelDeps {
  exportEdition(input: { format: ExportFormat; document?: string }): Promise<Result<ExportedFile>>;
  /** The open document, offered as the scope "this document"; null when none is open. */
  currentDocument(): { id: string; title: string } | null;
  /** True in the desktop app, where a save dialog asks where the file goes. */
  isDesktop: boolean;
  /** Tells the user what happened (the status area). */
  onDidExport(message: string, tone: 'info' | 'error'): void;
}

/** Bytes of standard base64. */
function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Hands `file` to the browser as a download (the desktop app shows a save dialog for it). */
export function download(file: ExportedFile): void {
  saveBlob(new Blob([fromBase64(file.base64)], { type: file.mediaType }), file.fileName);
}

/** Hands `blob` to the browser as a download named `fileName` (the desktop app shows a save dialog for it). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by now; give slow machines a minute before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function radio(name: string, value: string, label: string, checked: boolean): HTMLLabelElement {
  const input = Object.assign(document.createElement('input'), { type: 'radio', name, value, checked });
  const wrap = document.createElement('label');
  wrap.className = 'export-choice';
  wrap.append(input, ` ${label}`);
  return wrap;
}

/**
 * File ▸ Export… and the header's "Export…" button: a modal dialog (`[data-testid=export-dialog]`) to
 * choose the format (HTML or PDF edition, Markdown, W3C Web Annotation JSON-LD, TEI, CSV) and the scope
 * (the whole project or the open document), then export. In the browser the file downloads; in the
 * desktop app a save dialog asks where it goes.
 */
export class ExportPanel {
  private readonly dialog = document.createElement('dialog');
  private readonly form = document.createElement('form');
  private readonly status = document.createElement('p');
  private readonly submit = document.createElement('button');
  private readonly scope = document.createElement('fieldset');

  constructor(
    headerActions: HTMLElement,
    private readonly deps: ExportPanelDeps,
  ) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'export-button', textContent: 'Export…' });
    button.dataset['testid'] = 'export-button';
    button.addEventListener('click', () => this.open());
    headerActions.append(button);

    this.dialog.className = 'export-dialog';
    this.dialog.dataset['testid'] = 'export-dialog';
    this.dialog.setAttribute('aria-labelledby', 'export-heading');
    const heading = Object.assign(document.createElement('h2'), { id: 'export-heading', textContent: 'Export' });
    const formats = document.createElement('fieldset');
    formats.append(Object.assign(document.createElement('legend'), { textContent: 'Format' }));
    EXPORT_FORMATS.forEach((f, i) => formats.append(radio('format', f, EXPORT_FORMAT_INFO[f].label, i === 0)));
    const output = Object.assign(document.createElement('p'), {
      className: 'export-output',
      textContent: deps.isDesktop ? 'You choose where to save the file next.' : 'The file is downloaded by your browser.',
    });
    this.status.className = 'export-status';
    this.status.setAttribute('role', 'status');
    Object.assign(this.submit, { type: 'submit', textContent: 'Export' });
    this.submit.dataset['testid'] = 'export-submit';
    const cancel = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Cancel' });
    cancel.addEventListener('click', () => this.dialog.close());
    const actions = document.createElement('div');
    actions.className = 'export-actions';
    actions.append(this.submit, cancel);
    this.form.append(heading, formats, this.scope, output, this.status, actions);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.dialog.append(this.form);
    document.body.append(this.dialog);
  }

  /** Opens the dialog, offering the open document as a scope. */
  open(): void {
    const doc = this.deps.currentDocument();
    this.scope.replaceChildren(
      Object.assign(document.createElement('legend'), { textContent: 'What to export' }),
      radio('scope', 'project', 'The whole project', true),
      ...(doc ? [radio('scope', doc.id, `Only this document: ${doc.title}`, false)] : []),
    );
    this.status.textContent = '';
    this.submit.disabled = false;
    if (!this.dialog.open) this.dialog.showModal();
  }

  private async run(): Promise<void> {
    const data = new FormData(this.form);
    const format = String(data.get('format')) as ExportFormat;
    const scope = String(data.get('scope') ?? 'project');
    this.submit.disabled = true;
    this.status.textContent = `Exporting ${EXPORT_FORMAT_INFO[format].label}…`;
    try {
      const result = await this.deps.exportEdition({ format, ...(scope === 'project' ? {} : { document: scope }) });
      if (!result.ok) {
        this.status.textContent = `The export failed: ${result.error.message}`;
        return;
      }
      download(result.value);
      this.dialog.close();
      this.deps.onDidExport(`Exported ${result.value.fileName}.`, 'info');
    } catch (error) {
      this.status.textContent = `The export failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.submit.disabled = false;
    }
  }
}
