import type { ApiInput, ApiOutput, Result, VerbatimApi } from '../../shared/api';
import { routeOf } from '../controllers/view-router';
import { accessToken, post } from './http';

/** The requests of the first view (see App.start), sent before the window's code has run. */
type EarlyMethod = 'projectInfo' | 'firstView';

interface Sent {
  input: string;
  answer: Promise<Result<unknown>>;
}

const sent = new Map<EarlyMethod, Sent>();

function send<M extends EarlyMethod>(method: M, input: ApiInput<M>, api: VerbatimApi | undefined, token: string | null): void {
  const answer = api ? (api[method] as (i: ApiInput<M>) => Promise<Result<ApiOutput<M>>>)(input) : post(method, token, input);
  sent.set(method, { input: JSON.stringify(input), answer });
}

// The entry's first import, so this runs before the modules that make up the window are evaluated (the
// contract's schemas, ProseMirror, the panels): the host reads the project meanwhile. Without a token in
// browser mode nothing is sent; the window explains what is missing.
{
  const api = window.verbatim;
  const token = api ? null : accessToken();
  if (api || token) {
    const named = routeOf(window.location.hash);
    const wanted = named.view === 'document' ? named.document : undefined;
    send('projectInfo', {}, api, token);
    send('firstView', wanted ? { document: wanted } : {}, api, token);
  }
}

/**
 * `api`, except that the first `projectInfo` and `firstView` asked with the very input sent early take the
 * answer already on its way; every later call is a request of its own.
 */
export function withEarlyAnswers(api: VerbatimApi): VerbatimApi {
  const take = <M extends EarlyMethod>(method: M, input: ApiInput<M>): Promise<Result<ApiOutput<M>>> => {
    const early = sent.get(method);
    sent.delete(method);
    // The same request, already made: its answer is that method's Result.
    if (early && early.input === JSON.stringify(input)) return early.answer as Promise<Result<ApiOutput<M>>>;
    return (api[method] as (i: ApiInput<M>) => Promise<Result<ApiOutput<M>>>)(input);
  };
  return { ...api, projectInfo: (input) => take('projectInfo', input), firstView: (input) => take('firstView', input) };
}
