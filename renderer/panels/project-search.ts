import type { ApiInput, ProjectMatches, TextMatch } from '../../shared/api';
import { rovingFocus, setRovingStop } from './roving-focus';

/** Callbacks of the {@link ProjectSearch}. */
export interface ProjectSearchEvents {
  /** Searches every document (the `findInProject` request). */
  search(request: ApiInput<'findInProject'>): Promise<ProjectMatches>;
  /** A result was chosen: open its document there. */
  onOpen(match: TextMatch, query: string): void;
  titleOf(document: string): string;
}

/** Matches shown of each document: enough to choose from, few enough that every document shows. */
export const MATCHES_PER_DOCUMENT = 50;
/** Matches asked for in all (the request's maximum). */
const MATCH_LIMIT = 1000;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Find across the project (`[data-testid=project-search]`, `role=search`): a query, then every match in
 * every document with some context, grouped by document; choosing one opens the document at it.
 * Ctrl/Cmd+Shift+F opens it (see App); Escape closes it.
 */
export class ProjectSearch {
  private readonly input: HTMLInputElement;
  private readonly summary: HTMLElement;
  private readonly results: HTMLOListElement;
  private generation = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: ProjectSearchEvents,
  ) {
    host.dataset['testid'] = 'project-search';
    host.setAttribute('role', 'search');
    host.setAttribute('aria-label', 'Search the project');
    host.hidden = true;
    const form = document.createElement('form');
    form.className = 'project-search-form';
    this.input = Object.assign(document.createElement('input'), { type: 'search', id: 'project-search-input', placeholder: 'Search every document' });
    this.input.setAttribute('aria-label', 'Search every document');
    const go = Object.assign(document.createElement('button'), { type: 'submit', className: 'secondary-button', textContent: 'Search' });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'icon-button', textContent: '×', title: 'Close the search' });
    close.setAttribute('aria-label', 'Close the search');
    close.addEventListener('click', () => this.close());
    form.append(this.input, go, close);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.summary = Object.assign(document.createElement('p'), { className: 'project-search-summary' });
    this.summary.setAttribute('role', 'status');
    this.results = Object.assign(document.createElement('ol'), { className: 'project-search-results' });
    rovingFocus(this.results, 'button');
    host.append(form, this.summary, this.results);
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
  }

  /** Whether the search is showing. */
  get isOpen(): boolean {
    return !this.host.hidden;
  }

  /** Shows the search and focuses its field. */
  open(): void {
    this.host.hidden = false;
    this.input.focus();
    this.input.select();
  }

  close(): void {
    this.host.hidden = true;
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    if (!query) return;
    const generation = ++this.generation;
    this.summary.textContent = 'Searching…';
    let found: ProjectMatches;
    try {
      found = await this.events.search({ query, limit: MATCH_LIMIT, perDocument: MATCHES_PER_DOCUMENT });
    } catch (error) {
      this.summary.textContent = `The search failed: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    if (generation !== this.generation) return;
    const counts = found.documents ?? countByDocument(found.matches);
    const shown = found.matches.length;
    this.summary.textContent =
      found.total === 0
        ? `No match for “${query}”.`
        : `${plural(found.total, 'match', 'matches')} in ${plural(counts.length, 'document', 'documents')}${found.total > shown ? ` (${shown} shown, the first ${MATCHES_PER_DOCUMENT} of each document)` : ''}.`;
    this.results.replaceChildren(...counts.map(({ document: id, total }) => this.group(id, total, found.matches.filter((m) => m.document === id), query)));
    setRovingStop(this.results, 'button');
  }

  /** One document's matches under a heading that counts all of them. */
  private group(id: string, total: number, matches: readonly TextMatch[], query: string): HTMLLIElement {
    const li = Object.assign(document.createElement('li'), { className: 'search-group' });
    const title = this.events.titleOf(id);
    const heading = Object.assign(document.createElement('p'), { className: 'search-group-title' });
    heading.textContent = `${title} — ${plural(total, 'match', 'matches')}${total > matches.length ? ` (first ${matches.length} shown)` : ''}`;
    const list = Object.assign(document.createElement('ol'), { className: 'project-search-results' });
    list.setAttribute('aria-label', title);
    list.append(
      ...matches.map((m) => {
        const item = document.createElement('li');
        const b = Object.assign(document.createElement('button'), { type: 'button', className: 'search-result' });
        const name = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${title}: ` });
        const context = Object.assign(document.createElement('span'), { className: 'search-result-context' });
        const flat = (s: string): string => s.replace(/\s+/g, ' ');
        context.append(`…${flat(m.before)}`, Object.assign(document.createElement('mark'), { textContent: flat(m.match) }), `${flat(m.after)}…`);
        b.append(name, context);
        b.addEventListener('click', () => this.events.onOpen(m, query));
        item.append(b);
        return item;
      }),
    );
    li.append(heading, list);
    return li;
  }
}

/** Matches per document, for an answer without `documents` (counts only what was answered). */
function countByDocument(matches: readonly TextMatch[]): { document: string; total: number }[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.document, (counts.get(m.document) ?? 0) + 1);
  return [...counts].map(([document, total]) => ({ document, total }));
}
