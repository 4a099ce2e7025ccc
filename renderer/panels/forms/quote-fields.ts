import { PartialIsoDate, type Attribution } from '../../../shared/model';
import type { BodyEditor, FormContext } from './body-editor';
import { checkbox, textField, uniqueId } from './form-fields';
import { completeOutlets } from './outlet-completion';

/** The body of a quote as the form starts it. */
export interface QuoteStart {
  attribution: Attribution;
  translated: boolean;
}

/**
 * The attribution form of a quote: outlet (completed from the project's outlets and the gazetteer, through
 * a native `datalist`), author, date (ISO 8601, partial allowed: `1992`, `1992-03`), headline, page or URL,
 * and whether the quote is a translation.
 */
export function quoteFields(start: QuoteStart, ctx: FormContext): BodyEditor {
  const a = start.attribution;
  const element = document.createElement('fieldset');
  element.className = 'form-fieldset';
  const legend = document.createElement('legend');
  legend.textContent = 'Attribution';
  const listId = uniqueId('outlets');
  const datalist = document.createElement('datalist');
  datalist.id = listId;
  let outletNames: readonly string[] = [];
  void ctx.outlets().then((names) => {
    outletNames = names;
    datalist.replaceChildren(...names.map((n) => new Option(n)));
  });
  const outlet = textField('Outlet', a.outlet ?? '', { name: 'outlet', list: listId, hint: 'Newspaper, agency or organisation; start typing for suggestions, Tab or Enter takes the one shown.' });
  const newOutlet = Object.assign(document.createElement('p'), { className: 'form-hint new-outlet' });
  outlet.row.append(newOutlet);
  completeOutlets(outlet.control, () => outletNames, newOutlet);
  const author = textField('Author', a.author ?? '', { name: 'author' });
  const date = textField('Date', a.date ?? '', { name: 'date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const headline = textField('Headline', a.headline ?? '', { name: 'headline' });
  const page = textField('Page', a.page ?? '', { name: 'page' });
  const url = textField('URL', a.url ?? '', { name: 'url', type: 'url' });
  const translated = checkbox('Translated', start.translated, 'translated');
  element.append(legend, outlet.row, datalist, author.row, date.row, headline.row, page.row, url.row, translated.row);
  return {
    element,
    focus: () => outlet.control.focus(),
    read() {
      const value = (f: { control: HTMLInputElement }): string | undefined => f.control.value.trim() || undefined;
      const d = value(date);
      if (d !== undefined && !PartialIsoDate.safeParse(d).success) {
        return { error: 'The date must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1992-03 for March 1992.', control: date.control };
      }
      const u = value(url);
      if (u !== undefined && !isWebAddress(u)) {
        return { error: 'The URL must be a web address starting with http:// or https://, e.g. https://example.org/article; or leave it empty.', control: url.control };
      }
      const attribution: Attribution = {};
      const fields = { outlet, author, headline, page, url } as const;
      for (const [key, field] of Object.entries(fields)) {
        const v = value(field);
        if (v !== undefined) attribution[key as keyof typeof fields] = v;
      }
      if (d !== undefined) attribution.date = d;
      return { body: { attribution, translated: translated.control.checked } };
    },
  };
}

/** True for an absolute http(s) address with a host, which is what a source's URL is. */
function isWebAddress(value: string): boolean {
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
