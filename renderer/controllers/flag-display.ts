import type { FlagView } from '../model/review-state';
import type { DocumentList } from '../panels/document-list';
import { plural } from '../panels/review-format';
import type { Workspace } from './workspace';

/** The elements that count open flags. */
export interface FlagElements {
  /** The header's "⚑ 2 open flags" button, which goes to the next one. */
  button: HTMLButtonElement;
  /** The documents sidebar's line. */
  sidebar: HTMLElement;
  documentList: DocumentList;
}

/**
 * Where the window counts open flags — the header button, the documents sidebar (a line and a count per
 * document) and the window title — and the walk from one flagged claim to the next. A flag is open while
 * one of its discrepancies is unreviewed.
 */
export class FlagDisplay {
  private flags: ReadonlyMap<string, FlagView> = new Map();
  private cursor = -1;

  constructor(
    private readonly ws: Workspace,
    private readonly el: FlagElements,
    private readonly show: (document: string, start: number, end: number) => Promise<void>,
  ) {
    el.button.title = 'Go to the next flagged claim';
    el.button.addEventListener('click', () => void this.next());
  }

  /** Shows `flags` everywhere they are counted. */
  set(flags: ReadonlyMap<string, FlagView>): void {
    this.flags = flags;
    this.refresh();
  }

  /** Counts again (the documents were listed again). */
  refresh(): void {
    const open = [...this.flags.values()].filter((f) => f.open);
    const perDocument = new Map<string, number>();
    for (const f of open) perDocument.set(f.document, (perDocument.get(f.document) ?? 0) + 1);
    this.el.documentList.setFlagCounts(perDocument);
    const { button, sidebar } = this.el;
    button.hidden = open.length === 0;
    const icon = Object.assign(document.createElement('span'), { textContent: '⚑ ' });
    icon.setAttribute('aria-hidden', 'true');
    // At 800 px only "⚑ 2" shows; the words stay in the button's name.
    const words = Object.assign(document.createElement('span'), { className: 'wide-only', textContent: ` open ${open.length === 1 ? 'flag' : 'flags'}` });
    button.replaceChildren(icon, String(open.length), words);
    sidebar.hidden = this.flags.size === 0;
    sidebar.textContent = `${plural(open.length, 'open flag')} of ${this.flags.size} flagged ${this.flags.size === 1 ? 'claim' : 'claims'}.`;
    this.updateTitle();
  }

  /** The window's title: the project, and how many flags are open. */
  updateTitle(): void {
    const open = [...this.flags.values()].filter((f) => f.open).length;
    const name = this.ws.info()?.name ?? 'Verbatim';
    document.title = `${name} — Verbatim${open > 0 ? ` (${plural(open, 'open flag')})` : ''}`;
  }

  /** Shows the next open flag's claim (in document order, then text order), cycling. */
  async next(): Promise<void> {
    const open = [...this.flags.values()].filter((f) => f.open);
    if (open.length === 0) return;
    const order = new Map(this.ws.documents().map((d, i) => [d.id, i]));
    const start = (f: FlagView) => this.ws.index.get(f.claim)?.anchor?.start ?? 0;
    open.sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || start(a) - start(b));
    this.cursor = (this.cursor + 1) % open.length;
    const flag = open[this.cursor]!;
    const claim = this.ws.index.get(flag.claim);
    if (claim?.anchor) await this.show(flag.document, claim.anchor.start, claim.anchor.end);
  }
}
