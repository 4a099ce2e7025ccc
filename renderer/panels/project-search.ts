import type { ProjectMatches, TextMatch } from '../../shared/api';
import { rovingFocus, setRovingStop } from './roving-focus';

/** Callbacks of the {@link ProjectSearch}. */
export interface ProjectSearchEvents {
  /** Searches every document (the `findInProject` request). */
  search(query: string): Promise<ProjectMatches>;
  /** A result was chosen: open its document there. */
  onOpen(match: TextMatch, query: string): void;
  titleOf(document: string): string;
}

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
      found = await this.events.search(query);
    } catch (error) {
      this.summary.textContent = `The search failed: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    if (generation !== this.generation) return;
    const documents = new Set(found.matches.map((m) => m.document)).size;
    this.summary.textContent =
      found.total === 0
        ? `No match for “${query}”.`
        : `${found.total} ${found.total === 1 ? 'match' : 'matches'} in ${documents} ${documents === 1 ? 'document' : 'documents'}${found.total > found.matches.length ? ` (the first ${found.matches.length} shown)` : ''}.`;
    this.results.replaceChildren(
      ...found.matches.map((m) => {
        const li = document.createElement('li');
        const b = Object.assign(document.createElement('button'), { type: 'button', className: 'search-result' });
        const title = Object.assign(document.createElement('span'), { className: 'search-result-title', textContent: this.events.titleOf(m.document) });
        const context = Object.assign(document.createElement('span'), { className: 'search-result-context' });
        const flat = (s: string): string => s.replace(/\s+/g, ' ');
        context.append(`…${flat(m.before)}`, Object.assign(document.createElement('mark'), { textContent: flat(m.match) }), `${flat(m.after)}…`);
        b.append(title, context);
        b.addEventListener('click', () => this.events.onOpen(m, query));
        li.append(b);
        return li;
      }),
    );
    setRovingStop(this.results, 'button');
  }
}
