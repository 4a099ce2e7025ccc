/** One entry of a {@link ContextMenu}. */
export interface MenuItem {
  label: string;
  /** Shown right-aligned, e.g. `Alt+1`; also the item's `aria-keyshortcuts`. */
  shortcut?: string;
  disabled?: boolean;
  run(): void;
}

/**
 * A popup menu (`role=menu`, `[data-testid=context-menu]`) at a point of the window: the document's context
 * menu and a suggestion's Accept / Edit / Reject. Keyboard as the WAI-ARIA menu pattern: focus goes to the
 * first item, arrows and Home/End move, Enter or Space chooses, Escape or Tab closes and gives focus back to
 * where it was. A click outside closes it too.
 */
export class ContextMenu {
  private readonly menu: HTMLElement;
  private returnFocus: HTMLElement | null = null;
  private readonly onOutside = (event: MouseEvent): void => {
    if (!this.menu.contains(event.target as Node)) this.close(false);
  };

  constructor(host: HTMLElement = document.body) {
    this.menu = document.createElement('div');
    this.menu.className = 'context-menu';
    this.menu.setAttribute('role', 'menu');
    this.menu.dataset['testid'] = 'context-menu';
    this.menu.hidden = true;
    this.menu.addEventListener('keydown', (event) => this.onKey(event));
    host.append(this.menu);
  }

  /** Whether the menu is showing. */
  get isOpen(): boolean {
    return !this.menu.hidden;
  }

  /** Opens the menu at viewport point `x, y` with `items` (a menu with no items is not opened). */
  open(x: number, y: number, items: readonly MenuItem[], label: string): void {
    if (items.length === 0) return;
    this.returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.menu.setAttribute('aria-label', label);
    this.menu.replaceChildren(
      ...items.map((item) => {
        const el = document.createElement('button');
        el.type = 'button';
        el.className = 'context-menu-item';
        el.setAttribute('role', 'menuitem');
        el.tabIndex = -1;
        el.disabled = item.disabled === true;
        const name = document.createElement('span');
        name.textContent = item.label;
        el.append(name);
        if (item.shortcut) {
          el.setAttribute('aria-keyshortcuts', item.shortcut);
          const key = document.createElement('kbd');
          key.textContent = item.shortcut;
          key.setAttribute('aria-hidden', 'true');
          el.append(key);
        }
        el.addEventListener('mousedown', (event) => event.preventDefault());
        el.addEventListener('click', () => {
          this.close(false);
          item.run();
        });
        return el;
      }),
    );
    this.menu.hidden = false;
    // Kept inside the window: measured after it is shown.
    const box = this.menu.getBoundingClientRect();
    this.menu.style.left = `${Math.max(4, Math.min(x, window.innerWidth - box.width - 4))}px`;
    this.menu.style.top = `${Math.max(4, Math.min(y, window.innerHeight - box.height - 4))}px`;
    this.items()[0]?.focus();
    document.addEventListener('mousedown', this.onOutside, true);
  }

  /** Closes the menu; `restore` gives focus back to where it was when it opened. */
  close(restore = true): void {
    if (this.menu.hidden) return;
    this.menu.hidden = true;
    document.removeEventListener('mousedown', this.onOutside, true);
    if (restore) this.returnFocus?.focus();
    this.returnFocus = null;
  }

  private items(): HTMLButtonElement[] {
    return [...this.menu.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);
  }

  private onKey(event: KeyboardEvent): void {
    const items = this.items();
    const at = items.findIndex((el) => el === document.activeElement);
    const move = (to: number): void => {
      event.preventDefault();
      items[(to + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      this.close(true);
    }
  }
}
