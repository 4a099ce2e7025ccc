import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  ACCELERATORS, buildMenuTemplate, type MenuActions, type MenuOptions,
} from '../../../main/electron/menu-template';

function actions(): MenuActions {
  return {
    newProject: vi.fn(),
    openProject: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    addDocuments: vi.fn(),
    exportEdition: vi.fn(),
    showAbout: vi.fn(),
    showDesignNotes: vi.fn(),
  };
}

function options(change: Partial<MenuOptions> = {}): MenuOptions {
  return { platform: 'linux', isDev: false, appName: 'Verbatim', recent: [], hasProjectWindow: true, actions: actions(), ...change };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

/** Invokes a custom item's click handler the way Electron would (the handler ignores its arguments). */
function click(entry: MenuItemConstructorOptions): void {
  const handler = entry.click as (() => void) | undefined;
  if (!handler) throw new Error(`${entry.label} has no click handler`);
  handler();
}

const FILE_ACCELERATORS: [string, string][] = [
  ['New Project…', ACCELERATORS.newProject],
  ['Open Project…', ACCELERATORS.openProject],
  ['Add Documents…', ACCELERATORS.addDocuments],
  ['Export…', ACCELERATORS.export],
  ['Close Window', ACCELERATORS.closeWindow],
];

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('gives every File command its accelerator on %s', (platform) => {
    const file = submenu(buildMenuTemplate(options({ platform })), 'File');
    for (const [label, accelerator] of FILE_ACCELERATORS) expect(item(file, label).accelerator).toBe(accelerator);
  });

  it('uses the standard accelerators', () => {
    expect(ACCELERATORS).toMatchObject({
      newProject: 'CmdOrCtrl+N',
      openProject: 'CmdOrCtrl+O',
      addDocuments: 'CmdOrCtrl+Shift+A',
      export: 'CmdOrCtrl+E',
      closeWindow: 'CmdOrCtrl+W',
      quit: 'CmdOrCtrl+Q',
    });
  });

  it('gives no two items the same accelerator', () => {
    const seen: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const entry of items) {
        if (typeof entry.accelerator === 'string') seen.push(entry.accelerator);
        if (Array.isArray(entry.submenu)) walk(entry.submenu);
      }
    };
    walk(buildMenuTemplate(options({ platform: 'darwin' })));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('puts Quit in File on Linux and Windows, and in the app menu on macOS', () => {
    expect(item(submenu(buildMenuTemplate(options()), 'File'), 'Quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    const mac = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(mac[0]?.label).toBe('Verbatim');
    expect(submenu(mac, 'File').some((entry) => entry.role === 'quit')).toBe(false);
    expect(submenu(mac, 'Verbatim').some((entry) => entry.role === 'quit')).toBe(true);
  });

  it('has the menus File, Edit, View and Help in order (plus the app and Window menus on macOS)', () => {
    expect(buildMenuTemplate(options()).map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(buildMenuTemplate(options({ platform: 'darwin' })).map((menu) => menu.label ?? menu.role)).toEqual([
      'Verbatim', 'File', 'Edit', 'View', 'windowMenu', 'Help',
    ]);
  });

  it('gives Edit the standard roles', () => {
    const roles = submenu(buildMenuTemplate(options()), 'Edit').map((entry) => entry.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers Toggle Developer Tools in development builds only', () => {
    const roles = (isDev: boolean) => submenu(buildMenuTemplate(options({ isDev })), 'View').map((entry) => entry.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('enables Export only when a project window is open', () => {
    const enabled = (hasProjectWindow: boolean) => item(submenu(buildMenuTemplate(options({ hasProjectWindow })), 'File'), 'Export…').enabled;
    expect(enabled(true)).toBe(true);
    expect(enabled(false)).toBe(false);
  });

  it('enables Add Documents only when a project window is open', () => {
    const enabled = (hasProjectWindow: boolean) =>
      item(submenu(buildMenuTemplate(options({ hasProjectWindow })), 'File'), 'Add Documents…').enabled;
    expect(enabled(true)).toBe(true);
    expect(enabled(false)).toBe(false);
  });

  it('lists recent projects most recent first, each opening its folder, then Clear Menu', () => {
    const acts = actions();
    const file = submenu(buildMenuTemplate(options({ recent: ['/p/new', '/p/old'], actions: acts })), 'File');
    const recent = item(file, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((entry) => entry.label ?? entry.type)).toEqual(['/p/new', '/p/old', 'separator', 'Clear Menu']);
    click(item(recent, '/p/old'));
    expect(acts.openRecent).toHaveBeenCalledWith('/p/old');
    click(item(recent, 'Clear Menu'));
    expect(acts.clearRecent).toHaveBeenCalledOnce();
  });

  it('shows a disabled placeholder when there are no recent projects', () => {
    const recent = item(submenu(buildMenuTemplate(options()), 'File'), 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('wires each custom command to its action', () => {
    const acts = actions();
    const template = buildMenuTemplate(options({ actions: acts }));
    const file = submenu(template, 'File');
    click(item(file, 'New Project…'));
    click(item(file, 'Open Project…'));
    click(item(file, 'Add Documents…'));
    click(item(file, 'Export…'));
    click(item(submenu(template, 'Help'), 'About Verbatim'));
    click(item(submenu(template, 'Help'), 'Design Notes'));
    for (const action of ['newProject', 'openProject', 'addDocuments', 'exportEdition', 'showAbout', 'showDesignNotes'] as const) {
      expect(acts[action]).toHaveBeenCalledOnce();
    }
  });
});
