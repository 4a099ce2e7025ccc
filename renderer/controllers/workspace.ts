import type { ProjectInfo, VerbatimApi } from '../../shared/api';
import type { DocumentRecord } from '../../shared/model';
import type { AnnotationIndex } from '../model/annotation-index';
import type { Notices } from '../panels/notices';
import type { AnnotationActions } from './annotation-actions';

/** What the window's controllers share: the API, the annotations, the actions on them, the status area. */
export interface Workspace {
  readonly api: VerbatimApi;
  readonly index: AnnotationIndex;
  readonly actions: AnnotationActions;
  readonly notices: Notices;
  /** The project as `projectInfo` last answered, or null before it did. */
  info(): ProjectInfo | null;
  documents(): readonly DocumentRecord[];
  /** A document's title (its path when it has none, its id when unknown). */
  titleOf(id: string): string;
  /** Shows a failure in the status area, with the service's message. */
  report(error: unknown, what: string): void;
}
