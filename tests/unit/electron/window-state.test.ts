import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE, MAX_REMEMBERED_WINDOWS, MIN_WINDOW_SIZE, fitToDisplays, fromStateJSON, rememberWindow, toStateJSON,
  type Rect, type WindowState,
} from '../../../main/electron/window-state';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };
const state: WindowState = { x: 100, y: 120, width: 1000, height: 700, maximized: false };

describe('fromStateJSON', () => {
  it('reads what toStateJSON wrote', () => {
    const states = new Map([['/p/a', state], ['/p/b', { ...state, maximized: true }]]);
    expect(fromStateJSON(JSON.parse(JSON.stringify(toStateJSON(states))))).toEqual(states);
  });

  it('drops each bad entry on its own and keeps the good ones', () => {
    const json = {
      version: 1,
      projects: {
        '/p/good': state,
        '/p/negative-size': { ...state, width: -5 },
        '/p/text': { ...state, x: '100' },
        '/p/fraction': { ...state, y: 1.5 },
        '/p/null': null,
      },
    };
    expect([...fromStateJSON(json).keys()]).toEqual(['/p/good']);
  });

  it('defaults a missing maximized flag to false', () => {
    const { maximized: _maximized, ...withoutFlag } = state;
    expect(fromStateJSON({ version: 1, projects: { '/p': withoutFlag } }).get('/p')?.maximized).toBe(false);
  });

  it.each([
    ['null', null],
    ['an array', [state]],
    ['another version', { version: 2, projects: { '/p': state } }],
    ['a string', 'window-state'],
  ])('treats %s as nothing remembered', (_name, json) => {
    expect(fromStateJSON(json).size).toBe(0);
  });
});

describe('rememberWindow', () => {
  it('moves an updated project to the newest place', () => {
    let states = rememberWindow(new Map(), '/p/a', state);
    states = rememberWindow(states, '/p/b', state);
    states = rememberWindow(states, '/p/a', { ...state, x: 5 });
    expect([...states.keys()]).toEqual(['/p/b', '/p/a']);
    expect(states.get('/p/a')?.x).toBe(5);
  });

  it('forgets the oldest project beyond the cap', () => {
    let states = new Map<string, WindowState>();
    for (let i = 0; i <= MAX_REMEMBERED_WINDOWS; i++) states = rememberWindow(states, `/p/${i}`, state);
    expect(states.size).toBe(MAX_REMEMBERED_WINDOWS);
    expect(states.has('/p/0')).toBe(false);
    expect(states.has(`/p/${MAX_REMEMBERED_WINDOWS}`)).toBe(true);
  });

  it('does not change the map it was given', () => {
    const before = new Map([['/p/a', state]]);
    rememberWindow(before, '/p/b', state);
    expect(before.size).toBe(1);
  });
});

describe('fitToDisplays', () => {
  it('opens the first window at the default size, centred on the primary display', () => {
    const bounds = fitToDisplays(null, [laptop], laptop);
    expect(bounds).toEqual({
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      x: Math.round((laptop.width - DEFAULT_WINDOW_SIZE.width) / 2),
      y: Math.round(laptop.y + (laptop.height - DEFAULT_WINDOW_SIZE.height) / 2),
    });
  });

  it('keeps a visible window exactly where it was', () => {
    expect(fitToDisplays(state, [laptop, monitorRight], laptop)).toEqual({ x: 100, y: 120, width: 1000, height: 700 });
  });

  it('keeps a window on a second monitor that is still attached', () => {
    const onMonitor = { ...state, x: 2000, y: 300 };
    expect(fitToDisplays(onMonitor, [laptop, monitorRight], laptop)).toMatchObject({ x: 2000, y: 300 });
  });

  it('recentres on the primary display a window whose monitor was unplugged', () => {
    const bounds = fitToDisplays({ ...state, x: 2000, y: 300 }, [laptop], laptop);
    expect(bounds).toEqual({
      width: 1000,
      height: 700,
      x: Math.round((laptop.width - 1000) / 2),
      y: Math.round(laptop.y + (laptop.height - 700) / 2),
    });
  });

  it('recentres a window with only a sliver left on screen', () => {
    // 20 px of a 1000 px window left on screen: too little to grab.
    const bounds = fitToDisplays({ ...state, x: laptop.width - 20 }, [laptop], laptop);
    expect(bounds.x).toBe(Math.round((laptop.width - 1000) / 2));
  });

  it('pushes a partly off-screen window back inside the display it mostly covers', () => {
    const bounds = fitToDisplays({ ...state, x: -300, y: 600 }, [laptop], laptop);
    expect(bounds).toEqual({ x: 0, y: laptop.y + laptop.height - 700, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display to fit it', () => {
    const bounds = fitToDisplays({ ...state, x: 0, y: 25, width: 3000, height: 2000 }, [laptop], laptop);
    expect(bounds).toEqual({ ...laptop });
  });

  it('grows a window below the minimum size when the display has room', () => {
    const bounds = fitToDisplays({ ...state, width: 200, height: 100 }, [laptop], laptop);
    expect(bounds.width).toBe(MIN_WINDOW_SIZE.width);
    expect(bounds.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('falls back to the primary work area when no displays are reported', () => {
    expect(fitToDisplays(state, [], laptop)).toEqual({ x: 100, y: 120, width: 1000, height: 700 });
  });
});
