import type { AnnotationKind } from '../shared/model';

/** How the UI names and triggers each annotation kind. */
export interface KindPresentation {
  kind: AnnotationKind;
  /** Short name shown in lists and tooltips. */
  label: string;
  /** The toolbar button's accessible name (the e2e and Electron suites find buttons by it). */
  action: string;
  /** `KeyboardEvent.code` of the digit that, with Alt, marks the selection as this kind. */
  code: string;
  /** The shortcut in `aria-keyshortcuts` syntax. */
  shortcut: string;
}

/**
 * The four kinds in toolbar order. Alt+digit was chosen over Ctrl+Alt+letter because Ctrl+Alt is AltGr on
 * many keyboard layouts (Ctrl+Alt+C types "ć" in Polish), and `code` rather than `key` is matched so the
 * shortcut works where Alt+digit produces a character (macOS Option, AZERTY).
 */
export const KINDS: readonly KindPresentation[] = [
  { kind: 'claim', label: 'Claim', action: 'Mark as claim', code: 'Digit1', shortcut: 'Alt+1' },
  { kind: 'quote', label: 'Quote', action: 'Mark as quote', code: 'Digit2', shortcut: 'Alt+2' },
  { kind: 'crossref', label: 'Cross-reference', action: 'Mark as cross-reference', code: 'Digit3', shortcut: 'Alt+3' },
  { kind: 'note', label: 'Discrepancy note', action: 'Mark as discrepancy note', code: 'Digit4', shortcut: 'Alt+4' },
];

/** The presentation of `kind`. */
export function presentationOf(kind: AnnotationKind): KindPresentation {
  const found = KINDS.find((k) => k.kind === kind);
  if (!found) throw new RangeError(`unknown annotation kind "${kind}"`);
  return found;
}
