import type { DocumentRecord } from '../../shared/model';
import { rovingFocus, setRovingStop } from './roving-focus';

/**
 * The project's documents as a list of buttons (`[data-testid=document-list]`, one `<button>` per
 * document named by its title). The open document carries `aria-current="page"`.
 */
export class DocumentList {
  private current: string | null = null;

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
        button.title = d.path;
        const title = document.createElement('span');
        title.className = 'document-item-title';
        title.textContent = d.title || d.path;
        button.append(title);
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
