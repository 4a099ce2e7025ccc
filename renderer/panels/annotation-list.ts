import type { AnchoredAnnotation } from '../../shared/api';
import { presentationOf } from '../kinds';
import { preview } from '../model/describe';
import type { FlagView } from '../model/review-state';
import { passes, type AnnotationFilter } from './annotation-filters';
import { rovingFocus } from './roving-focus';

/** Callbacks of the {@link AnnotationList}. */
export interface AnnotationListEvents {
  /** An entry was chosen: show the annotation in the document. */
  onChoose(a: AnchoredAnnotation): void;
  onEdit(a: AnchoredAnnotation): void;
  onDelete(a: AnchoredAnnotation): void;
  /** Re-attach an orphan to the current selection. */
  onReattach(a: AnchoredAnnotation): void;
  /** Follow a cross-reference to its target, or a review note to its discrepancy. */
  onFollow(a: AnchoredAnnotation): void;
  /** One line of what the annotation's body says. */
  summaryOf(a: AnchoredAnnotation): string;
  /** The flag of a claim, if flagged. */
  flagOf(id: string): FlagView | undefined;
}

/** Entries built with the list itself; the rest follow in slices after the first paint. */
const FIRST_ENTRIES = 60;
/** Entries built per task after the first paint: a few milliseconds each, so input is never held up. */
const SLICE_ENTRIES = 150;

/** Text order; orphans have no place and are listed apart. */
function before(a: AnchoredAnnotation, b: AnchoredAnnotation): number {
  const x = a.anchor!;
  const y = b.anchor!;
  return x.start - y.start || x.end - y.end || a.annotation.id.localeCompare(b.annotation.id);
}

/** An entry's action; `name` (its accessible name) starts with the visible `label` (WCAG 2.5.3, label in name). */
function small(label: string, onClick: () => void, name: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'entry-action';
  b.textContent = label;
  b.setAttribute('aria-label', name);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The open document's annotations (`[data-testid=annotation-list]`), in text order, each a button showing
 * its kind (as text, not only colour), its flag, its quoted text and what its body says; the chosen one
 * also shows Edit and Delete (and Follow for a cross-reference or a review note). On an entry, F2 or E
 * edits and Delete deletes. Orphaned annotations (no place in the current text) are listed apart
 * (`[data-testid=orphan-list]`) with their last known text, to re-attach to a new selection or delete.
 *
 * The list changes entry by entry ({@link apply}): an edit redraws one entry, not the list. A long list
 * is built in slices: the entries in sight at once, the rest in short tasks after the first paint (and
 * all at once whenever anything else touches the list before they are done).
 */
export class AnnotationList {
  private readonly entries = new Map<string, { item: HTMLLIElement; a: AnchoredAnnotation }>();
  /** Placed annotations in text order. */
  private order: AnchoredAnnotation[] = [];
  private active: string | null = null;
  private filter: AnnotationFilter | null = null;
  private hasSelection = false;
  private emptyText = '';
  private readonly empty: HTMLLIElement;
  private readonly stops = new Map<HTMLElement, HTMLButtonElement | null>();
  /** Placed annotations (in text order, after those built) whose entries are not built yet. */
  private pending: AnchoredAnnotation[] = [];
  private sliceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly list: HTMLUListElement,
    private readonly orphanSection: HTMLElement,
    private readonly orphanList: HTMLUListElement,
    private readonly count: HTMLElement,
    private readonly events: AnnotationListEvents,
  ) {
    list.dataset['testid'] = 'annotation-list';
    orphanList.dataset['testid'] = 'orphan-list';
    rovingFocus(list, 'button.annotation-item');
    rovingFocus(orphanList, 'button.annotation-item');
    this.empty = Object.assign(document.createElement('li'), { className: 'empty' });
    for (const host of [list, orphanList]) host.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** Shows `annotations` (one document's), replacing the list; `emptyText` explains an empty list. */
  reset(annotations: readonly AnchoredAnnotation[], emptyText: string): void {
    this.emptyText = emptyText;
    this.entries.clear();
    this.stops.clear();
    this.order = annotations.filter((a) => a.anchor).sort(before);
    const placed = document.createDocumentFragment();
    for (const a of this.order.slice(0, FIRST_ENTRIES)) placed.append(this.build(a));
    this.pending = this.order.slice(FIRST_ENTRIES);
    this.scheduleSlices();
    const orphans = annotations.filter((a) => !a.anchor).sort((x, y) => x.annotation.created.localeCompare(y.annotation.created));
    this.list.replaceChildren(placed);
    this.orphanList.replaceChildren(...orphans.map((a) => this.build(a)));
    this.refresh();
  }

  /** Adds or redraws `upserted` and removes `removed` (ids), leaving every other entry as it is. */
  apply(upserted: readonly AnchoredAnnotation[], removed: readonly string[]): void {
    this.buildPending();
    // Keyboard focus in an entry that goes stays in the list: on the entry again when it is redrawn, else
    // on the next entry (or the previous one, or the list itself), never dropped to the page.
    const focused = this.focusedEntry();
    const neighbour = focused && removed.includes(focused) ? this.neighbourOf(focused, removed) : null;
    for (const id of removed) this.drop(id);
    for (const a of upserted) {
      this.drop(a.annotation.id);
      const item = this.build(a);
      if (!a.anchor) {
        this.orphanList.append(item);
        continue;
      }
      // Binary search for its place in text order.
      let lo = 0;
      let hi = this.order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(this.order[mid]!, a) < 0) lo = mid + 1;
        else hi = mid;
      }
      const next = this.order[lo];
      this.order.splice(lo, 0, a);
      this.list.insertBefore(item, next ? (this.entries.get(next.annotation.id)?.item ?? null) : null);
    }
    this.refresh();
    if (focused && !this.focusedEntry()) this.refocus(this.entries.has(focused) ? focused : neighbour);
  }

  /** The id of the entry holding keyboard focus (its button or one of its actions), or null. */
  private focusedEntry(): string | null {
    const active = document.activeElement;
    const item = active instanceof HTMLElement ? active.closest('li') : null;
    const id = item?.querySelector<HTMLButtonElement>('button.annotation-item')?.dataset['annotationId'];
    return id && this.entries.get(id)?.item === item ? id : null;
  }

  /** The shown entry after `id`'s (else before it) that is not going too, or null. */
  private neighbourOf(id: string, going: readonly string[]): string | null {
    const item = this.entries.get(id)?.item;
    const candidate = (el: Element | null): string | null => {
      const button = el instanceof HTMLLIElement && !el.hidden ? el.querySelector<HTMLButtonElement>('button.annotation-item') : null;
      const other = button?.dataset['annotationId'];
      return other && !going.includes(other) ? other : null;
    };
    for (let el = item?.nextElementSibling ?? null; el; el = el.nextElementSibling) {
      const other = candidate(el);
      if (other) return other;
    }
    for (let el = item?.previousElementSibling ?? null; el; el = el.previousElementSibling) {
      const other = candidate(el);
      if (other) return other;
    }
    return null;
  }

  /** Focuses entry `id`, or the list itself when there is none. */
  private refocus(id: string | null): void {
    if (id) {
      this.focusEntry(id);
      return;
    }
    this.list.tabIndex = -1;
    this.list.focus();
  }

  /** Redraws the entries `ids` (their flag changed). */
  redraw(ids: Iterable<string>): void {
    this.buildPending();
    const again: AnchoredAnnotation[] = [];
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry) again.push(entry.a);
    }
    if (again.length > 0) this.apply(again, []);
  }

  /** Shows only what passes `filter`. */
  setFilter(filter: AnnotationFilter): void {
    this.buildPending();
    this.filter = filter;
    for (const { item, a } of this.entries.values()) item.hidden = !this.shows(a);
    this.refresh();
  }

  /** Whether the document has a selection (Re-attach needs one). */
  setHasSelection(value: boolean): void {
    this.hasSelection = value;
    for (const b of this.orphanList.querySelectorAll<HTMLButtonElement>('button[data-action=reattach]')) b.disabled = !value;
  }

  /** Marks annotation `id` as the chosen one: it shows its actions and is the list's Tab stop. */
  markActive(id: string | null): void {
    this.buildPending();
    const previous = this.active;
    this.active = id;
    for (const changed of [previous, id]) {
      const entry = changed ? this.entries.get(changed) : undefined;
      if (entry) this.decorateActive(entry.item, entry.a);
    }
    const chosen = id ? this.entries.get(id)?.item : undefined;
    // In the next frame, once the changes around it are made: scrolling now would lay the page out twice.
    if (chosen && !chosen.hidden) requestAnimationFrame(() => chosen.isConnected && chosen.scrollIntoView({ block: 'nearest' }));
    for (const host of [this.list, this.orphanList]) this.updateStop(host);
  }

  /** Focuses the entry of annotation `id`, if listed. */
  focusEntry(id: string): void {
    this.buildPending();
    this.entries.get(id)?.item.querySelector<HTMLButtonElement>('button.annotation-item')?.focus();
  }

  /** Builds the next slice of pending entries in a task of its own, until none is left. */
  private scheduleSlices(): void {
    if (this.sliceTimer !== null) clearTimeout(this.sliceTimer);
    this.sliceTimer = null;
    if (this.pending.length === 0) return;
    // After the next frame, so the first paint waits only for the entries in sight.
    requestAnimationFrame(() => {
      const step = (): void => {
        this.sliceTimer = null;
        this.appendPending(this.pending.splice(0, SLICE_ENTRIES));
        if (this.pending.length > 0) this.sliceTimer = setTimeout(step, 0);
      };
      if (this.sliceTimer === null && this.pending.length > 0) this.sliceTimer = setTimeout(step, 0);
    });
  }

  /** Builds every pending entry now: before anything reads or changes the list. */
  private buildPending(): void {
    if (this.sliceTimer !== null) clearTimeout(this.sliceTimer);
    this.sliceTimer = null;
    this.appendPending(this.pending.splice(0));
  }

  private appendPending(slice: readonly AnchoredAnnotation[]): void {
    if (slice.length === 0) return;
    const fragment = document.createDocumentFragment();
    for (const a of slice) fragment.append(this.build(a));
    // Pending entries come after every built placed entry in text order; the empty-list line is never
    // shown while some placed entry is.
    this.list.insertBefore(fragment, this.empty.isConnected ? this.empty : null);
    this.refresh();
  }

  private shows(a: AnchoredAnnotation): boolean {
    return this.filter === null || passes(this.filter, a.annotation, this.events.flagOf(a.annotation.id) !== undefined, a.anchor === null);
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.item.remove();
    this.entries.delete(id);
    for (const [host, stop] of this.stops) if (stop && entry.item.contains(stop)) this.stops.set(host, null);
    const at = this.order.findIndex((a) => a.annotation.id === id);
    if (at >= 0) this.order.splice(at, 1);
  }

  private build(a: AnchoredAnnotation): HTMLLIElement {
    const { annotation } = a;
    const exact = annotation.target.selector[1].exact;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `annotation-item annotation-item-${annotation.kind}`;
    button.dataset['annotationId'] = annotation.id;
    button.dataset['kind'] = annotation.kind;
    button.title = exact;
    button.tabIndex = -1;
    const kind = document.createElement('span');
    kind.className = `kind-badge kind-${annotation.kind}`;
    kind.textContent = presentationOf(annotation.kind).label;
    const quote = document.createElement('span');
    quote.className = 'entry-quote';
    quote.textContent = preview(exact);
    const summary = document.createElement('span');
    summary.className = 'entry-body';
    summary.textContent = this.events.summaryOf(a);
    button.append(kind);
    const flag = this.events.flagOf(annotation.id);
    if (flag) {
      const badge = document.createElement('span');
      badge.className = `flag-badge flag-${flag.severity}${flag.open ? '' : ' flag-reviewed'}`;
      badge.textContent = `⚑ Flagged: ${flag.severity}${flag.open ? '' : ' (reviewed)'}`;
      button.append(badge);
      button.dataset['flagged'] = flag.severity;
    }
    button.append(quote, summary);
    if (annotation.tags.length > 0) {
      const tags = document.createElement('span');
      tags.className = 'entry-tags';
      tags.textContent = annotation.tags.map((t) => `#${t}`).join(' ');
      button.append(tags);
    }
    if (!a.anchor) {
      button.dataset['orphaned'] = 'true';
      const orphan = document.createElement('span');
      orphan.className = 'orphan-badge';
      orphan.textContent = 'Orphaned: text not found in this version';
      button.append(orphan);
    }
    button.addEventListener('click', () => {
      this.markActive(annotation.id);
      this.events.onChoose(this.entries.get(annotation.id)?.a ?? a);
    });
    button.addEventListener('dblclick', () => this.events.onEdit(this.entries.get(annotation.id)?.a ?? a));
    const item = document.createElement('li');
    item.className = 'annotation-entry';
    item.append(button);
    item.hidden = !this.shows(a);
    this.entries.set(annotation.id, { item, a });
    this.decorateActive(item, a);
    return item;
  }

  /** Shows the actions under the chosen entry (and always under an orphan), removes them elsewhere. */
  private decorateActive(item: HTMLLIElement, a: AnchoredAnnotation): void {
    const button = item.querySelector('button.annotation-item');
    const isActive = a.annotation.id === this.active;
    if (isActive) button?.setAttribute('aria-current', 'true');
    else button?.removeAttribute('aria-current');
    item.querySelector('.entry-actions')?.remove();
    if (!isActive && a.anchor) return;
    const what = presentationOf(a.annotation.kind).label.toLowerCase();
    const actions = document.createElement('div');
    actions.className = 'entry-actions';
    if (!a.anchor) {
      const reattach = small('Re-attach to selection', () => this.events.onReattach(a), `Re-attach to selection: this ${what}`);
      reattach.dataset['action'] = 'reattach';
      reattach.disabled = !this.hasSelection;
      actions.append(reattach);
    } else {
      actions.append(small('Edit', () => this.events.onEdit(a), `Edit this ${what}`));
    }
    const { annotation } = a;
    if ((annotation.kind === 'crossref' && annotation.body.to) || (annotation.kind === 'note' && annotation.body.discrepancy)) {
      actions.append(small(annotation.kind === 'crossref' ? 'Go to target' : 'Show discrepancy', () => this.events.onFollow(a), annotation.kind === 'crossref' ? 'Go to target of this cross-reference' : 'Show discrepancy this note is about'));
    }
    actions.append(small('Delete', () => this.events.onDelete(a), `Delete this ${what}`));
    item.append(actions);
  }

  private refresh(): void {
    const total = this.entries.size + this.pending.length;
    let shown = 0;
    for (const e of this.entries.values()) if (!e.item.hidden) shown += 1;
    for (const a of this.pending) if (this.shows(a)) shown += 1;
    this.count.textContent = total === 0 ? '' : shown === total ? `(${total})` : `(${shown} of ${total})`;
    const orphans = this.orphanList.children.length;
    this.orphanSection.hidden = orphans === 0;
    const placedShown = this.order.some((a) => {
      const entry = this.entries.get(a.annotation.id);
      return entry ? !entry.item.hidden : this.shows(a);
    });
    if (placedShown) {
      this.empty.remove();
    } else {
      this.empty.textContent =
        total === 0 ? this.emptyText : this.order.length === 0 ? 'Every annotation of this document is orphaned: see below.' : 'No annotation matches the filters.';
      if (!this.empty.isConnected) this.list.append(this.empty);
    }
    for (const host of [this.list, this.orphanList]) this.updateStop(host);
  }

  /** Keeps one Tab stop per list: the chosen entry, else the first one shown (cheap: two writes at most). */
  private updateStop(host: HTMLElement): void {
    const activeItem = this.active ? this.entries.get(this.active)?.item : undefined;
    const desired =
      (activeItem && !activeItem.hidden && host.contains(activeItem) ? activeItem.querySelector<HTMLButtonElement>('button.annotation-item') : null) ??
      host.querySelector<HTMLButtonElement>('li:not([hidden]) > button.annotation-item');
    const current = this.stops.get(host) ?? null;
    if (current === desired) return;
    if (current) current.tabIndex = -1;
    if (desired) desired.tabIndex = 0;
    this.stops.set(host, desired);
  }

  private onKey(event: KeyboardEvent): void {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLButtonElement>('button.annotation-item') : null;
    const id = target?.dataset['annotationId'];
    const entry = id ? this.entries.get(id) : undefined;
    if (!entry || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Delete') {
      event.preventDefault();
      this.events.onDelete(entry.a);
    } else if (event.key === 'F2' || event.key === 'e' || event.key === 'E') {
      event.preventDefault();
      this.events.onEdit(entry.a);
    }
  }
}
