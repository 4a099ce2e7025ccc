/** Small builders for labelled form controls, so every control of the forms has a visible label. */

let nextId = 0;

/** A fresh element id with `prefix`, unique in the page. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled control: the wrapper to insert and the control itself. */
export interface Field<T extends HTMLElement> {
  row: HTMLElement;
  control: T;
}

function row<T extends HTMLElement>(label: string, control: T, hint?: string): Field<T> {
  const wrapper = document.createElement('div');
  wrapper.className = 'form-row';
  control.id ||= uniqueId('field');
  const l = document.createElement('label');
  l.htmlFor = control.id;
  l.textContent = label;
  wrapper.append(l, control);
  if (hint) {
    const h = document.createElement('p');
    h.className = 'form-hint';
    h.id = uniqueId('hint');
    h.textContent = hint;
    control.setAttribute('aria-describedby', h.id);
    wrapper.append(h);
  }
  return { row: wrapper, control };
}

/** A one-line text input. */
export function textField(label: string, value = '', options: { name?: string; hint?: string; list?: string; type?: string } = {}): Field<HTMLInputElement> {
  const input = document.createElement('input');
  input.type = options.type ?? 'text';
  input.value = value;
  if (options.name) input.name = options.name;
  if (options.list) input.setAttribute('list', options.list);
  input.autocomplete = 'off';
  return row(label, input, options.hint);
}

/** A multi-line text input. */
export function textArea(label: string, value = '', options: { name?: string; rows?: number } = {}): Field<HTMLTextAreaElement> {
  const area = document.createElement('textarea');
  area.value = value;
  area.rows = options.rows ?? 3;
  if (options.name) area.name = options.name;
  return row(label, area);
}

/** A select of `options` (value, label), `value` chosen. */
export function selectField(label: string, options: readonly (readonly [string, string])[], value: string, name?: string): Field<HTMLSelectElement> {
  const select = document.createElement('select');
  if (name) select.name = name;
  for (const [v, text] of options) select.append(new Option(text, v, false, v === value));
  select.value = value;
  return row(label, select);
}

/** A checkbox with its label after it. */
export function checkbox(label: string, checked: boolean, name?: string): Field<HTMLInputElement> {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = checked;
  if (name) input.name = name;
  input.id = uniqueId('check');
  const wrapper = document.createElement('div');
  wrapper.className = 'form-row form-row-check';
  const l = document.createElement('label');
  l.htmlFor = input.id;
  l.textContent = label;
  wrapper.append(input, l);
  return { row: wrapper, control: input };
}

/** A small button. */
export function button(label: string, onClick: () => void, className = 'small-button'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Marks `control` as invalid (or valid again with `null`), with the problem written next to it (after the
 * control, inside its row) as an alert and named in the control's description (`aria-describedby`), so it
 * is seen where the field is and heard when the field gets focus.
 */
export function setInvalid(control: HTMLElement, message: string | null): void {
  const errorId = control.dataset['errorId'];
  const existing = errorId ? document.getElementById(errorId) : null;
  const described = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId);
  if (message === null) {
    control.removeAttribute('aria-invalid');
    existing?.remove();
    delete control.dataset['errorId'];
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
    return;
  }
  control.setAttribute('aria-invalid', 'true');
  const error = existing ?? Object.assign(document.createElement('p'), { className: 'field-error', id: uniqueId('error') });
  error.setAttribute('role', 'alert');
  error.textContent = message;
  if (!existing) control.insertAdjacentElement('afterend', error);
  control.dataset['errorId'] = error.id;
  control.setAttribute('aria-describedby', [error.id, ...described].join(' '));
}

/** Focuses `control` and scrolls its row to the middle of the form, clear of the sticky Save bar. */
export function focusInvalid(control: HTMLElement): void {
  control.focus({ preventScroll: true });
  (control.closest('.form-row') ?? control).scrollIntoView({ block: 'center' });
}
