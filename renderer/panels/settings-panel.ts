import { SEVERITIES, type ProjectSettings, type Severity } from '../../shared/model';
import { selectField, textArea, textField } from './forms/form-fields';

/** Callbacks of the {@link SettingsPanel}. */
export interface SettingsEvents {
  /** Store the settings (`updateSettings`); resolves with what was stored, or null when refused. */
  save(settings: ProjectSettings): Promise<ProjectSettings | null>;
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

  /** Shows the panel filled with `settings`, focusing its first field. */
  open(settings: ProjectSettings, readOnly: boolean): void {
    const heading = Object.assign(document.createElement('h2'), { id: 'settings-heading', className: 'form-heading', textContent: 'Project settings' });
    const threshold = selectField('Flag claims at or above', SEVERITIES.map((s) => [s, s] as const), settings.threshold, 'threshold');
    const creator = textField('Your name on new annotations', settings.creator, { name: 'creator' });
    const gazetteer = textArea('Outlets of this project (one a line)', settings.gazetteer.join('\n'), { name: 'gazetteer', rows: 4 });
    this.threshold = threshold.control;
    this.creator = creator.control;
    this.gazetteer = gazetteer.control;
    const save = Object.assign(document.createElement('button'), { type: 'submit', className: 'primary-button', textContent: 'Save settings', disabled: readOnly });
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: 'Close' });
    close.addEventListener('click', () => this.close());
    const actions = Object.assign(document.createElement('div'), { className: 'form-actions' });
    actions.append(save, close);
    this.status.textContent = readOnly ? 'The project is read-only: settings cannot be changed.' : '';
    this.form.replaceChildren(heading, threshold.row, creator.row, gazetteer.row, actions, this.status);
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
    const gazetteer = [...new Set(this.gazetteer.value.split('\n').map((l) => l.trim()).filter(Boolean))];
    const stored = await this.events.save({ threshold: this.threshold.value as Severity, creator, gazetteer });
    if (stored) this.status.textContent = 'Settings saved.';
  }
}
