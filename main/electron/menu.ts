import { app, BrowserWindow, Menu } from 'electron';
import {
  addDocumentsCommand, exportCommand, newProjectCommand, openProjectCommand, openRecentCommand, type CommandContext,
} from './app-commands';
import { showInfo } from './dialogs';
import { buildMenuTemplate } from './menu-template';

/** What Help ▸ Design Notes shows: the ideas a user needs, not the full design document. */
const DESIGN_NOTES = [
  'Verbatim finds the press quotes that several documents cite, lines their wording up, and flags every claim whose cited quote reads differently from one document to the next.',
  'Annotations: claims, quoted sources (with outlet, author, date), cross-references and discrepancy notes. They are stored as W3C Web Annotation selectors in the project\'s verbatim.json, so they re-anchor when a document changes; one that cannot be placed is shown as orphaned, never dropped.',
  'The checker runs in five stages: ingest, tokenize and normalize, detect quotes, align shared passages into quote clusters, and classify each difference (number, name, wording, omission, attribution, ... down to typography and OCR noise).',
  'Security: documents are untrusted text. The window is sandboxed with no Node access, loads nothing from the network, and can only make the requests the app defines.',
].join('\n\n');

/**
 * Installs the application menu and keeps it current: it is rebuilt when the recent list changes and when
 * project windows open or close (Add Documents needs one). Returns the rebuild function for the latter.
 */
export function installMenu(ctx: CommandContext, isDev: boolean): () => void {
  const run = (command: Promise<void>): void => {
    command.catch((error: unknown) => ctx.log(`menu command failed: ${String(error)}`));
  };
  const rebuild = (): void => {
    const template = buildMenuTemplate({
      platform: process.platform,
      isDev,
      appName: 'Verbatim',
      recent: ctx.recent.projects,
      hasProjectWindow: ctx.windows.size > 0,
      actions: {
        newProject: () => run(newProjectCommand(ctx)),
        openProject: () => run(openProjectCommand(ctx)),
        openRecent: (dir) => run(openRecentCommand(ctx, dir)),
        clearRecent: () => {
          app.clearRecentDocuments();
          run(ctx.recent.clear());
        },
        addDocuments: () => run(addDocumentsCommand(ctx)),
        exportEdition: () => exportCommand(ctx),
        showAbout: () => app.showAboutPanel(),
        showDesignNotes: () => run(showInfo(BrowserWindow.getFocusedWindow(), 'Design notes', DESIGN_NOTES)),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  ctx.recent.onDidChange(rebuild);
  rebuild();
  return rebuild;
}
