import { attributionText, preview } from '../../model/describe';
import type { BodyEditor, CitableQuote, FormContext } from './body-editor';
import { button, textArea, textField, uniqueId } from './form-fields';

/** How many quotes the list shows before asking for a narrower filter. */
const LISTED_QUOTES = 200;

/**
 * A claim's body: its text and the quotes it cites. The quotes are picked from the project's quote
 * annotations (a filterable list of checkboxes, each named by its attribution, document and text), or by
 * selecting the quoted text in any document and pressing "Cite quotes in the selection".
 */
export function claimFields(start: { text: string; cites: readonly string[] }, ctx: FormContext): BodyEditor {
  const element = document.createElement('div');
  element.className = 'form-group';
  const text = textArea('Claim', start.text, { name: 'claim-text', rows: 3 });
  const cited = new Set(start.cites);
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'form-fieldset cites';
  const legend = document.createElement('legend');
  legend.textContent = 'Cites';
  const count = document.createElement('p');
  count.className = 'form-hint';
  count.setAttribute('aria-live', 'polite');
  const filter = textField('Find a quote', '', { name: 'quote-filter' });
  const list = document.createElement('ul');
  list.className = 'cite-list';
  list.dataset['testid'] = 'cite-list';
  const message = document.createElement('p');
  message.className = 'form-hint';
  message.setAttribute('role', 'status');
  const fromSelection = button('Cite quotes in the selection', () => {
    const found = ctx.quotesInSelection();
    if ('error' in found) {
      message.textContent = found.error;
      return;
    }
    for (const id of found.ids) cited.add(id);
    message.textContent = `${found.ids.length === 1 ? 'One quote' : `${found.ids.length} quotes`} from the selection added.`;
    render();
  });
  fromSelection.title = 'Select the quoted text in any document (open it from the list), then press this.';

  const label = (q: CitableQuote): string => {
    const source = attributionText(q.attribution) || 'no attribution';
    return `${source} — ${ctx.titleOf(q.document)}: “${preview(q.exact, 90)}”`;
  };
  const render = (): void => {
    const words = filter.control.value.trim().toLowerCase();
    const quotes = ctx.quotes();
    // Cited quotes first, so what the claim cites is always in view.
    const shown = quotes
      .filter((q) => cited.has(q.id) || words === '' || label(q).toLowerCase().includes(words))
      .sort((x, y) => Number(cited.has(y.id)) - Number(cited.has(x.id)));
    list.replaceChildren(
      ...shown.slice(0, LISTED_QUOTES).map((q) => {
        const li = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = uniqueId('cite');
        box.checked = cited.has(q.id);
        box.dataset['quoteId'] = q.id;
        box.addEventListener('change', () => {
          if (box.checked) cited.add(q.id);
          else cited.delete(q.id);
          count.textContent = citedText();
        });
        const l = document.createElement('label');
        l.htmlFor = box.id;
        l.textContent = label(q);
        li.append(box, l);
        return li;
      }),
    );
    if (quotes.length === 0) list.append(Object.assign(document.createElement('li'), { className: 'empty', textContent: 'The project has no quote annotations yet: mark a quote first.' }));
    else if (shown.length > LISTED_QUOTES) list.append(Object.assign(document.createElement('li'), { className: 'empty', textContent: `${shown.length - LISTED_QUOTES} more: type to narrow the list.` }));
    count.textContent = citedText();
  };
  const citedText = (): string => (cited.size === 0 ? 'Cites no quote yet.' : `Cites ${cited.size} ${cited.size === 1 ? 'quote' : 'quotes'}.`);
  filter.control.addEventListener('input', render);
  fieldset.append(legend, count, filter.row, list, fromSelection, message);
  element.append(text.row, fieldset);
  render();
  return {
    element,
    focus: () => text.control.focus(),
    read: () => ({ body: { text: text.control.value.trim(), cites: [...cited] } }),
    // Back from marking a quote while the claim was being written: that quote is the one it cites.
    resume: (saved) => {
      if (saved?.kind === 'quote' && !cited.has(saved.id)) {
        cited.add(saved.id);
        message.textContent = 'The quote just marked is cited.';
      }
      render();
    },
  };
}
