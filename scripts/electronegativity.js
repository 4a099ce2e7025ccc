// `npm run lint` runs this after ESLint: Electronegativity (Doyensec's checker for Electron anti-patterns)
// over main/electron, offline. It fails on any high or medium finding that main/electron/README.md does
// not justify (its "Electronegativity findings" table names the check and the file), and on any file the
// tool could not parse, since an unparsed file is an unchecked one.
//
// Offline: the tool fetches translations and Electron's release list over HTTP. Those requests must never
// leave this machine, so its HTTP client is replaced, before the tool loads, by one that fails at once
// (the tool then uses its bundled English texts and skips the release check, which needs the network).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

/** The tool's HTTP client, replaced: every request fails without a connection being attempted. */
const offline = () => Promise.reject(new Error('offline: Electronegativity runs without network access here'));
offline.head = offline;
offline.get = offline;
require.cache[createRequire(join(toolDir, 'dist', 'runner.js')).resolve('got')] = { exports: Object.assign(offline, { default: offline }) };

/** `| `CHECK_ID` | `file` | why |` rows of the README's justification table. */
function justified() {
  const readme = readFileSync(join(root, 'main', 'electron', 'README.md'), 'utf8');
  const rows = new Set();
  for (const match of readme.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|/gm)) rows.add(`${match[1]} ${match[2]}`);
  return rows;
}

async function main() {
  const run = require('@doyensec/electronegativity');
  // Quiet: the tool prints a progress bar and a table when run for a terminal; we print our own lines.
  const log = console.log;
  console.log = () => {};
  let result;
  try {
    result = await run({ input: join(root, 'main', 'electron'), isRelative: true, electronVersionOverride: '45.4.1', isVerbose: false });
  } finally {
    console.log = log;
  }
  const allowed = justified();
  const serious = result.issues.filter((i) => ['HIGH', 'MEDIUM'].includes(i.severity.name));
  const unjustified = serious.filter((i) => !allowed.has(`${i.id} ${i.file}`));
  for (const e of result.errors) console.error(`electronegativity: could not parse ${e.file}: ${e.message ?? e.error ?? 'parse error'}`);
  for (const i of unjustified) {
    console.error(`electronegativity: ${i.severity.name} ${i.id} in main/electron/${i.file}:${i.location.line}:${i.location.column} — ${i.description}`);
  }
  const justifiedCount = serious.length - unjustified.length;
  console.log(`electronegativity: ${result.issues.length} findings, ${serious.length} high or medium (${justifiedCount} justified in main/electron/README.md), ${result.errors.length} files not parsed`);
  if (unjustified.length > 0 || result.errors.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`electronegativity failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
