import type { ClusterKind } from '../../shared/model/report';

/**
 * Which clusters a check reports on (DESIGN.md: press quotes first): `press` — attributed to an outlet,
 * agency or by-lined author; `quotes` — those and other quoted material; `all` — repeats too.
 */
export const SCOPES = ['press', 'quotes', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * The default: press quotes first, then other quoted material; a document's repeats of its own wording
 * (`--scope all`) are findable, not counted, because they are not a source quoted differently.
 */
export const DEFAULT_SCOPE: Scope = 'quotes';

/** The cluster kinds each scope covers. */
export const SCOPE_KINDS: Readonly<Record<Scope, readonly ClusterKind[]>> = { press: ['press'], quotes: ['press', 'quote'], all: ['press', 'quote', 'repeat'] };
