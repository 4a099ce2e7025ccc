import type { AnnotationKind } from '../../shared/model';
import { KINDS } from '../kinds';
import { rovingFocus, setRovingStop } from './roving-focus';

/** Callbacks of the {@link Toolbar}. */
export interface ToolbarEvents {
  /** The user asked to mark the selection as `kind` (by button or shortcut) while marking was possible. */
  onMark(kind: AnnotationKind): void;
  /** A shortcut was pressed while marking is not possible; `reason` says why, for the status area. */
  onRefused(reason: string): void;
}

/**
 * The annotation toolbar (`role=toolbar`): one button per kind, named "Mark as claim", "Mark as quote",
 * "Mark as cross-reference" and "Mark as discrepancy note", with shortcuts Alt+1..Alt+4 shown in each
 * button's tooltip and `aria-keyshortcuts`. Buttons are disabled while there is no selection or the
 * project is read-only.
 */
export class Toolbar {
  private readonly buttons = new Map<AnnotationKind, HTMLButtonElement>();
  private hasSelection = false;
  private readOnly = false;

  constructor(
    private readonly bar: HTMLElement,
    private readonly events: ToolbarEvents,
  ) {
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Annotate the selection');
    // The visible "Mark as" prefix is said once for the row; each button shows only its kind, and its
    // accessible name is the full action (which contains the visible label, as WCAG 2.5.3 asks).
    const prefix = document.createElement('span');
    prefix.className = 'toolbar-label';
    prefix.textContent = 'Mark as';
    prefix.setAttribute('aria-hidden', 'true');
    bar.append(prefix);
    for (const k of KINDS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `mark-button mark-${k.kind}`;
      button.dataset['kind'] = k.kind;
      button.title = `${k.action} (${k.shortcut})`;
      button.setAttribute('aria-label', k.action);
      button.setAttribute('aria-keyshortcuts', k.shortcut);
      const swatch = document.createElement('span');
      swatch.className = `kind-swatch kind-${k.kind}`;
      swatch.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.textContent = k.label;
      const key = document.createElement('kbd');
      key.textContent = k.shortcut;
      key.setAttribute('aria-hidden', 'true');
      button.append(swatch, label, key);
      // Keep focus (and so the visible selection) in the document when the button is clicked with a mouse.
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => this.events.onMark(k.kind));
      this.buttons.set(k.kind, button);
      bar.append(button);
    }
    rovingFocus(bar, 'button', 'horizontal');
    document.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.update();
  }

  /** Whether the document has a non-empty selection. */
  setHasSelection(value: boolean): void {
    this.hasSelection = value;
    this.update();
  }

  /** Whether the project is read-only (annotations cannot be created). */
  setReadOnly(value: boolean): void {
    this.readOnly = value;
    this.update();
  }

  private whyDisabled(): string | null {
    if (this.readOnly) return 'This project is read-only, so annotations cannot be added.';
    if (!this.hasSelection) return 'Select some text in the document first.';
    return null;
  }

  private update(): void {
    const disabled = this.whyDisabled() !== null;
    for (const button of this.buttons.values()) button.disabled = disabled;
    if (!disabled) setRovingStop(this.bar, 'button');
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
    const k = KINDS.find((x) => x.code === event.code);
    if (!k) return;
    event.preventDefault();
    const reason = this.whyDisabled();
    if (reason) this.events.onRefused(reason);
    else this.events.onMark(k.kind);
  }
}
