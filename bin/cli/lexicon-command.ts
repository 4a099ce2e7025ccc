import { resolve } from 'node:path';
import type { ApiMethod, LexiconView } from '../../shared/api';
import type { LexiconEntry } from '../../shared/model';
import { openProject, type ProjectSession } from '../../main/services';
import { EXIT, UsageError, type CliIo } from './io';
import { assertReadable } from './readable-project';

/** What `verbatim lexicon` was asked to do. */
export type LexiconAction =
  | { kind: 'list'; json: boolean }
  | { kind: 'add'; variants: string[]; note?: string }
  | { kind: 'remove'; index: number }
  | { kind: 'builtin'; on: boolean }
  | { kind: 'schemes'; ids: string[] | 'all' };

/**
 * `verbatim lexicon <folder> [list | add <variant>... [--note text] | remove <n> | builtin on|off |
 * schemes all|<id,id>]`: shows and edits the spelling knowledge a check applies, through the same
 * requests the app uses (so the same limits and checks hold). Listing only reads the project.
 */
export async function runLexiconCommand(folder: string, action: LexiconAction, io: CliIo): Promise<number> {
  const writing = action.kind !== 'list';
  const session = await openProject(resolve(io.cwd, folder), writing ? { label: 'verbatim lexicon' } : { access: 'read' }).catch((error: unknown) => {
    throw new UsageError(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    assertReadable(session, folder);
    if (writing && session.store.readOnly) throw new UsageError(`${folder}: ${session.store.warnings[0] ?? 'the project is read-only'}`);
    const view = await apply(session, action);
    if (action.kind === 'list' && action.json) io.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
    else io.stdout.write(formatLexicon(view));
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

/** Sends one request through the session's dispatch (validation included); a refusal is a usage error. */
async function request<T>(session: ProjectSession, method: ApiMethod, payload: unknown): Promise<T> {
  const result = await session.dispatch(method, payload);
  if (!result.ok) throw new UsageError(result.error.message);
  return result.value as T;
}

async function apply(session: ProjectSession, action: LexiconAction): Promise<LexiconView> {
  const current = await request<LexiconView>(session, 'lexicon', {});
  switch (action.kind) {
    case 'list':
      return current;
    case 'add': {
      const entry: LexiconEntry = action.note ? { variants: action.variants, note: action.note } : { variants: action.variants };
      return request(session, 'setLexicon', { entries: [...current.entries, entry] });
    }
    case 'remove': {
      if (action.index < 1 || action.index > current.entries.length) throw new UsageError(`there is no entry ${action.index} (the project has ${current.entries.length})`);
      return request(session, 'setLexicon', { entries: current.entries.filter((_, i) => i !== action.index - 1) });
    }
    case 'builtin':
      await request(session, 'updateSettings', { builtinLexicon: action.on });
      return request(session, 'lexicon', {});
    case 'schemes':
      await request(session, 'updateSettings', { transliteration: action.ids === 'all' ? current.schemes.map((s) => s.id) : action.ids });
      return request(session, 'lexicon', {});
  }
}

/** The readable listing: the project's entries numbered, then what is shipped and whether it applies. */
export function formatLexicon(view: LexiconView): string {
  const lines: string[] = [];
  lines.push(view.entries.length === 0 ? 'Project entries: none' : 'Project entries:');
  view.entries.forEach((e, i) => lines.push(`  ${i + 1}. ${e.variants.join(' = ')}${e.note ? `  (${e.note})` : ''}`));
  lines.push(`Shipped entries: ${view.builtin.length}, ${view.builtinLexicon ? 'applied' : 'not applied'} (verbatim lexicon <folder> builtin ${view.builtinLexicon ? 'off' : 'on'})`);
  lines.push('Transliteration schemes:');
  for (const s of view.schemes) lines.push(`  [${s.enabled ? 'x' : ' '}] ${s.id}: ${s.name}`);
  return `${lines.join('\n')}\n`;
}

/** Parses the words after `verbatim lexicon <folder>`. */
export function parseLexiconAction(words: readonly string[], options: { note?: string; json?: boolean }): LexiconAction {
  const [verb = 'list', ...rest] = words;
  switch (verb) {
    case 'list':
      return { kind: 'list', json: options.json ?? false };
    case 'add':
      if (rest.length < 2) throw new UsageError('lexicon add needs at least two spellings: verbatim lexicon <folder> add <variant> <variant>... [--note text]');
      return options.note ? { kind: 'add', variants: rest, note: options.note } : { kind: 'add', variants: rest };
    case 'remove': {
      const n = Number(rest[0]);
      if (rest.length !== 1 || !Number.isInteger(n)) throw new UsageError('lexicon remove needs an entry number: verbatim lexicon <folder> remove <n>');
      return { kind: 'remove', index: n };
    }
    case 'builtin':
      if (rest[0] !== 'on' && rest[0] !== 'off') throw new UsageError('lexicon builtin needs on or off');
      return { kind: 'builtin', on: rest[0] === 'on' };
    case 'schemes':
      if (rest.length !== 1) throw new UsageError('lexicon schemes needs "all", "none" or a comma-separated list of scheme ids');
      return { kind: 'schemes', ids: rest[0] === 'all' ? 'all' : rest[0] === 'none' ? [] : (rest[0] as string).split(',').filter((s) => s.length > 0) };
    default:
      throw new UsageError(`unknown lexicon action "${verb}" (list, add, remove, builtin, schemes)`);
  }
}
