import { ANNOTATION_FILE_EXTENSIONS, DOCUMENT_FILE_EXTENSIONS, type RefusedFile } from '../../shared/api';
import { MAX_DOCUMENT_BYTES } from '../../shared/engine/ingest';
import { tooLargeReason } from '../../shared/text/too-large';

/** A file ready for `addDocuments`: its name and its bytes as base64. */
export interface EncodedFile {
  name: string;
  base64: string;
}

/** Callbacks of the {@link AddDocuments} control. */
export interface AddDocumentsEvents {
  /** The user chose files in the picker or dropped them on the documents sidebar (never an empty list). */
  onFiles(files: File[]): void;
}

/**
 * Bytes per base64 chunk: a multiple of 3, so no chunk but the last is padded and the pieces concatenate
 * into one valid base64 string, and small enough to pass to `String.fromCharCode` as arguments.
 */
const CHUNK_BYTES = 3 * 8 * 1024;

/** Standard base64 of `bytes`, built chunk by chunk (a 20 MB file as one argument list would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(at, at + CHUNK_BYTES))));
  }
  return parts.join('');
}

/**
 * Reads `files` one after another into base64 for `addDocuments`. A file larger than the service accepts is
 * refused here, without uploading it, in the service's own words; so is a file the browser cannot read
 * (a dropped folder, a file removed meanwhile). Every other check is left to the service, the authority.
 */
export async function encodeFiles(files: readonly File[]): Promise<{ encoded: EncodedFile[]; refused: RefusedFile[] }> {
  const encoded: EncodedFile[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    if (file.size > MAX_DOCUMENT_BYTES) {
      refused.push({ name: file.name, reason: tooLargeReason(file.size, MAX_DOCUMENT_BYTES) });
      continue;
    }
    try {
      encoded.push({ name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      refused.push({ name: file.name, reason: `could not be read (is it a folder?): ${why}` });
    }
  }
  return { encoded, refused };
}

/** True when a drag carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * The "Add documents…" button in the documents sidebar's header, its hidden file picker, dropping files on
 * the sidebar, and the list of files the last attempt could not add (`[data-testid=add-refusals]`), which
 * stays until dismissed or the next attempt. The button is disabled while the project is read-only and
 * while an attempt runs; meanwhile a drop is ignored.
 */
export class AddDocuments {
  private readOnly = true;
  private busy = false;
  /** dragenter/dragleave fire for every child crossed; the zone is left when the count is back to 0. */
  private dragDepth = 0;
  /** Whether the button had focus when the running attempt started. */
  private hadFocus = false;

  constructor(
    private readonly button: HTMLButtonElement,
    private readonly input: HTMLInputElement,
    private readonly dropZone: HTMLElement,
    private readonly refusals: HTMLElement,
    private readonly events: AddDocumentsEvents,
  ) {
    input.type = 'file';
    input.multiple = true;
    input.accept = [...DOCUMENT_FILE_EXTENSIONS, ...ANNOTATION_FILE_EXTENSIONS, 'text/plain', 'text/markdown'].join(',');
    input.hidden = true;
    input.tabIndex = -1;
    input.setAttribute('aria-label', 'Documents to add');
    button.addEventListener('click', () => {
      if (!this.button.disabled) this.input.click();
    });
    input.addEventListener('change', () => {
      const files = [...(this.input.files ?? [])];
      // Emptied, so choosing the same file again (after fixing it) fires `change` again.
      this.input.value = '';
      if (files.length > 0) this.events.onFiles(files);
    });
    dropZone.addEventListener('dragenter', (event) => {
      if (!carriesFiles(event) || !this.accepting()) return;
      event.preventDefault();
      this.dragDepth += 1;
      this.dropZone.classList.add('drop-active');
    });
    dropZone.addEventListener('dragover', (event) => {
      if (!carriesFiles(event) || !this.accepting()) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    });
    dropZone.addEventListener('dragleave', (event) => {
      if (!carriesFiles(event)) return;
      this.dragDepth = Math.max(0, this.dragDepth - 1);
      if (this.dragDepth === 0) this.dropZone.classList.remove('drop-active');
    });
    dropZone.addEventListener('drop', (event) => {
      this.dragDepth = 0;
      this.dropZone.classList.remove('drop-active');
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0 && this.accepting()) this.events.onFiles(files);
    });
    // A file dropped anywhere else would make the browser open it in place of the app.
    window.addEventListener('dragover', (event) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    });
    window.addEventListener('drop', (event) => {
      if (carriesFiles(event)) event.preventDefault();
    });
    refusals.dataset['testid'] = 'add-refusals';
    refusals.hidden = true;
    this.update();
  }

  /** Whether the project is read-only (documents cannot be added). */
  setReadOnly(value: boolean): void {
    this.readOnly = value;
    this.update();
  }

  /**
   * Whether an attempt is running. The button is disabled meanwhile; when it had focus, focus comes back
   * to it afterwards instead of being left on the page's start.
   */
  setBusy(value: boolean): void {
    if (value) this.hadFocus = document.activeElement === this.button;
    this.busy = value;
    this.update();
    if (!value && this.hadFocus) {
      const active = document.activeElement;
      if (active === null || active === document.body || active === this.button) this.button.focus();
      this.hadFocus = false;
    }
  }

  /** Lists the files the last attempt could not add, each with the reason; hides the list when there are none. */
  showRefused(refused: readonly RefusedFile[]): void {
    if (refused.length === 0) {
      this.clearRefused();
      return;
    }
    const heading = document.createElement('h3');
    heading.id = 'add-refusals-heading';
    heading.className = 'add-refusals-heading';
    heading.textContent = refused.length === 1 ? 'Not added: 1 file' : `Not added: ${refused.length} files`;
    const list = document.createElement('ul');
    list.className = 'add-refusals-list';
    for (const r of refused) {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'refused-name';
      name.textContent = r.name;
      item.append(name, `: ${r.reason}`);
      list.append(item);
    }
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'add-refusals-dismiss';
    dismiss.textContent = 'Dismiss';
    dismiss.setAttribute('aria-describedby', heading.id);
    dismiss.addEventListener('click', () => {
      this.clearRefused();
      // The dismissed button is gone; give focus a place to be instead of the page's start.
      if (!this.button.disabled) this.button.focus();
    });
    this.refusals.setAttribute('aria-labelledby', heading.id);
    this.refusals.replaceChildren(heading, list, dismiss);
    this.refusals.hidden = false;
  }

  /** Removes the list of refused files. */
  clearRefused(): void {
    this.refusals.replaceChildren();
    this.refusals.removeAttribute('aria-labelledby');
    this.refusals.hidden = true;
  }

  private accepting(): boolean {
    return !this.readOnly && !this.busy;
  }

  private update(): void {
    this.button.disabled = !this.accepting();
    this.button.title = this.readOnly ? 'This project is read-only, so documents cannot be added.' : 'Add documents (.txt, .md, .html, .docx, .pdf) or W3C Web Annotation files (.jsonld); you can also drop them here.';
  }
}
