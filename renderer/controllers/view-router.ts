/** Which view the window shows, as the address names it. */
export type Route =
  | { view: 'document'; document?: string }
  | { view: 'review' }
  | { view: 'compare'; cluster?: string; variant?: string };

/** The address of a route: `#doc=<id>`, `#review`, `#compare=<cluster>`. */
export function hashOf(route: Route): string {
  if (route.view === 'review') return '#review';
  if (route.view === 'compare') return route.cluster ? `#compare=${encodeURIComponent(route.cluster)}` : '#compare';
  return route.document ? `#doc=${encodeURIComponent(route.document)}` : '#';
}

/** The route an address names (the document view when it names none). */
export function routeOf(hash: string): Route {
  const value = (key: string): string | undefined => {
    const m = new RegExp(`(?:^#|&)${key}=([^&]+)`).exec(hash);
    return m?.[1] ? decodeURIComponent(m[1]) : undefined;
  };
  if (/^#review(?:$|&)/.test(hash)) return { view: 'review' };
  if (/^#compare(?:$|=|&)/.test(hash)) {
    const cluster = value('compare');
    return cluster ? { view: 'compare', cluster } : { view: 'compare' };
  }
  const document = value('doc');
  return document ? { view: 'document', document } : { view: 'document' };
}

const VIEWS = [
  { view: 'document', label: 'Document', sections: ['documents-sidebar', 'document-view', 'side-panel'] },
  { view: 'review', label: 'Review', sections: ['review-host'] },
  { view: 'compare', label: 'Compare', sections: ['compare-view'] },
] as const;

/**
 * The three views of the window — the document view, the review view and the compare view — as tabs in
 * the header (a `nav` of buttons, the current one `aria-current="page"`), each with its own address, so
 * Back and Forward and a reload keep the view.
 */
export class ViewRouter {
  private route: Route = { view: 'document' };
  private readonly buttons = new Map<Route['view'], HTMLButtonElement>();
  private lastDocument: string | null = null;
  private lastCluster: string | null = null;

  constructor(
    tabs: HTMLElement,
    private readonly workspace: HTMLElement,
    private readonly onRoute: (route: Route) => Promise<void> | void,
  ) {
    for (const v of VIEWS) {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'view-tab', textContent: v.label });
      b.dataset['view'] = v.view;
      b.addEventListener('click', () => {
        if (v.view === 'document') this.go({ view: 'document', ...(this.lastDocument ? { document: this.lastDocument } : {}) });
        else if (v.view === 'compare') this.go(this.lastCluster ? { view: 'compare', cluster: this.lastCluster } : { view: 'compare' });
        else this.go({ view: 'review' });
      });
      this.buttons.set(v.view, b);
      tabs.append(b);
    }
    window.addEventListener('hashchange', () => void this.apply(routeOf(window.location.hash)));
  }

  /** The route shown. */
  get current(): Route {
    return this.route;
  }

  /** Shows the route the address names (or document `fallback`); resolves once it is shown. */
  async start(fallback: string | null): Promise<void> {
    const route = routeOf(window.location.hash);
    if (route.view === 'document' && !route.document && fallback) route.document = fallback;
    await this.apply(route, true);
  }

  /** Shows `route`, adding it to the history (or replacing the entry with `push: false`). */
  go(route: Route, push = true): void {
    const hash = hashOf(route);
    if (window.location.hash !== hash) {
      if (push) window.history.pushState(window.history.state, '', hash);
      else window.history.replaceState(window.history.state, '', hash);
    }
    void this.apply(route);
  }

  /** A document was opened: the address follows, without a history entry of its own. */
  documentShown(id: string): void {
    this.lastDocument = id;
    if (this.route.view !== 'document') return;
    this.route = { view: 'document', document: id };
    const hash = hashOf(this.route);
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  }

  /** Shows the count of open discrepancies on the Review tab (`null`: no check yet). */
  setReviewCount(open: number | null): void {
    const b = this.buttons.get('review');
    if (!b) return;
    b.textContent = open === null ? 'Review' : `Review (${open}`;
    if (open !== null) b.append(Object.assign(document.createElement('span'), { className: 'wide-only', textContent: ' open' }), ')');
  }

  private async apply(route: Route, replace = false): Promise<void> {
    this.route = route;
    if (route.view === 'compare' && route.cluster) this.lastCluster = route.cluster;
    this.workspace.dataset['view'] = route.view;
    for (const v of VIEWS) {
      for (const id of v.sections) {
        const el = document.getElementById(id);
        if (el) el.hidden = v.view !== route.view;
      }
      const b = this.buttons.get(v.view);
      if (v.view === route.view) b?.setAttribute('aria-current', 'page');
      else b?.removeAttribute('aria-current');
    }
    if (replace && window.location.hash !== hashOf(route)) window.history.replaceState(window.history.state, '', hashOf(route));
    await this.onRoute(route);
  }
}
