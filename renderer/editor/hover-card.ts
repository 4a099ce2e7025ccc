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
  /** The address of the link under the mouse, if any. */
  private hoverLink: string | null = null;
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
    const link = target?.closest('.doc-link')?.getAttribute('data-href') ?? null;
    if (ids.join() === this.hovering.join() && link === this.hoverLink) return;
    this.hovering = ids;
    this.hoverLink = link;
    this.refresh(target?.closest('[data-annotation-id], .doc-link') ?? null);
  }

  private out(event: MouseEvent): void {
    const to = event.relatedTarget instanceof Element ? event.relatedTarget : null;
    if (to && this.view.dom.contains(to) && to.closest('[data-annotation-id], .doc-link')) return;
    this.hovering = [];
    this.hoverLink = null;
    this.refresh();
  }

  /** Shows the card for what the mouse is over, else for the annotations at the caret, else hides it. */
  private refresh(anchor: Element | null = null): void {
    const focused = this.view.hasFocus();
    const caret = focused ? caretIds(this.view.state) : [];
    const caretLink = focused ? linkAt(this.view.state) : null;
    const hovered = this.hovering.length > 0 || this.hoverLink !== null;
    const ids = hovered ? this.hovering : caret;
    const link = hovered ? this.hoverLink : caretLink;
    if (caret.length > 0 || caretLink !== null) this.view.dom.setAttribute('aria-describedby', HOVER_CARD_ID);
    else this.view.dom.removeAttribute('aria-describedby');
    const key = `${ids.join()}|${link ?? ''}`;
    if (ids.length === 0 && link === null) {
      this.card.hidden = true;
      this.shownFor = '';
      return;
    }
    if (key !== this.shownFor) {
      const content = ids.length > 0 ? this.options.describe(ids) : null;
      if (!content && link === null) {
        this.card.hidden = true;
        this.shownFor = '';
        return;
      }
      // A link's address is shown here too, not only in its tooltip, so the keyboard reaches it.
      const address = link === null ? null : Object.assign(document.createElement('p'), { className: 'hover-card-link', textContent: `Link to ${link} (not followed from the editor)` });
      this.card.replaceChildren(...[content, address].filter((el): el is HTMLElement => el !== null));
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

/** The address of the link the caret is in (an empty selection), or null. */
function linkAt(state: EditorState): string | null {
  if (!state.selection.empty) return null;
  const mark = state.selection.$from.marks().find((m) => m.type.name === 'link');
  return mark ? String(mark.attrs['href'] ?? '') : null;
}

/**
 * Shows what an annotation says where it is: hovering a highlight, or putting the caret in one, shows a
 * card with its kind, body and flag (`role=tooltip`, `#annotation-card`); in or over a link, the card also
 * shows the link's address. While the caret is in a highlight or a link the text names the card in
 * `aria-describedby`, so a screen reader user hears it too.
 */
export function hoverCard(options: HoverCardOptions): Plugin {
  return new Plugin({ view: (view) => new HoverCardView(view, options) });
}
