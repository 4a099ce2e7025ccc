import type { DocumentRecord } from '../../shared/model';
import { rovingFocus, setRovingStop } from './roving-focus';

function flagBadge(n: number): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'flag-count-badge';
  const icon = Object.assign(document.createElement('span'), { textContent: '⚑ ' });
  icon.setAttribute('aria-hidden', 'true');
  const words = Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` open ${n === 1 ? 'flag' : 'flags'}` });
  badge.append(icon, String(n), words);
  badge.title = `${n} open ${n === 1 ? 'flag' : 'flags'}`;
  return badge;
}

/**
 * The project's documents as a list of buttons (`[data-testid=document-list]`, one `<button>` per
 * document named by its title). The open document carries `aria-current="page"`.
 */
export class DocumentList {
  private current: string | null = null;
  private flags: ReadonlyMap<string, number> = new Map();

  constructor(
    private readonly list: HTMLUListElement,
    private readonly onOpen: (id: string) => void,
  ) {
    list.dataset['testid'] = 'document-list';
    rovingFocus(list, 'button');
  }

  /** Shows `documents`, marking `current` as open. */
  render(documents: readonly DocumentRecord[], current: string | null): void {
    this.current = current;
    this.list.replaceChildren(
      ...documents.map((d) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'document-item';
        button.dataset['documentId'] = d.id;
        // The full title too: a long one is cut with an ellipsis in a narrow sidebar.
        button.title = d.title && d.title !== d.path ? `${d.title} — ${d.path}` : d.path;
        // Named by the title alone; the flag count is its description, so the name stays stable.
        button.setAttribute('aria-label', d.title || d.path);
        const title = document.createElement('span');
        title.className = 'document-item-title';
        title.textContent = d.title || d.path;
        button.append(title);
        const flags = this.flags.get(d.id) ?? 0;
        if (flags > 0) this.describe(button, flags);
        button.addEventListener('click', () => this.onOpen(d.id));
        const item = document.createElement('li');
        item.append(button);
        return item;
      }),
    );
    if (documents.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = 'This project has no documents yet.';
      this.list.append(empty);
    }
    this.markCurrent(current);
  }

  /** Shows each document's count of open flags (a badge, also in the button's name). */
  setFlagCounts(counts: ReadonlyMap<string, number>): void {
    this.flags = counts;
    for (const button of this.list.querySelectorAll<HTMLButtonElement>('button')) {
      button.querySelector('.flag-count-badge')?.remove();
      button.removeAttribute('aria-describedby');
      const n = counts.get(button.dataset['documentId'] ?? '') ?? 0;
      if (n > 0) this.describe(button, n);
    }
  }

  private describe(button: HTMLButtonElement, n: number): void {
    const badge = flagBadge(n);
    badge.id = `flags-of-${button.dataset['documentId'] ?? ''}`.replace(/[^\w-]/g, '_');
    button.append(badge);
    button.setAttribute('aria-describedby', badge.id);
  }

  /** Marks document `id` as the open one. */
  markCurrent(id: string | null): void {
    this.current = id;
    for (const button of this.list.querySelectorAll<HTMLButtonElement>('button')) {
      if (button.dataset['documentId'] === id) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    setRovingStop(this.list, 'button', (el) => el.dataset['documentId'] === this.current);
  }
}
