// Regenerates main/sample/verbatim.json from the documents and sample-spec.ts:
//   npx tsx main/sample/generate.ts
// Run it after editing a sample document or annotation; tests/unit/services/sample-project.test.ts fails
// when the committed file is out of date.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toProjectJSON } from '../../annotations';
import { buildSampleProject } from './build-sample';

const dir = dirname(fileURLToPath(import.meta.url));
const data = await buildSampleProject(dir);
await writeFile(join(dir, 'verbatim.json'), toProjectJSON(data));
process.stdout.write(`wrote ${join(dir, 'verbatim.json')}: ${data.documents.length} documents, ${data.annotations.length} annotations\n`);
