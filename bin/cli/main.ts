// Commands are imported when they run: `verbatim --help` or a usage error must not load the engine, the
// store and the document readers (issue 10: start-up within a few times `node -e 0`).
import { parseArgs } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { describeCause, setLogSink } from '../../main/services/logger';
import { SEVERITIES, type Severity } from '../../shared/model/severity';
import { SCOPES, type Scope } from './scope';
import { EXIT, UsageError, type CliIo } from './io';

export const USAGE = `Usage: verbatim <command> [options]

Commands:
  check <project folder | files...> [--json] [--min-severity info|minor|major|critical]
        [--scope press|quotes|all]
        Find quotes the documents share, align them and report how they differ: press quotes
        (credited to an outlet, agency or by-lined author) first, then other quoted material;
        --scope press for press quotes only, --scope all for a document's repeats of its own
        wording too.
        Exit code 0 when no discrepancy in scope reaches the threshold (default major), 1 when
        some do, 2 on bad usage or unreadable input. --json prints every cluster, press first,
        unless --scope is given.
  init <folder> [files...]       Create a project (verbatim.json) and add documents to it.
  add <folder> <files...>        Add documents (.txt, .md, .html, .docx, .pdf) to a project.
  suggest <folder> [--accept]    List detected quote candidates; with --accept, store them as
                                 quote annotations with their attribution.
  export <folder> --format html|pdf|markdown|jsonld|tei|csv [--out path|-] [--document id]
        Write an annotated edition (HTML, PDF), Markdown with footnotes, W3C Web Annotation
        JSON-LD, TEI P5 with the apparatus, or a CSV of the discrepancies.
  import <folder> <files...>     Import W3C Web Annotation JSON-LD (.jsonld, .json) and add
                                 documents (.txt, .md, .html, .docx, .pdf). Exit 1 when some
                                 annotations could not be placed (they are listed).
  merge <base> <ours> <theirs>   Three-way merge of verbatim.json by record id, as a git merge
                                 driver (writes the result to <ours>; exit 1 on a true conflict,
                                 which is kept as both versions and reported).
  lexicon <folder> [list [--json] | add <variant> <variant>... [--note text] | remove <n>
          | builtin on|off | schemes all|none|<id,id>]
                                 Show or edit the spellings a check treats as one word: the
                                 project's entries, the shipped ones, the transliteration schemes.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
`;

/** Runs the command line and resolves to the exit code; never throws for user errors. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // The services log causes with their stacks; on a command line that is the user's terminal, so one line each.
  const previous = setLogSink((line) => io.stderr.write(io.env.VERBATIM_DEBUG ? line : `${line.split('\n')[0]}\n`));
  try {
    return await dispatchCommand(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`verbatim: ${error.message}\n`);
      return EXIT.usage;
    }
    // Node's parseArgs reports unknown flags with a TypeError carrying a code; they are usage errors too.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`verbatim: ${describeParseError(error.message)}\nRun verbatim --help for the commands and their options.\n`);
      return EXIT.usage;
    }
    // No stack for the user: one line, and the whole cause with VERBATIM_DEBUG=1 for a bug report.
    const detail = io.env.VERBATIM_DEBUG ? `\n${describeCause(error)}` : ' (run with VERBATIM_DEBUG=1 for the details)';
    io.stderr.write(`verbatim: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    return EXIT.usage;
  } finally {
    setLogSink(previous);
  }
}

async function dispatchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout.write(`${await version()}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case 'check': {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, 'min-severity': { type: 'string' }, scope: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) return help(io);
      const minSeverity = parseSeverity(values['min-severity']);
      const { runCheckCommand } = await import('./check-command');
      return runCheckCommand({ inputs: positionals, json: values.json ?? false, minSeverity, scope: parseScope(values.scope) }, io);
    }
    case 'init': {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
      if (values.help) return help(io);
      const [folder, ...files] = positionals;
      if (!folder) throw new UsageError('init needs a folder: verbatim init <folder> [files...]');
      const { runInitCommand } = await import('./project-commands');
      return runInitCommand(folder, files, io);
    }
    case 'add': {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
      if (values.help) return help(io);
      const [folder, ...files] = positionals;
      if (!folder || files.length === 0) throw new UsageError('add needs a project folder and files: verbatim add <folder> <files...>');
      const { runAddCommand } = await import('./project-commands');
      return runAddCommand(folder, files, io);
    }
    case 'suggest': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { accept: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) return help(io);
      const [folder, ...extra] = positionals;
      if (!folder || extra.length > 0) throw new UsageError('suggest needs exactly one project folder: verbatim suggest <folder> [--accept]');
      const { runSuggestCommand } = await import('./suggest-command');
      return runSuggestCommand(folder, { accept: values.accept ?? false, json: values.json ?? false }, io);
    }
    case 'export': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, document: { type: 'string', short: 'd' }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) return help(io);
      const [folder, ...extra] = positionals;
      if (!folder || extra.length > 0) throw new UsageError('export needs one project folder: verbatim export <folder> --format F [--out path] [--document id]');
      const { runExportCommand } = await import('./export-command');
      return runExportCommand({ project: folder, format: values.format, out: values.out, document: values.document }, io);
    }
    case 'import': {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
      if (values.help) return help(io);
      const [folder, ...files] = positionals;
      if (!folder || files.length === 0) throw new UsageError('import needs a project folder and files: verbatim import <folder> <files...>');
      const { runImportCommand } = await import('./import-command');
      return runImportCommand(folder, files, io);
    }
    case 'merge': {
      const { positionals, values } = parseArgs({ args: [...rest], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
      if (values.help) return help(io);
      const [base, ours, theirs, ...extra] = positionals;
      if (!base || !ours || !theirs || extra.length > 0) throw new UsageError('merge needs three files: verbatim merge <base> <ours> <theirs> (git passes %O %A %B)');
      const { runMergeCommand } = await import('./merge-command');
      return runMergeCommand({ base, ours, theirs }, io);
    }
    case 'lexicon': {
      const { positionals, values } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { note: { type: 'string' }, json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      });
      if (values.help) return help(io);
      const [folder, ...words] = positionals;
      if (!folder) throw new UsageError('lexicon needs a project folder: verbatim lexicon <folder> [action]');
      const { parseLexiconAction, runLexiconCommand } = await import('./lexicon-command');
      return runLexiconCommand(folder, parseLexiconAction(words, { note: values.note, json: values.json }), io);
    }
    default:
      throw new UsageError(`unknown command "${command}"${suggestion(command, COMMANDS)}\nRun verbatim --help for the commands and their options.`);
  }
}

/** Every command and option name, for "did you mean" on a typo. */
const COMMANDS = ['check', 'init', 'add', 'suggest', 'export', 'import', 'merge', 'lexicon'] as const;
const OPTIONS = ['--json', '--min-severity', '--scope', '--help', '--accept', '--format', '--out', '--document', '--note', '--version'] as const;

/** ` (did you mean X?)` when one known name is within two edits of `typed`, else nothing. */
function suggestion(typed: string, known: readonly string[]): string {
  const close = known.filter((k) => distance(k, typed) <= 2);
  return close.length === 1 ? ` (did you mean ${close[0] as string}?)` : '';
}

/** Node's parseArgs message in a user's words: the unknown option named, with a suggestion. */
function describeParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/u.exec(message)?.[1];
  if (unknown !== undefined) return `unknown option ${unknown}${suggestion(unknown, OPTIONS)}`;
  return message;
}

function help(io: CliIo): number {
  io.stdout.write(USAGE);
  return EXIT.ok;
}

function parseSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if ((SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  throw new UsageError(`--min-severity must be one of ${SEVERITIES.join(', ')} (got "${value}")`);
}

function parseScope(value: string | undefined): Scope | undefined {
  if (value === undefined) return undefined;
  if ((SCOPES as readonly string[]).includes(value)) return value as Scope;
  throw new UsageError(`--scope must be one of ${SCOPES.join(', ')} (got "${value}")`);
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
