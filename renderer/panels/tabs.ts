/** One tab of a {@link Tabs} strip: its label and the panel it shows. */
export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

/**
 * A strip of tabs (the WAI-ARIA tabs pattern: `role=tablist`, arrow keys move and select, one Tab stop)
 * that shows one of its panels at a time.
 */
export class Tabs {
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private selected = '';

  constructor(
    private readonly strip: HTMLElement,
    private readonly tabs: readonly TabSpec[],
    label: string,
    private readonly onSelect: (id: string) => void = () => {},
  ) {
    strip.setAttribute('role', 'tablist');
    strip.setAttribute('aria-label', label);
    for (const t of tabs) {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'tab', id: `tab-${t.id}` });
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-controls', t.panel.id);
      b.dataset['tab'] = t.id;
      b.textContent = t.label;
      b.addEventListener('click', () => this.select(t.id));
      t.panel.setAttribute('role', 'tabpanel');
      t.panel.setAttribute('aria-labelledby', b.id);
      this.buttons.set(t.id, b);
      strip.append(b);
    }
    strip.addEventListener('keydown', (event) => {
      const ids = tabs.map((t) => t.id);
      const at = ids.indexOf(this.selected);
      const to = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? ids.length - 1 : null;
      if (to === null) return;
      event.preventDefault();
      const id = ids[(to + ids.length) % ids.length]!;
      this.select(id);
      this.buttons.get(id)?.focus();
    });
    if (tabs[0]) this.select(tabs[0].id);
  }

  /** The selected tab's id. */
  get current(): string {
    return this.selected;
  }

  /** Selects tab `id` and shows its panel. */
  select(id: string): void {
    if (!this.buttons.has(id)) return;
    this.selected = id;
    for (const t of this.tabs) {
      const on = t.id === id;
      const b = this.buttons.get(t.id)!;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    }
    this.onSelect(id);
  }

  /** Changes a tab's label (a count). */
  setLabel(id: string, label: string): void {
    const b = this.buttons.get(id);
    if (b) b.textContent = label;
  }
}
