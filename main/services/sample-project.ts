import { access, copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFile, toProjectJSON } from '../../annotations';
import { ProjectData } from '../../shared/model';

/** The folder name of the user's copy of the sample project inside the user data folder. */
export const SAMPLE_PROJECT_NAME = 'Sample Project';

/**
 * The built-in sample project in the source tree (`main/sample`). Bundles that lose `import.meta.url`
 * (a CommonJS build) fall back to `main/sample` under the working directory; such callers should pass
 * their own source to `ensureSampleProject`.
 */
export function sampleProjectSource(): string {
  const url: unknown = import.meta.url;
  if (typeof url === 'string' && url.startsWith('file:')) return resolve(dirname(fileURLToPath(url)), '..', 'sample');
  return resolve('main', 'sample');
}

/**
 * Makes sure `<userDataDir>/Sample Project` exists and returns its absolute path. On first use it copies the
 * sample's `verbatim.json` and the documents it lists from `source`; an existing copy is never touched (it
 * is the user's, with their annotations). The copy is assembled in a temporary folder and renamed into
 * place, so an interrupted first run leaves no half project. Each document's sha256 and length are
 * recomputed from the copied file, so a checkout that changed line endings still yields a consistent project.
 * Throws when `source` holds no valid sample.
 */
export async function ensureSampleProject(userDataDir: string, source: string = sampleProjectSource()): Promise<string> {
  const target = resolve(userDataDir, SAMPLE_PROJECT_NAME);
  if (await exists(target)) return target;
  await mkdir(resolve(userDataDir), { recursive: true });
  const data = ProjectData.parse(JSON.parse(await readFile(join(source, 'verbatim.json'), 'utf8')));
  const staging = await mkdtemp(join(resolve(userDataDir), '.sample-'));
  try {
    const documents = [];
    for (const record of data.documents) {
      const to = join(staging, ...record.path.split('/'));
      await mkdir(dirname(to), { recursive: true });
      await copyFile(join(source, ...record.path.split('/')), to);
      documents.push({ ...record, ...fingerprint(record.path, await readFile(to)) });
    }
    await writeFile(join(staging, 'verbatim.json'), toProjectJSON({ ...data, documents }));
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    // Another process (a second window) may have finished the same first run a moment earlier.
    if (await exists(join(target, 'verbatim.json'))) return target;
    throw error;
  }
  return target;
}

/**
 * A document's `sha256` and `length` as the store records them: over the decoded text (UTF-8, BOM
 * removed), length in JS string units. Throws `DocumentRefusedError` for a file the store would refuse.
 */
export function fingerprint(name: string, bytes: Uint8Array): { sha256: string; length: number } {
  // The store's own ingest, so the sample is held to every rule an added document is.
  const { text, sha256 } = ingestFile(name, bytes);
  return { sha256, length: text.length };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
