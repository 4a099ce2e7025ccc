import type { ProjectSettings } from '../../shared/model';
import { SettingsPanel, type SettingsChange } from '../panels/settings-panel';
import { unwrap } from './annotation-actions';
import type { Workspace } from './workspace';

/** What changes when settings do. */
export interface SettingsHooks {
  /** The settings as stored now (the window keeps its copy of the project's). */
  onStored(settings: ProjectSettings): void;
  /** The threshold changed: flags are recomputed from the same report. */
  onThreshold(): void;
  /** Outlets or spellings changed: detection and matching find other things, so check and suggest again. */
  onMatching(): void;
}

/**
 * The Settings button and panel: opens it with the project's settings and lexicon (`lexicon`), stores a
 * change (`updateSettings`, then `setLexicon` when the entries changed) and says what follows from it.
 */
export class SettingsController {
  private readonly panel: SettingsPanel;

  constructor(
    private readonly ws: Workspace,
    host: HTMLElement,
    button: HTMLButtonElement,
    private readonly hooks: SettingsHooks,
  ) {
    this.panel = new SettingsPanel(host, { save: (change) => this.save(change) });
    button.addEventListener('click', () => void this.toggle());
  }

  private async toggle(): Promise<void> {
    if (this.panel.isOpen) return this.panel.close();
    const project = this.ws.info();
    if (!project) return;
    try {
      this.panel.open(project.settings, project.readOnly, unwrap(await this.ws.api.lexicon({})));
    } catch (error) {
      this.ws.report(error, 'Could not read the lexicon');
    }
  }

  private async save(change: SettingsChange): Promise<boolean> {
    try {
      const before = this.ws.info()?.settings;
      const stored = unwrap(await this.ws.api.updateSettings(change.settings));
      if (change.lexicon) unwrap(await this.ws.api.setLexicon({ entries: change.lexicon }));
      this.hooks.onStored(stored);
      if (before?.threshold !== stored.threshold) this.hooks.onThreshold();
      const matching = (s: ProjectSettings | undefined) => JSON.stringify([s?.gazetteer, s?.builtinLexicon, s?.transliteration]);
      if (change.lexicon || matching(before) !== matching(stored)) this.hooks.onMatching();
      this.ws.notices.show('Settings saved.');
      return true;
    } catch (error) {
      this.ws.report(error, 'Could not save the settings');
      return false;
    }
  }
}
