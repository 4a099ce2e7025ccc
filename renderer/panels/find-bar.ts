/** Callbacks of the {@link FindBar}. */
export interface FindBarEvents {
  /** The query changed; answer how many matches there are (the first becomes current). */
  onQuery(query: string): number;
  /** Make match `index` current (0-based, already wrapped). */
  onStep(index: number): void;
  /** The bar was closed; matches should go. */
  onClose(): void;
}

/**
 * Find in the document (`[data-testid=find-bar]`, `role=search`): a query field, "n of m", Previous and
 * Next (Enter and Shift+Enter in the field), Close (Escape). Ctrl/Cmd+F opens it (see App).
 */
export class FindBar {
  private readonly input: HTMLInputElement;
  private readonly count: HTMLElement;
  private total = 0;
  private index = -1;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: FindBarEvents,
  ) {
    host.dataset['testid'] = 'find-bar';
    host.setAttribute('role', 'search');
    host.setAttribute('aria-label', 'Find in the document');
    host.hidden = true;
    this.input = Object.assign(document.createElement('input'), { type: 'search', id: 'find-input', className: 'find-input', placeholder: 'Find in document' });
    this.input.setAttribute('aria-label', 'Find in the document');
    this.count = Object.assign(document.createElement('span'), { className: 'find-count' });
    this.count.setAttribute('aria-live', 'polite');
    const previous = this.button('Previous match', '↑', () => this.step(-1));
    const next = this.button('Next match', '↓', () => this.step(1));
    const close = this.button('Close find', '×', () => this.close());
    this.input.addEventListener('input', () => this.query());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        this.step(event.shiftKey ? -1 : 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    host.append(this.input, this.count, previous, next, close);
  }

  /** Whether the bar is showing. */
  get isOpen(): boolean {
    return !this.host.hidden;
  }

  /**
   * Shows the bar with `query` (or the last one) and focuses it; `scope` names what it searches (its
   * accessible name and placeholder), the document by default.
   */
  open(query?: string, scope = 'the document'): void {
    this.host.hidden = false;
    this.host.setAttribute('aria-label', `Find in ${scope}`);
    this.input.setAttribute('aria-label', `Find in ${scope}`);
    this.input.placeholder = `Find in ${scope.replace(/^the /, '')}`;
    if (query !== undefined) this.input.value = query;
    this.input.focus();
    this.input.select();
    this.query();
  }

  /** Hides the bar and clears the matches. */
  close(): void {
    if (this.host.hidden) return;
    this.host.hidden = true;
    this.events.onClose();
  }

  /** Runs the query again (the document changed). */
  refresh(): void {
    if (this.isOpen) this.query();
  }

  private button(name: string, glyph: string, run: () => void): HTMLButtonElement {
    const b = Object.assign(document.createElement('button'), { type: 'button', className: 'icon-button', textContent: glyph, title: name });
    b.setAttribute('aria-label', name);
    b.addEventListener('click', run);
    return b;
  }

  private query(): void {
    this.total = this.input.value.trim() ? this.events.onQuery(this.input.value) : 0;
    if (!this.input.value.trim()) this.events.onQuery('');
    this.index = this.total > 0 ? 0 : -1;
    this.show();
  }

  private step(by: number): void {
    if (this.total === 0) return;
    this.index = (this.index + by + this.total) % this.total;
    this.events.onStep(this.index);
    this.show();
  }

  private show(): void {
    this.count.textContent = !this.input.value.trim() ? '' : this.total === 0 ? 'No matches' : `${this.index + 1} of ${this.total}`;
  }
}
