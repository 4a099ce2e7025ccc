import { check } from '../../shared/engine';
import type { ClaimInput, Progress, QuoteInput } from '../../shared/engine/types';
import type { ApiHandlers } from '../../shared/api';
import type { Report, Severity, SourceDocument } from '../../shared/model';
import type { ServiceContext } from './context';
import { sha256OfText } from '../../annotations';
import { anchorAll, readTexts } from './anchored-texts';

/**
 * `runCheck`: the whole project through the engine. Quote annotations become witnesses with their
 * attribution and claims are flagged through the quotes they cite, both at their position in the current
 * text; orphaned annotations are left out (they are shown as orphans, not guessed at). The session's
 * `EngineCache` makes a re-check redo only documents whose text changed.
 */
export function checkHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'runCheck'> {
  return { runCheck: ({ minSeverity }) => checkProject(ctx, { minSeverity }) };
}

/** Options of {@link checkProject}. */
export interface ProjectCheckOptions {
  /** Flag claims at or above this; default the project's threshold. */
  minSeverity?: Severity;
  /** Progress of the engine's stages, for a command line or a progress bar. */
  onProgress?: (p: Progress) => void;
}

/** The whole project through the engine (see {@link checkHandlers}); what `runCheck` and the CLI run. */
export async function checkProject(ctx: ServiceContext, options: ProjectCheckOptions = {}): Promise<Report> {
  const { store, cache } = ctx;
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
  return check(
    {
      documents,
      quotes,
      claims,
      lexicon: data.lexicon,
      gazetteer: data.settings.gazetteer,
      threshold: options.minSeverity ?? data.settings.threshold,
    },
    { cache, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
  );
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
