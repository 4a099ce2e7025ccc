/**
 * Inline completion of the outlet field, on top of its native `datalist`: typing the start of a known
 * outlet fills in the rest, selected, so Tab or Enter accepts it (and typing on replaces it); an outlet
 * neither the project nor the gazetteer knows is noted as new, never refused.
 */
export function completeOutlets(input: HTMLInputElement, names: () => readonly string[], note: HTMLElement): void {
  note.setAttribute('aria-live', 'polite');
  const known = (value: string): string | undefined => {
    const v = value.trim().toLowerCase();
    return names().find((n) => n.toLowerCase() === v);
  };
  const describe = (): void => {
    const value = input.value.trim();
    note.textContent = value === '' || known(value) !== undefined ? '' : `New outlet: “${value}” is not among the project’s outlets or the gazetteer; it is stored as typed.`;
  };
  input.addEventListener('input', (event) => {
    const typed = input.value;
    // Only while typing forward at the end: deleting, pasting in the middle or composing is left alone.
    const inserting = event instanceof InputEvent && event.inputType === 'insertText' && input.selectionStart === typed.length;
    if (inserting && typed.trim() !== '') {
      const lower = typed.toLowerCase();
      const match = names().find((n) => n.length > typed.length && n.toLowerCase().startsWith(lower));
      if (match) {
        input.value = typed + match.slice(typed.length);
        input.setSelectionRange(typed.length, match.length, 'forward');
      }
    }
    describe();
  });
  input.addEventListener('keydown', (event) => {
    const pending = input.selectionStart !== null && input.selectionEnd === input.value.length && input.selectionStart < input.selectionEnd;
    if (!pending) return;
    if (event.key === 'Enter' || event.key === 'Tab' || event.key === 'ArrowRight' || event.key === 'End') {
      // Accepts the completion; Tab still moves on, Enter does not save yet (one more Enter does).
      input.setSelectionRange(input.value.length, input.value.length);
      if (event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
      }
      describe();
    }
  });
  input.addEventListener('change', describe);
}
