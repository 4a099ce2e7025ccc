import type { AnchoredAnnotation } from '../../shared/api';
import { presentationOf } from '../kinds';
import { rovingFocus, setRovingStop } from './roving-focus';

/** Longest quoted text an entry shows; the full text is in the entry's tooltip. */
const QUOTE_PREVIEW = 160;

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > QUOTE_PREVIEW ? `${oneLine.slice(0, QUOTE_PREVIEW - 1)}…` : oneLine;
}

/** Text order first; orphans, which have no place, last in creation order. */
function byPosition(a: AnchoredAnnotation, b: AnchoredAnnotation): number {
  if (a.anchor && b.anchor) return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end;
  if (a.anchor) return -1;
  if (b.anchor) return 1;
  return a.annotation.created.localeCompare(b.annotation.created);
}

function entry(a: AnchoredAnnotation): HTMLButtonElement {
  const { annotation, anchor } = a;
  const exact = annotation.target.selector[1].exact;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `annotation-item annotation-item-${annotation.kind}`;
  button.dataset['annotationId'] = annotation.id;
  button.dataset['kind'] = annotation.kind;
  button.title = exact;
  const kind = document.createElement('span');
  kind.className = `kind-badge kind-${annotation.kind}`;
  kind.textContent = presentationOf(annotation.kind).label;
  const quote = document.createElement('span');
  quote.className = 'entry-quote';
  quote.textContent = preview(exact);
  button.append(kind, quote);
  if (!anchor) {
    button.dataset['orphaned'] = 'true';
    const orphan = document.createElement('span');
    orphan.className = 'orphan-badge';
    orphan.textContent = 'Orphaned: text not found in this version';
    button.append(orphan);
  }
  return button;
}

/**
 * The open document's annotations (`[data-testid=annotation-list]`), in text order, each a button showing
 * its kind and quoted text; orphaned annotations (no place in the current text) stay listed, marked
 * `data-orphaned="true"` and labelled as orphaned.
 */
export class AnnotationList {
  private items: readonly AnchoredAnnotation[] = [];
  private active: string | null = null;

  constructor(
    private readonly list: HTMLUListElement,
    private readonly onChoose: (annotation: AnchoredAnnotation) => void,
  ) {
    list.dataset['testid'] = 'annotation-list';
    rovingFocus(list, 'button');
  }

  /** Shows `annotations`; `emptyText` explains an empty list. */
  render(annotations: readonly AnchoredAnnotation[], emptyText: string): void {
    this.items = [...annotations].sort(byPosition);
    this.list.replaceChildren(
      ...this.items.map((a) => {
        const button = entry(a);
        button.addEventListener('click', () => {
          this.markActive(a.annotation.id);
          this.onChoose(a);
        });
        const li = document.createElement('li');
        li.append(button);
        return li;
      }),
    );
    if (this.items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = emptyText;
      this.list.append(empty);
    }
    this.markActive(this.active);
  }

  /** Marks annotation `id` as the chosen one and makes it the list's Tab stop. */
  markActive(id: string | null): void {
    this.active = id;
    for (const button of this.list.querySelectorAll<HTMLButtonElement>('button')) {
      if (button.dataset['annotationId'] === id) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    setRovingStop(this.list, 'button', (el) => el.dataset['annotationId'] === id);
  }
}
