import type { MenuItemConstructorOptions } from 'electron';

/** What the custom menu items do; the roles (cut, zoom, ...) need nothing from us. */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(dir: string): void;
  clearRecent(): void;
  addDocuments(): void;
  /** File ▸ Export…: opens the export panel of the focused project window. */
  exportEdition(): void;
  showAbout(): void;
  showDesignNotes(): void;
}

/** Everything the menu depends on, so building it is a pure function of this. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development build (not packaged): adds Toggle Developer Tools. */
  isDev: boolean;
  appName: string;
  /** Recent project folders, most recent first. */
  recent: readonly string[];
  /** Whether a project window is focused, i.e. whether Add Documents has somewhere to add to. */
  hasProjectWindow: boolean;
  actions: MenuActions;
}

/** Accelerators of the custom items, named once so the tests and the docs can refer to them. */
export const ACCELERATORS = {
  newProject: 'CmdOrCtrl+N',
  openProject: 'CmdOrCtrl+O',
  addDocuments: 'CmdOrCtrl+Shift+A',
  export: 'CmdOrCtrl+E',
  closeWindow: 'CmdOrCtrl+W',
  quit: 'CmdOrCtrl+Q',
} as const;

/**
 * The application menu. On macOS the first menu is the app menu (About, Hide, Quit) per the platform's
 * conventions, so File has no Quit there and Help no About; elsewhere they sit in File and Help.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push(appMenu(options));
  template.push(fileMenu(options), editMenu(), viewMenu(options));
  if (mac) template.push({ role: 'windowMenu' });
  template.push(helpMenu(options));
  return template;
}

function appMenu({ appName, actions }: MenuOptions): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { label: `About ${appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', accelerator: ACCELERATORS.quit },
    ],
  };
}

function fileMenu(options: MenuOptions): MenuItemConstructorOptions {
  const { actions } = options;
  const items: MenuItemConstructorOptions[] = [
    { id: 'new-project', label: 'New Project…', accelerator: ACCELERATORS.newProject, click: () => actions.newProject() },
    { id: 'open-project', label: 'Open Project…', accelerator: ACCELERATORS.openProject, click: () => actions.openProject() },
    { id: 'open-recent', label: 'Open Recent', submenu: recentMenu(options) },
    { type: 'separator' },
    {
      id: 'add-documents',
      label: 'Add Documents…',
      accelerator: ACCELERATORS.addDocuments,
      enabled: options.hasProjectWindow,
      click: () => actions.addDocuments(),
    },
    {
      // The window's export panel (format, scope, then a save dialog), like Add Documents needs a project.
      id: 'export',
      label: 'Export…',
      accelerator: ACCELERATORS.export,
      enabled: options.hasProjectWindow,
      click: () => actions.exportEdition(),
    },
    { type: 'separator' },
    { id: 'close-window', role: 'close', label: 'Close Window', accelerator: ACCELERATORS.closeWindow },
  ];
  if (options.platform !== 'darwin') {
    items.push({ type: 'separator' }, { id: 'quit', role: 'quit', label: 'Quit', accelerator: ACCELERATORS.quit });
  }
  return { label: 'File', submenu: items };
}

function recentMenu({ recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Projects', enabled: false }];
  return [
    // The full folder is the label: two projects are often both called "sources".
    ...recent.map((dir): MenuItemConstructorOptions => ({ label: dir, click: () => actions.openRecent(dir) })),
    { type: 'separator' },
    { label: 'Clear Menu', click: () => actions.clearRecent() },
  ];
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu({ isDev }: MenuOptions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [{ role: 'reload' }];
  // Developer tools in a shipped build would let anyone poke the bridge from a console; dev builds only.
  if (isDev) items.push({ role: 'toggleDevTools' });
  items.push(
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  );
  return { label: 'View', submenu: items };
}

function helpMenu({ platform, appName, actions }: MenuOptions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = [];
  if (platform !== 'darwin') items.push({ label: `About ${appName}`, click: () => actions.showAbout() });
  items.push({ label: 'Design Notes', click: () => actions.showDesignNotes() });
  return { role: 'help', label: 'Help', submenu: items };
}
