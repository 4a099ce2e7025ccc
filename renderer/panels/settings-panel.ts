import type { ApiInput, LexiconView } from '../../shared/api';
import { SEVERITIES, type LexiconEntry, type ProjectSettings, type Severity } from '../../shared/model';
import { checkbox, selectField, textArea, textField } from './forms/form-fields';

/** What the settings form saves: the settings, and the project's lexicon when it changed. */
export interface SettingsChange {
  settings: ApiInput<'updateSettings'>;
  lexicon: LexiconEntry[] | null;
}

/** Callbacks of the {@link SettingsPanel}. */
export interface SettingsEvents {
  /** Store the change (`updateSettings`, `setLexicon`); resolves true when stored. */
  save(change: SettingsChange): Promise<boolean>;
}

/** `Kovač, Kovac # a note` → an entry; null for a blank line; a message when it has fewer than two variants. */
export function parseLexiconLine(line: string): LexiconEntry | null | string {
  const [words = '', ...note] = line.split(' # ');
  const variants = [...new Set(words.split(',').map((w) => w.trim()).filter(Boolean))];
  if (variants.length === 0 && note.join('').trim() === '') return null;
  if (variants.length < 2) return `“${line.trim()}” needs at least two spellings, separated by commas`;
  const text = note.join(' # ').trim();
  return text ? { variants, note: text } : { variants };
}

/** An entry as one line of the form. */
export function lexiconLine(entry: LexiconEntry): string {
  return `${entry.variants.join(', ')}${entry.note ? ` # ${entry.note}` : ''}`;
}

/**
 * The project's settings (`[data-testid=settings-panel]`, a region under the header): the severity at
 * which claims are flagged, the name new annotations are credited to, and the project's own outlets for
 * quote detection (one a line, added to the built-in gazetteer). Escape or Close hides it.
 */
export class SettingsPanel {
  private readonly form: HTMLFormElement;
  private threshold!: HTMLSelectElement;
  private creator!: HTMLInputElement;
  private gazetteer!: HTMLTextAreaElement;
  private lexicon!: HTMLTextAreaElement;
  private builtin!: HTMLInputElement;
  private schemes: { id: string; box: HTMLInputElement }[] = [];
  private lexiconBefore = '';
  private readonly status: HTMLElement;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: SettingsEvents,
  ) {
    host.dataset['testid'] = 'settings-panel';
    host.setAttribute('aria-labelledby', 'settings-heading');
    host.hidden = true;
    this.form = Object.assign(document.createElement('form'), { className: 'settings-form', noValidate: true });
    this.status = Object.assign(document.createElement('p'), { className: 'form-hint' });
    this.status.setAttribute('role', 'status');
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    host.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
    host.append(this.form);
  }

  get isOpen(): boolean {
    return !this.host.hidden;
  }

  /** Shows the panel filled with `settings` and the lexicon as it applies, focusing its first field. */
  open(settings: ProjectSettings, readOnly: boolean, view: LexiconView): void {
    const heading = Object.assign(document.createElement('h2'), { id: 'settings-heading', className: 'form-heading', textContent: 'Project settings' });
    const threshold = selectField('Flag claims at or above', SEVERITIES.map((s) => [s, s] as const), settings.threshold, 'threshold');
    const creator = textField('Your name on new annotations', settings.creator, { name: 'creator' });
    const gazetteer = textArea('Outlets of this project (one a line)', settings.gazetteer.join('\n'), { name: 'gazetteer', rows: 4 });
    this.threshold = threshold.control;
    this.creator = creator.control;
    this.gazetteer = gazetteer.control;
    const lexicon = textArea('Spelling equivalences of this project (one a line: spellings separated by commas, a note after “ # ”)', view.entries.map(lexiconLine).join('\n'), { name: 'lexicon', rows: 4 });
    this.lexicon = lexicon.control;
    this.lexiconBefore = this.lexicon.value;
    const builtin = checkbox(`Also apply the ${view.builtin.length} equivalences shipped with Verbatim`, view.builtinLexicon, 'builtin-lexicon');
    this.builtin = builtin.control;
    const schemes = Object.assign(document.createElement('fieldset'), { className: 'form-fieldset' });
    schemes.append(Object.assign(document.createElement('legend'), { textContent: 'Transliteration schemes applied to names' }));
    this.schemes = view.schemes.map((scheme) => {
      const row = checkbox(scheme.name, scheme.enabled, `scheme-${scheme.id}`);
      schemes.append(row.row);
      return { id: scheme.id, box: row.control };
    });
    const save = Object.assign(document.createElement('button'), { type: 'submit', className: 'primary-button', textContent: 'Save settings', disabled: readOnly });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: 'Close' });
    close.addEventListener('click', () => this.close());
    const actions = Object.assign(document.createElement('div'), { className: 'form-actions' });
    actions.append(save, close);
    this.status.textContent = readOnly ? 'The project is read-only: settings cannot be changed.' : '';
    this.form.replaceChildren(heading, threshold.row, creator.row, gazetteer.row, lexicon.row, builtin.row, schemes, actions, this.status);
    this.host.hidden = false;
    this.threshold.focus();
  }

  close(): void {
    this.host.hidden = true;
  }

  private async submit(): Promise<void> {
    const creator = this.creator.value.trim();
    if (!creator) {
      this.status.textContent = 'A name is needed: new annotations are credited to it.';
      this.creator.setAttribute('aria-invalid', 'true');
      this.creator.focus();
      return;
    }
    this.creator.removeAttribute('aria-invalid');
    const entries: LexiconEntry[] = [];
    for (const line of this.lexicon.value.split('\n')) {
      const parsed = parseLexiconLine(line);
      if (typeof parsed === 'string') {
        this.status.textContent = `The lexicon cannot be saved: ${parsed}.`;
        this.lexicon.setAttribute('aria-invalid', 'true');
        this.lexicon.focus();
        return;
      }
      if (parsed) entries.push(parsed);
    }
    this.lexicon.removeAttribute('aria-invalid');
    const gazetteer = [...new Set(this.gazetteer.value.split('\n').map((l) => l.trim()).filter(Boolean))];
    const settings = {
      threshold: this.threshold.value as Severity,
      creator,
      gazetteer,
      builtinLexicon: this.builtin.checked,
      transliteration: this.schemes.filter((s) => s.box.checked).map((s) => s.id),
    };
    const stored = await this.events.save({ settings, lexicon: this.lexicon.value === this.lexiconBefore ? null : entries });
    if (stored) {
      this.lexiconBefore = this.lexicon.value;
      this.status.textContent = 'Settings saved.';
    }
  }
}
