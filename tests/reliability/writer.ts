// A writer process for the crash test: opens the project in the folder given, creates note annotations
// in small concurrent batches and prints `ack <id>` on stdout for each one the moment it is acknowledged
// (on disk). Stdout is a pipe, which Node writes synchronously on POSIX, so an ack printed is an ack the
// parent has, even when it kills this process a moment later. Runs until killed, or for `--count` writes.
import { openProject } from '../../main/services';

const [dir, ...rest] = process.argv.slice(2);
const countAt = rest.indexOf('--count');
const count = countAt === -1 ? Infinity : Number(rest[countAt + 1]);
if (!dir) {
  process.stderr.write('usage: writer.ts <project folder> [--count n]\n');
  process.exit(2);
}

const session = await openProject(dir, { label: 'crash-test writer' });
if (session.store.readOnly) {
  process.stderr.write(`writer: the project opened read-only: ${session.store.warnings.join('; ')}\n`);
  process.exit(3);
}
const document = session.store.documents()[0]?.id;
if (document === undefined) throw new Error('the crash test needs a project with a document');
process.stdout.write('ready\n');
const BATCH = 4;
for (let written = 0; written < count; written += BATCH) {
  await Promise.all(
    Array.from({ length: BATCH }, async (_, i) => {
      const created = await session.handlers.createAnnotation({ kind: 'note', document, start: i, end: i + 5, body: { text: `write ${written + i}`, status: 'open' } });
      process.stdout.write(`ack ${created.id}\n`);
    }),
  );
}
await session.close();
process.stdout.write('done\n');
