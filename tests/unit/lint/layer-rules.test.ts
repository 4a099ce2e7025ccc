import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids ESLint reports for `code` as if it were the file `file` (which need not exist). */
async function rulesFired(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the layer rules judge resolved paths, not import strings', () => {
  it.each([
    ['shared/probe.ts', "import '../annotations';"],
    ['shared/probe.ts', "import '../main/services';"],
    ['shared/engine/probe.ts', "import '../model/../../renderer/kinds';"],
    ['renderer/probe.ts', "import '../annotations';"],
    ['renderer/panels/probe.ts', "import '../../main/services';"],
    ['annotations/probe.ts', "import '../main/services';"],
    ['main/services/probe.ts', "import '../web';"],
    ['main/services/probe.ts', "import '../electron/args';"],
    ['main/web/probe.ts', "import '../electron/args';"],
    ['main/electron/probe.ts', "import '../web';"],
    ['main/electron/probe.ts', "import '../web/http-util';"],
    ['bin/cli/probe.ts', "import '../../main/web';"],
  ])('%s may not `%s`', async (file, code) => {
    expect(await rulesFired(file, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['shared/probe.ts', "import './model';"],
    ['renderer/probe.ts', "import '../shared/api';"],
    ['main/web/probe.ts', "import '../services';"],
    ['main/electron/probe.ts', "import '../services';"],
    ['bin/cli/probe.ts', "import '../../main/services';"],
    ['annotations/probe.ts', "import '../shared/model';"],
  ])('%s may `%s`', async (file, code) => {
    expect(await rulesFired(file, code)).not.toContain('import-x/no-restricted-paths');
  });

  it('the module-name rules still keep Node and Electron out of shared/ and renderer/', async () => {
    expect(await rulesFired('shared/probe.ts', "import 'node:fs';")).toContain('no-restricted-imports');
    expect(await rulesFired('renderer/probe.ts', "import 'electron';")).toContain('no-restricted-imports');
    expect(await rulesFired('main/web/probe.ts', "import 'electron';")).toContain('no-restricted-imports');
  });
});
