import type { QuoteSuggestion } from '../../shared/api';
import { attributionText } from '../model/describe';
import { RejectedSuggestions, suggestionKey } from '../model/rejected-suggestions';
import type { ContextMenu } from '../panels/context-menu';
import { SuggestionsPanel } from '../panels/suggestions-panel';
import { unwrap } from './annotation-actions';
import type { DocumentController } from './document-controller';
import type { FormController } from './form-controller';
import type { Workspace } from './workspace';

/** How much of a suggestion a quote must cover for the suggestion to count as taken (as the service does). */
const COVERED_FRACTION = 0.5;

function covered(s: QuoteSuggestion, span: { start: number; end: number }): boolean {
  const overlap = Math.min(span.end, s.end) - Math.max(span.start, s.start);
  return overlap > 0 && overlap >= Math.min(span.end - span.start, s.end - s.start) * COVERED_FRACTION;
}

/**
 * Quote suggestions of the open document: loaded with it (`suggestQuotes`), drawn as marks and listed,
 * accepted (one `createAnnotation`, or one `createAnnotations` for all), edited in the quote form first,
 * or rejected (remembered by the window, see {@link RejectedSuggestions}). A suggestion disappears as soon
 * as a quote covers it, however that quote was made.
 */
export class SuggestionController {
  readonly panel: SuggestionsPanel;
  private all: QuoteSuggestion[] = [];
  private document: string | null = null;
  private marks = true;
  private generation = 0;

  constructor(
    private readonly ws: Workspace,
    host: HTMLElement,
    private readonly docs: DocumentController,
    private readonly forms: FormController,
    private readonly menu: ContextMenu,
    private readonly rejected: RejectedSuggestions,
    private readonly onCount: (n: number) => void,
  ) {
    this.panel = new SuggestionsPanel(host, {
      onAccept: (s) => void this.accept([s]),
      onEdit: (s) => this.edit(s),
      onReject: (s) => this.reject([s]),
      onAcceptAll: (list) => void this.accept(list),
      onRejectAll: (list) => this.reject(list),
      onShow: (s) => void this.docs.showSpan(s.document, s),
      onToggleMarks: (shown) => {
        this.marks = shown;
        this.draw();
      },
    });
    ws.index.onDidChange((change) => {
      // Only a quote in this document can cover one of its suggestions.
      const mine = (a: { annotation: { kind: string; document: string } }): boolean => a.annotation.kind === 'quote' && a.annotation.document === this.document;
      if (change.type === 'reset' || change.upserted.some((u) => mine(u.after)) || change.removed.some(mine)) this.draw();
    });
  }

  /** Loads the suggestions of `document` (the one just opened). */
  async load(document: string): Promise<void> {
    const generation = ++this.generation;
    this.document = document;
    this.all = [];
    this.panel.render([], 'Looking for quotes…');
    this.docs.pane.setSuggestions([]);
    try {
      const found = unwrap(await this.ws.api.suggestQuotes({ document }));
      if (generation !== this.generation) return;
      this.all = found;
      this.draw();
    } catch (error) {
      if (generation === this.generation) this.panel.render([], 'Quote suggestions could not be loaded.');
      this.ws.report(error, 'Could not load quote suggestions');
    }
  }

  /** Offers Accept / Edit / Reject for the suggestion marked by `key`, next to `anchor`. */
  offer(key: string, anchor: Element): void {
    const s = this.open().find((x) => suggestionKey(x) === key);
    if (!s) return;
    const box = anchor.getBoundingClientRect();
    this.menu.open(box.left, box.bottom + 4, [
      { label: 'Accept as a quote', run: () => void this.accept([s]) },
      { label: 'Edit, then accept…', run: () => this.edit(s) },
      { label: 'Reject', run: () => this.reject([s]) },
      { label: 'Show in the suggestion list', run: () => this.panel.focus(key) },
    ], 'Quote suggestion');
  }

  /** The suggestions still open: not rejected, not covered by a quote. */
  open(): QuoteSuggestion[] {
    if (!this.document) return [];
    const quotes = this.ws.index.inDocument(this.document).flatMap((a) => (a.annotation.kind === 'quote' && a.anchor ? [a.anchor] : []));
    return this.all.filter((s) => !this.rejected.has(s) && !quotes.some((q) => covered(s, q)));
  }

  private draw(): void {
    if (!this.document || this.docs.open?.record.id !== this.document) return;
    const open = this.open();
    this.panel.render(open);
    this.onCount(open.length);
    this.docs.pane.setSuggestions(
      this.marks ? open.map((s) => ({ key: suggestionKey(s), span: s, label: `Quote suggestion (${attributionText(s.attribution) || 'no attribution found'}): click to accept, edit or reject` })) : [],
    );
  }

  private async accept(list: readonly QuoteSuggestion[]): Promise<void> {
    const inputs = list.map((s) => ({
      kind: 'quote' as const,
      document: s.document,
      start: s.start,
      end: s.end,
      body: { attribution: s.attribution, translated: false },
      tags: ['suggested'],
    }));
    if (inputs.length === 1) await this.ws.actions.create(inputs[0]!, 'Suggestion accepted as a quote.');
    else await this.ws.actions.createMany(inputs, 'Accept all suggestions');
    this.forms.invalidate();
  }

  private edit(s: QuoteSuggestion): void {
    this.forms.create('quote', s.document, s, s.text, s.attribution);
  }

  private reject(list: readonly QuoteSuggestion[]): void {
    this.rejected.add(list);
    this.draw();
    this.ws.notices.show(list.length === 1 ? 'Suggestion rejected.' : `${list.length} suggestions rejected.`);
  }
}
