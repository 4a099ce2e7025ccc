import { basename } from 'node:path';
import type { ApiHandlers } from '../../shared/api';
import type { ServiceContext } from './context';
import { mapStoreErrors } from './errors';
import { checkSchemeIds } from './lexicon-service';

/** `projectInfo` and `updateSettings`: the project as the window's title bar and settings panel see it. */
export function projectHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'projectInfo' | 'updateSettings'> {
  const { store } = ctx;
  return {
    async projectInfo() {
      return {
        name: basename(store.dir),
        path: store.dir,
        readOnly: store.readOnly,
        warnings: [...store.warnings],
        settings: store.data().settings,
      };
    },
    // The store refuses a read-only project; the payload passed its schema at the boundary.
    updateSettings: (settings) => {
      checkSchemeIds(settings.transliteration);
      return mapStoreErrors(() => store.updateSettings(settings));
    },
  };
}
