/** Which arrow keys move focus: up/down in a vertical list, left/right in a horizontal toolbar. */
export type Orientation = 'vertical' | 'horizontal';

function items(container: HTMLElement, selector: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(selector)].filter((el) => !(el instanceof HTMLButtonElement && el.disabled));
}

/**
 * Makes the items of `container` a single Tab stop whose arrow keys (and Home/End) move focus between
 * items: the roving tabindex of the WAI-ARIA practices, so Tab goes from list to list instead of through
 * every entry. Call {@link setRovingStop} after re-rendering the items.
 */
export function rovingFocus(container: HTMLElement, selector: string, orientation: Orientation = 'vertical'): void {
  const [prev, next] = orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  container.addEventListener('keydown', (event) => {
    const all = items(container, selector);
    const current = all.findIndex((el) => el === document.activeElement || el.contains(document.activeElement));
    if (current < 0) return;
    const target =
      event.key === prev ? Math.max(0, current - 1)
      : event.key === next ? Math.min(all.length - 1, current + 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? all.length - 1
      : null;
    if (target === null) return;
    event.preventDefault();
    all[target]?.focus();
  });
  // Whatever item gets focus (by click or arrow) becomes the Tab stop, so Shift+Tab back returns to it.
  container.addEventListener('focusin', (event) => {
    const all = items(container, selector);
    const focused = all.find((el) => el === event.target);
    if (focused) for (const el of all) el.tabIndex = el === focused ? 0 : -1;
  });
}

/** Makes the item matching `isStop` (or else the first) the container's one Tab stop. */
export function setRovingStop(container: HTMLElement, selector: string, isStop: (el: HTMLElement) => boolean = () => false): void {
  const all = items(container, selector);
  const stop = all.find(isStop) ?? all[0];
  for (const el of all) el.tabIndex = el === stop ? 0 : -1;
}
