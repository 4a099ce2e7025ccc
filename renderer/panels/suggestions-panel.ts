import type { QuoteSuggestion } from '../../shared/api';
import { attributionText, preview } from '../model/describe';
import { suggestionKey } from '../model/rejected-suggestions';
import { rovingFocus, setRovingStop } from './roving-focus';

/** Callbacks of the {@link SuggestionsPanel}. */
export interface SuggestionsEvents {
  onAccept(s: QuoteSuggestion): void;
  onEdit(s: QuoteSuggestion): void;
  onReject(s: QuoteSuggestion): void;
  onAcceptAll(list: readonly QuoteSuggestion[]): void;
  onRejectAll(list: readonly QuoteSuggestion[]): void;
  /** Show the suggestion in the text. */
  onShow(s: QuoteSuggestion): void;
  /** Whether suggestions are drawn as marks in the text. */
  onToggleMarks(shown: boolean): void;
}

const CUES: Readonly<Record<QuoteSuggestion['cue'], string>> = {
  'quotation-marks': 'in quotation marks',
  block: 'reprinted block',
  phrase: 'attribution phrase',
};

/**
 * The open document's quote suggestions (`[data-testid=suggestions-panel]`): what the engine detected and
 * the user has not marked or rejected, each with how it was found, its attribution and its text, and
 * Accept (a `quote` with the detected attribution), Edit… (the quote form, prefilled) and Reject; Accept
 * all and Reject all act on the whole document. A checkbox shows or hides the marks in the text.
 */
export class SuggestionsPanel {
  private readonly list: HTMLUListElement;
  private readonly head: HTMLElement;
  private readonly acceptAll: HTMLButtonElement;
  private readonly rejectAll: HTMLButtonElement;
  private suggestions: QuoteSuggestion[] = [];

  constructor(
    host: HTMLElement,
    private readonly events: SuggestionsEvents,
  ) {
    host.dataset['testid'] = 'suggestions-panel';
    this.head = Object.assign(document.createElement('p'), { className: 'suggestions-head' });
    this.head.setAttribute('role', 'status');
    const toggle = Object.assign(document.createElement('input'), { type: 'checkbox', id: 'show-suggestion-marks', checked: true });
    toggle.addEventListener('change', () => this.events.onToggleMarks(toggle.checked));
    const toggleRow = Object.assign(document.createElement('div'), { className: 'form-row form-row-check' });
    toggleRow.append(toggle, Object.assign(document.createElement('label'), { htmlFor: toggle.id, textContent: 'Mark suggestions in the text' }));
    this.acceptAll = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button' });
    this.acceptAll.addEventListener('click', () => this.events.onAcceptAll(this.suggestions));
    this.rejectAll = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary-button', textContent: 'Reject all' });
    this.rejectAll.addEventListener('click', () => this.events.onRejectAll(this.suggestions));
    const bulk = Object.assign(document.createElement('div'), { className: 'suggestions-bulk' });
    bulk.append(this.acceptAll, this.rejectAll);
    this.list = Object.assign(document.createElement('ul'), { className: 'suggestion-list' });
    rovingFocus(this.list, 'button.suggestion-item');
    host.append(this.head, toggleRow, bulk, this.list);
    this.render([], 'Open a document to see its quote suggestions.');
  }

  /** The suggestions listed now. */
  get current(): readonly QuoteSuggestion[] {
    return this.suggestions;
  }

  /** Lists `suggestions`; `note` replaces the count line (e.g. while loading). */
  render(suggestions: readonly QuoteSuggestion[], note?: string): void {
    this.suggestions = [...suggestions];
    const n = suggestions.length;
    this.head.textContent = note ?? (n === 0 ? 'No open quote suggestions in this document.' : `${n} quote ${n === 1 ? 'suggestion' : 'suggestions'} in this document.`);
    this.acceptAll.textContent = `Accept all (${n})`;
    this.acceptAll.disabled = n === 0;
    this.rejectAll.disabled = n === 0;
    this.list.replaceChildren(...suggestions.map((s) => this.item(s)));
    setRovingStop(this.list, 'button.suggestion-item');
  }

  /** Moves focus to the entry of the suggestion with `key`. */
  focus(key: string): void {
    this.list.querySelector<HTMLButtonElement>(`[data-suggestion="${CSS.escape(key)}"] button.suggestion-item`)?.focus();
  }

  private item(s: QuoteSuggestion): HTMLLIElement {
    const li = document.createElement('li');
    li.dataset['suggestion'] = suggestionKey(s);
    const show = Object.assign(document.createElement('button'), { type: 'button', className: 'suggestion-item', title: s.text });
    const cue = Object.assign(document.createElement('span'), { className: 'suggestion-cue', textContent: `${CUES[s.cue]} · ${Math.round(s.confidence * 100)}%` });
    const source = Object.assign(document.createElement('span'), { className: 'entry-body', textContent: attributionText(s.attribution) || 'no attribution found' });
    const text = Object.assign(document.createElement('span'), { className: 'entry-quote', textContent: `“${preview(s.text, 140)}”` });
    show.append(cue, source, text);
    show.addEventListener('click', () => this.events.onShow(s));
    const actions = Object.assign(document.createElement('div'), { className: 'entry-actions' });
    const act = (label: string, name: string, run: () => void): HTMLButtonElement => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'entry-action', textContent: label });
      b.setAttribute('aria-label', `${name}: ${preview(s.text, 60)}`);
      b.addEventListener('click', run);
      return b;
    };
    actions.append(
      act('Accept', 'Accept as a quote', () => this.events.onAccept(s)),
      act('Edit…', 'Edit, then accept', () => this.events.onEdit(s)),
      act('Reject', 'Reject the suggestion', () => this.events.onReject(s)),
    );
    li.append(show, actions);
    return li;
  }
}
