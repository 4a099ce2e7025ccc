import { Plugin, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { annotationsAt } from './annotation-decorations';

/** What the hover card needs from the window. */
export interface HoverCardOptions {
  /** The card's content for the annotations `ids` (innermost first), or null when there is nothing to say. */
  describe(ids: readonly string[]): HTMLElement | null;
  /** The positioned element the card is placed in (it scrolls with the text). */
  container: HTMLElement;
}

/** The card's element id, which the text names in `aria-describedby` while the caret is in a highlight. */
export const HOVER_CARD_ID = 'annotation-card';

/** The ids of the annotation elements at and around `el`, innermost first. */
function idsAround(el: Element | null, root: Element): string[] {
  const ids: string[] = [];
  for (let at = el; at && at !== root; at = at.parentElement) {
    const id = at.getAttribute('data-annotation-id');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function caretIds(state: EditorState): string[] {
  return state.selection.empty ? annotationsAt(state, state.selection.from) : [];
}

class HoverCardView {
  private readonly card: HTMLElement;
  private shownFor = '';
  private hovering: string[] = [];
  private readonly onOver = (event: MouseEvent): void => this.over(event);
  private readonly onOut = (event: MouseEvent): void => this.out(event);
  private readonly onFocusChange = (): void => this.refresh();

  constructor(
    private readonly view: EditorView,
    private readonly options: HoverCardOptions,
  ) {
    this.card = document.createElement('div');
    this.card.id = HOVER_CARD_ID;
    this.card.className = 'hover-card';
    this.card.setAttribute('role', 'tooltip');
    this.card.hidden = true;
    options.container.append(this.card);
    view.dom.addEventListener('mouseover', this.onOver);
    view.dom.addEventListener('mouseout', this.onOut);
    view.dom.addEventListener('focus', this.onFocusChange);
    view.dom.addEventListener('blur', this.onFocusChange);
  }

  update(view: EditorView, previous: EditorState): void {
    if (view.state.selection.eq(previous.selection) && view.state.doc === previous.doc) return;
    this.refresh();
  }

  destroy(): void {
    this.view.dom.removeEventListener('mouseover', this.onOver);
    this.view.dom.removeEventListener('mouseout', this.onOut);
    this.view.dom.removeEventListener('focus', this.onFocusChange);
    this.view.dom.removeEventListener('blur', this.onFocusChange);
    this.view.dom.removeAttribute('aria-describedby');
    this.card.remove();
  }

  private over(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const ids = idsAround(target?.closest('[data-annotation-id]') ?? null, this.view.dom);
    if (ids.join() === this.hovering.join()) return;
    this.hovering = ids;
    this.refresh(target?.closest('[data-annotation-id]') ?? null);
  }

  private out(event: MouseEvent): void {
    const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    if (to && this.view.dom.contains(to) && to.closest('[data-annotation-id]')) return;
    this.hovering = [];
    this.refresh();
  }

  /** Shows the card for what the mouse is over, else for the annotations at the caret, else hides it. */
  private refresh(anchor: Element | null = null): void {
    const caret = this.view.hasFocus() ? caretIds(this.view.state) : [];
    const ids = this.hovering.length > 0 ? this.hovering : caret;
    if (caret.length > 0) this.view.dom.setAttribute('aria-describedby', HOVER_CARD_ID);
    else this.view.dom.removeAttribute('aria-describedby');
    const key = ids.join();
    if (ids.length === 0) {
      this.card.hidden = true;
      this.shownFor = '';
      return;
    }
    if (key !== this.shownFor) {
      const content = this.options.describe(ids);
      if (!content) {
        this.card.hidden = true;
        this.shownFor = '';
        return;
      }
      this.card.replaceChildren(content);
      this.shownFor = key;
    }
    this.card.hidden = false;
    this.place(anchor);
  }

  /** Puts the card under the hovered element, or under the caret. */
  private place(anchor: Element | null): void {
    const box = this.options.container.getBoundingClientRect();
    let left: number;
    let bottom: number;
    if (anchor) {
      const r = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      left = r.left;
      bottom = r.bottom;
    } else {
      const c = this.view.coordsAtPos(this.view.state.selection.from);
      left = c.left;
      bottom = c.bottom;
    }
    const width = Math.min(360, box.width - 16);
    this.card.style.maxWidth = `${width}px`;
    const x = Math.max(8, Math.min(left - box.left, box.width - width - 8));
    this.card.style.left = `${x + this.options.container.scrollLeft}px`;
    this.card.style.top = `${bottom - box.top + this.options.container.scrollTop + 6}px`;
  }
}

/**
 * Shows what an annotation says where it is: hovering a highlight, or putting the caret in one, shows a
 * card with its kind, body and flag (`role=tooltip`, `#annotation-card`). While the caret is in a
 * highlight the text names the card in `aria-describedby`, so a screen reader user hears it too.
 */
export function hoverCard(options: HoverCardOptions): Plugin {
  return new Plugin({ view: (view) => new HoverCardView(view, options) });
}
