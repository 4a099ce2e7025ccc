import { check } from '../../shared/engine';
import type { CheckInput, ClaimInput, Progress, QuoteInput } from '../../shared/engine/types';
import type { ApiHandlers } from '../../shared/api';
import type { Report, Severity, SourceDocument } from '../../shared/model';
import type { ServiceContext } from './context';
import { sha256OfText } from '../../annotations';
import { anchorAll, readTexts } from './anchored-texts';

/**
 * `runCheck`, `startCheck`, `checkStatus`, `cancelCheck`: the whole project through the engine, in the
 * session's worker thread so every other request keeps being answered meanwhile. Quote annotations become
 * witnesses with their attribution and claims are flagged through the quotes they cite, both at their
 * position in the current text; orphaned annotations are left out (they are shown as orphans, not guessed
 * at). The worker's engine cache makes a re-check redo only documents whose text changed. `runCheck` is
 * a job that the request waits for.
 */
export function checkHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'runCheck' | 'startCheck' | 'checkStatus' | 'cancelCheck'> {
  const { jobs } = ctx;
  return {
    runCheck: ({ minSeverity }) => jobs.wait(jobs.start(() => checkInput(ctx, minSeverity), minSeverity)),
    startCheck: async ({ minSeverity }) => ({ job: jobs.start(() => checkInput(ctx, minSeverity), minSeverity) }),
    checkStatus: async ({ job }) => jobs.status(job),
    cancelCheck: async ({ job }) => ({ cancelled: jobs.cancel(job) }),
  };
}

/** Options of {@link checkProject}. */
export interface ProjectCheckOptions {
  /** Flag claims at or above this; default the project's threshold. */
  minSeverity?: Severity;
  /** Progress of the engine's stages, for a command line or a progress bar. */
  onProgress?: (p: Progress) => void;
}

/**
 * The whole project through the engine on this thread (see {@link checkHandlers}): what the command line
 * runs, where there is no other request to keep answering.
 */
export async function checkProject(ctx: ServiceContext, options: ProjectCheckOptions = {}): Promise<Report> {
  return check(await checkInput(ctx, options.minSeverity), { cache: ctx.cache, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
}

/**
 * What the engine checks: every readable document at its current text, the anchored quote and claim
 * annotations, the project's lexicon and gazetteer, and the threshold (`minSeverity`, else the project's).
 */
export async function checkInput(ctx: ServiceContext, minSeverity: Severity | undefined): Promise<CheckInput> {
  const { store } = ctx;
  const data = store.data();
  const texts = await readTexts(store, store.documents());
  const documents: SourceDocument[] = [];
  for (const record of store.documents()) {
    const text = texts.get(record.id);
    // A document whose file is unreadable cannot be checked; readTexts has logged why.
    if (text === undefined) continue;
    // The cache is keyed by sha256, so it must be the hash of the text being checked now, not the
    // one recorded when the file was added (the file may have been edited since).
    documents.push({ id: record.id, path: record.path, title: record.title, text, sha256: sha256OfText(text) });
  }
  const { quotes, claims } = engineAnnotations(ctx, texts);
  return {
    documents,
    quotes,
    claims,
    lexicon: data.lexicon,
    builtinLexicon: data.settings.builtinLexicon,
    ...(data.settings.transliteration ? { transliteration: data.settings.transliteration } : {}),
    gazetteer: data.settings.gazetteer,
    threshold: minSeverity ?? data.settings.threshold,
  };
}

/** Quote and claim annotations as the engine takes them, at their anchored positions. */
function engineAnnotations(ctx: ServiceContext, texts: ReadonlyMap<string, string>): { quotes: QuoteInput[]; claims: ClaimInput[] } {
  const quotes: QuoteInput[] = [];
  const claims: ClaimInput[] = [];
  for (const { annotation: a, anchor } of anchorAll(ctx.store.annotations(), texts)) {
    if (anchor === null) continue;
    if (a.kind === 'quote') {
      quotes.push({ id: a.id, document: a.document, ...anchor, attribution: a.body.attribution, translated: a.body.translated });
    } else if (a.kind === 'claim') {
      claims.push({ id: a.id, document: a.document, ...anchor, cites: a.body.cites });
    }
  }
  return { quotes, claims };
}
