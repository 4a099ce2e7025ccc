import { ANNOTATION_KINDS, type Annotation, type AnnotationKind } from '../../shared/model';
import { KINDS } from '../kinds';

/** Status filter values: a note status, flagged claims, or orphans. */
export type StatusFilter = '' | 'open' | 'confirmed' | 'dismissed' | 'resolved' | 'flagged' | 'orphaned';

/** What the annotation list shows. */
export interface AnnotationFilter {
  kinds: ReadonlySet<AnnotationKind>;
  /** A tag every shown annotation carries, or '' for any. */
  tag: string;
  status: StatusFilter;
}

/** Whether annotation `a` passes `filter`; `flagged` and `orphaned` say what the list knows of it. */
export function passes(filter: AnnotationFilter, a: Annotation, flagged: boolean, orphaned: boolean): boolean {
  if (!filter.kinds.has(a.kind)) return false;
  if (filter.tag && !a.tags.includes(filter.tag)) return false;
  switch (filter.status) {
    case '':
      return true;
    case 'flagged':
      return flagged;
    case 'orphaned':
      return orphaned;
    default:
      return a.kind === 'note' && a.body.status === filter.status;
  }
}

const STATUS_OPTIONS: readonly [StatusFilter, string][] = [
  ['', 'Any status'],
  ['flagged', 'Flagged claims'],
  ['open', 'Open notes'],
  ['confirmed', 'Confirmed notes'],
  ['dismissed', 'Dismissed notes'],
  ['resolved', 'Resolved notes'],
  ['orphaned', 'Orphaned'],
];

/**
 * The filters above the annotation list (`[data-testid=annotation-filters]`): one toggle button per kind
 * (pressed = shown), a tag and a status select.
 */
export class AnnotationFilters {
  private readonly kinds = new Set<AnnotationKind>(ANNOTATION_KINDS);
  private readonly tagSelect: HTMLSelectElement;
  private readonly statusSelect: HTMLSelectElement;
  private offered = '';

  constructor(
    host: HTMLElement,
    private readonly onChange: (filter: AnnotationFilter) => void,
  ) {
    host.dataset['testid'] = 'annotation-filters';
    host.setAttribute('role', 'group');
    host.setAttribute('aria-label', 'Filter annotations');
    const toggles = document.createElement('div');
    toggles.className = 'filter-kinds';
    for (const k of KINDS) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `filter-kind kind-${k.kind}`;
      b.setAttribute('aria-pressed', 'true');
      b.title = `Show ${k.label.toLowerCase()}s`;
      const swatch = document.createElement('span');
      swatch.className = `kind-swatch kind-${k.kind}`;
      swatch.setAttribute('aria-hidden', 'true');
      b.append(swatch, k.label);
      b.addEventListener('click', () => {
        if (this.kinds.has(k.kind)) this.kinds.delete(k.kind);
        else this.kinds.add(k.kind);
        b.setAttribute('aria-pressed', String(this.kinds.has(k.kind)));
        this.changed();
      });
      toggles.append(b);
    }
    this.tagSelect = document.createElement('select');
    this.tagSelect.setAttribute('aria-label', 'Tag');
    this.tagSelect.append(new Option('Any tag', ''));
    this.tagSelect.addEventListener('change', () => this.changed());
    this.statusSelect = document.createElement('select');
    this.statusSelect.setAttribute('aria-label', 'Status');
    for (const [value, text] of STATUS_OPTIONS) this.statusSelect.append(new Option(text, value));
    this.statusSelect.addEventListener('change', () => this.changed());
    const selects = document.createElement('div');
    selects.className = 'filter-selects';
    selects.append(this.tagSelect, this.statusSelect);
    host.append(toggles, selects);
  }

  /** The filter as set now. */
  get value(): AnnotationFilter {
    return { kinds: new Set(this.kinds), tag: this.tagSelect.value, status: this.statusSelect.value as StatusFilter };
  }

  /** Offers `tags` (those in use) in the tag select, keeping the chosen one. */
  setTags(tags: Iterable<string>): void {
    const chosen = this.tagSelect.value;
    const sorted = [...new Set(tags)].sort((a, b) => a.localeCompare(b));
    if (sorted.join('\n') === this.offered) return;
    this.offered = sorted.join('\n');
    this.tagSelect.replaceChildren(new Option('Any tag', ''), ...sorted.map((t) => new Option(t, t)));
    this.tagSelect.value = sorted.includes(chosen) ? chosen : '';
  }

  private changed(): void {
    this.onChange(this.value);
  }
}
