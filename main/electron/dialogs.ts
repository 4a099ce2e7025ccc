import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions } from 'electron';

/** Extensions Add Documents offers: documents (text extracted from .html, .docx, .pdf) and annotation files. */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'pdf'] as const;
export const ANNOTATION_EXTENSIONS = ['jsonld', 'json'] as const;

// Each dialog is sheet-modal to the window when there is one (macOS) and free-standing otherwise.
async function open(parent: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

async function message(parent: BrowserWindow | null, options: MessageBoxOptions): Promise<number> {
  const result = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  return result.response;
}

/** Asks for a project folder; `create` also offers a New Folder button. `null` when cancelled. */
export async function pickProjectFolder(
  parent: BrowserWindow | null,
  purpose: 'open' | 'create',
): Promise<string | null> {
  const [dir] = await open(parent, {
    title: purpose === 'open' ? 'Open Project' : 'New Project',
    buttonLabel: purpose === 'open' ? 'Open' : 'Create Project Here',
    message: purpose === 'open' ? 'Choose a project folder' : 'Choose an empty folder for the new project',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  });
  return dir ?? null;
}

/** Asks for source documents or W3C Web Annotation files; an empty list when cancelled. */
export function pickDocuments(parent: BrowserWindow | null): Promise<string[]> {
  return open(parent, {
    title: 'Add Documents',
    buttonLabel: 'Add',
    filters: [
      { name: 'Documents and annotations', extensions: [...DOCUMENT_EXTENSIONS, ...ANNOTATION_EXTENSIONS] },
      { name: 'Documents (text, Markdown, HTML, Word, PDF)', extensions: [...DOCUMENT_EXTENSIONS] },
      { name: 'W3C Web Annotations (JSON-LD)', extensions: [...ANNOTATION_EXTENSIONS] },
      { name: 'All Files', extensions: ['*'] },
    ],
    properties: ['openFile', 'multiSelections'],
  });
}

/** Asks whether to make `dir`, which has no verbatim.json, a project. */
export async function confirmCreateProject(parent: BrowserWindow | null, dir: string): Promise<boolean> {
  const response = await message(parent, {
    type: 'question',
    buttons: ['Create Project', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: 'This folder is not a Verbatim project yet.',
    detail: `Create a project in ${dir}? Verbatim will add a verbatim.json file there; nothing else in the folder changes.`,
  });
  return response === 0;
}

/** Asks whether to open `dir`, which already is a project, instead of creating one there. */
export async function confirmOpenExisting(parent: BrowserWindow | null, dir: string): Promise<boolean> {
  const response = await message(parent, {
    type: 'question',
    buttons: ['Open Project', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    message: 'This folder already holds a Verbatim project.',
    detail: `Open the project in ${dir} instead?`,
  });
  return response === 0;
}

/** Lists the files Add Documents refused, each with its reason. */
export async function showRefused(
  parent: BrowserWindow | null,
  refused: readonly { name: string; reason: string }[],
  addedCount: number,
): Promise<void> {
  const added = addedCount === 1 ? '1 document was added.' : `${addedCount} documents were added.`;
  await message(parent, {
    type: 'warning',
    buttons: ['OK'],
    message: refused.length === 1 ? 'One file could not be added.' : `${refused.length} files could not be added.`,
    detail: `${refused.map((r) => `${r.name}: ${r.reason}`).join('\n')}\n\n${added}`,
  });
}

/** Reports a failure the user should know about (a project that cannot be opened, ...). */
export async function showError(parent: BrowserWindow | null, title: string, detail: string): Promise<void> {
  await message(parent, { type: 'error', buttons: ['OK'], message: title, detail });
}

/** A plain information box (Design Notes). */
export async function showInfo(parent: BrowserWindow | null, title: string, detail: string): Promise<void> {
  await message(parent, { type: 'info', buttons: ['OK'], message: title, detail });
}
