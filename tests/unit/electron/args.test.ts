import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../../main/electron/args';

const cwd = resolve('/home/user/work');

describe('parseLaunchArgs', () => {
  it.each([
    ['no flag at all', ['/opt/electron', '.'], null],
    ['--project after the app folder (electron . --project x)', ['/opt/electron', '.', '--project', '/p/a'], '/p/a'],
    ['--project in a packaged app (no app folder)', ['/opt/Verbatim', '--project', '/p/b'], '/p/b'],
    ['--project=<dir>', ['/opt/Verbatim', '--project=/p/c'], '/p/c'],
    ['a relative folder, resolved against cwd', ['/opt/Verbatim', '--project', 'sources'], resolve(cwd, 'sources')],
    ['Chromium switches around it', ['/opt/Verbatim', '--no-sandbox', '--project', '/p/d', '--enable-logging'], '/p/d'],
    ['--project with no value', ['/opt/Verbatim', '--project'], null],
    ['--project followed by another flag', ['/opt/Verbatim', '--project', '--inspect'], null],
    ['the last --project wins', ['/opt/Verbatim', '--project', '/p/1', '--project', '/p/2'], '/p/2'],
  ])('reads %s', (_name, argv, expected) => {
    expect(parseLaunchArgs(argv, cwd).project).toBe(expected === null ? null : resolve(expected));
  });
});
