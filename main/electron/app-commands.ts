import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { createProject, ensureSampleProject, importPaths, openProject, type ProjectSession, type SessionOptions } from '../services';
import * as dialogs from './dialogs';
import type { ProjectWindows } from './project-windows';
import type { RecentProjects } from './recent-projects';

/** The project database file; a folder with one is a project. */
export const PROJECT_FILE = 'verbatim.json';

/** What the menu commands act on. */
export interface CommandContext {
  windows: ProjectWindows;
  recent: RecentProjects;
  userDataDir: string;
  /** The built-in sample project to copy on first run (see `sampleSourceDir` in main.ts). */
  sampleSource: string;
  /** How every project session of the app is set up (its check worker's bundle, its name in the lock). */
  session: SessionOptions & { label: string };
  log: (message: string) => void;
}

function isProject(dir: string): boolean {
  return existsSync(join(dir, PROJECT_FILE));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function activeWindow(ctx: CommandContext): BrowserWindow | null {
  return ctx.windows.activeSession()?.window ?? null;
}

/** Puts an opened project in a window and at the top of the recent lists (ours and the OS's). */
async function present(ctx: CommandContext, session: ProjectSession): Promise<void> {
  await ctx.windows.show(session);
  await ctx.recent.add(session.dir);
  app.addRecentDocument(session.dir);
}

/**
 * Opens the project in `dir` in a window, or focuses the window already showing it. `create` makes a
 * project of a folder without verbatim.json. On failure the user is told why and `false` is returned.
 */
export async function openProjectAt(ctx: CommandContext, dir: string, create = false): Promise<boolean> {
  const folder = resolve(dir);
  if (ctx.windows.focus(folder)) {
    await ctx.recent.add(folder);
    return true;
  }
  try {
    await present(ctx, await openProject(folder, { ...ctx.session, create }));
    return true;
  } catch (error) {
    ctx.log(`cannot open ${folder}: ${message(error)}`);
    await dialogs.showError(activeWindow(ctx), 'The project could not be opened.', `${folder}\n\n${message(error)}`);
    return false;
  }
}

/** File ▸ Open Project…: a folder picker; a folder that is not a project yet is made one after asking. */
export async function openProjectCommand(ctx: CommandContext): Promise<void> {
  const parent = activeWindow(ctx);
  const dir = await dialogs.pickProjectFolder(parent, 'open');
  if (dir === null) return;
  const exists = isProject(dir);
  if (!exists && !(await dialogs.confirmCreateProject(parent, dir))) return;
  await openProjectAt(ctx, dir, !exists);
}

/** File ▸ New Project…: a folder picker; a folder that already is a project is offered for opening. */
export async function newProjectCommand(ctx: CommandContext): Promise<void> {
  const parent = activeWindow(ctx);
  const dir = await dialogs.pickProjectFolder(parent, 'create');
  if (dir === null) return;
  if (isProject(dir)) {
    if (await dialogs.confirmOpenExisting(parent, dir)) await openProjectAt(ctx, dir);
    return;
  }
  try {
    await present(ctx, await createProject(resolve(dir), [], ctx.session));
  } catch (error) {
    ctx.log(`cannot create a project in ${dir}: ${message(error)}`);
    await dialogs.showError(parent, 'The project could not be created.', `${dir}\n\n${message(error)}`);
  }
}

/** File ▸ Open Recent ▸ <dir>: opens it, or forgets it when the project is no longer there. */
export async function openRecentCommand(ctx: CommandContext, dir: string): Promise<void> {
  if (!isProject(dir)) {
    await ctx.recent.remove(dir);
    await dialogs.showError(activeWindow(ctx), 'That project is no longer there.', `${dir} has no ${PROJECT_FILE}; it was removed from the recent projects.`);
    return;
  }
  await openProjectAt(ctx, dir);
}

/**
 * File ▸ Add Documents…: picks documents (.txt, .md, .html, .docx, .pdf) and W3C Web Annotation files,
 * adds or imports them into the active window's project, tells that window's renderer to reload, and
 * lists refused files and annotations that could not be placed, with their reasons.
 */
export async function addDocumentsCommand(ctx: CommandContext): Promise<void> {
  const active = ctx.windows.activeSession();
  if (!active) {
    await dialogs.showError(null, 'No project is open.', 'Open or create a project first, then add documents to it.');
    return;
  }
  const files = await dialogs.pickDocuments(active.window);
  if (files.length === 0) return;
  try {
    const { added, annotations, refused } = await importPaths(active.session, files);
    if (added.length > 0) ctx.windows.send(active.session, { type: 'documents-changed' });
    if (annotations.length > 0) ctx.windows.send(active.session, { type: 'project-changed' });
    const orphans = annotations.flatMap((a) => a.orphans.map((o) => ({ name: `${o.id || 'annotation'} “${o.text.slice(0, 80)}”`, reason: o.reason })));
    if (refused.length > 0 || orphans.length > 0) await dialogs.showRefused(active.window, [...refused, ...orphans], added.length);
  } catch (error) {
    ctx.log(`adding documents to ${active.session.dir} failed: ${message(error)}`);
    await dialogs.showError(active.window, 'The documents could not be added.', message(error));
  }
}

/** File ▸ Export…: asks the active window's renderer to open its export panel (format, scope, save). */
export function exportCommand(ctx: CommandContext): void {
  const active = ctx.windows.activeSession();
  if (active) ctx.windows.send(active.session, { type: 'open-export' });
}

/**
 * The project to show at start-up (or when a macOS dock click finds no window): the one named on the
 * command line (created if the folder is not a project yet: the user asked for it explicitly), else the
 * most recent one that still opens, else the built-in sample, copied into user data on first use.
 */
export async function openStartupProject(ctx: CommandContext, project: string | null): Promise<void> {
  if (project !== null && (await openProjectAt(ctx, project, !isProject(project)))) return;
  for (const dir of [...ctx.recent.projects]) {
    if (isProject(dir) && (await openProjectAt(ctx, dir))) return;
    await ctx.recent.remove(dir);
  }
  try {
    await openProjectAt(ctx, await ensureSampleProject(ctx.userDataDir, ctx.sampleSource));
  } catch (error) {
    ctx.log(`cannot prepare the sample project: ${message(error)}`);
    await dialogs.showError(null, 'The sample project could not be prepared.', message(error));
  }
}
