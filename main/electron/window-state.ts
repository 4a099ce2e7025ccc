import { z } from 'zod';

/** A rectangle in screen coordinates (device-independent pixels), as Electron reports bounds and work areas. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where and how large a project's window was when it last moved or closed. */
export const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

/** The file in userData: one entry per project folder. Entries are validated one by one (see below). */
const WindowStateFile = z.object({
  version: z.literal(1),
  projects: z.record(z.string(), z.unknown()),
});

/** All remembered windows, keyed by absolute project folder, oldest first. */
export type WindowStates = Map<string, WindowState>;

/** How many projects' windows are remembered; the oldest is forgotten first, so the file stays small. */
export const MAX_REMEMBERED_WINDOWS = 50;
/** The size a project's first window opens at (shrunk to fit small screens). */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
/** The smallest window the editor's three panes still fit in; also the window's `minWidth`/`minHeight`. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/**
 * How much of a window must lie on some display for it to count as visible: enough of the title bar to
 * grab it. Less than this (a monitor was unplugged, the resolution dropped) and the window is recentred.
 */
export const MIN_VISIBLE = { width: 120, height: 40 } as const;

/**
 * Reads the state file's parsed JSON. A file of the wrong shape yields an empty map and each bad entry is
 * dropped on its own, so one corrupt record costs one window its position, never the app its start-up.
 */
export function fromStateJSON(json: unknown): WindowStates {
  const states: WindowStates = new Map();
  const file = WindowStateFile.safeParse(json);
  if (!file.success) return states;
  for (const [dir, entry] of Object.entries(file.data.projects)) {
    const state = WindowState.safeParse(entry);
    if (state.success) states.set(dir, state.data);
  }
  return states;
}

/** The JSON written to the state file. */
export function toStateJSON(states: WindowStates): { version: 1; projects: Record<string, WindowState> } {
  return { version: 1, projects: Object.fromEntries(states) };
}

/** Records a project's window, moving it to the newest place and forgetting the oldest beyond the cap. */
export function rememberWindow(states: WindowStates, dir: string, state: WindowState): WindowStates {
  const next: WindowStates = new Map(states);
  next.delete(dir);
  next.set(dir, state);
  for (const oldest of next.keys()) {
    if (next.size <= MAX_REMEMBERED_WINDOWS) break;
    next.delete(oldest);
  }
  return next;
}

/** Area shared by two rectangles, or 0 when they do not overlap. */
export function intersectionArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function isVisibleOn(bounds: Rect, area: Rect): boolean {
  const w = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
  const h = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
  return w >= Math.min(MIN_VISIBLE.width, bounds.width) && h >= Math.min(MIN_VISIBLE.height, bounds.height);
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** A size no larger than `area` and, room permitting, no smaller than the minimum window. */
function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  };
}

function centredIn(area: Rect, width: number, height: number): Rect {
  const size = fitSize(width, height, area);
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Where to open a window, given what was saved (or `null` the first time) and the displays' work areas
 * (`primary` is among `workAreas` or stands in when the list is empty).
 *
 * A saved window that is still visible keeps its place on the display it mostly covers, shrunk to fit that
 * display and pushed inside it; one that is no longer visible (its monitor is gone) is recentred on the
 * primary display at its saved size. The first window opens at the default size, centred.
 */
export function fitToDisplays(saved: Rect | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (saved === null) return centredIn(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height);
  const areas = workAreas.length > 0 ? workAreas : [primary];
  const visible = areas.filter((area) => isVisibleOn(saved, area));
  if (visible.length === 0) return centredIn(primary, saved.width, saved.height);
  let home = visible[0] as Rect;
  for (const area of visible) if (intersectionArea(saved, area) > intersectionArea(saved, home)) home = area;
  const size = fitSize(saved.width, saved.height, home);
  return {
    x: clamp(saved.x, home.x, home.x + home.width - size.width),
    y: clamp(saved.y, home.y, home.y + home.height - size.height),
    ...size,
  };
}
