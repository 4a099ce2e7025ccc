import { BUILTIN_OUTLETS } from '../../shared/engine/detect';
import type { ApiHandlers } from '../../shared/api';
import type { ServiceContext } from './context';

/**
 * `listOutlets`: the outlet names an attribution form offers for completion: those the project's quotes
 * already carry first (the names this project uses), then the project's gazetteer, then the built-in one.
 * Each name once (compared without case), in that order, each group sorted.
 */
export function outletHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'listOutlets'> {
  const { store } = ctx;
  return {
    async listOutlets() {
      const used = store.annotations().flatMap((a) => (a.kind === 'quote' && a.body.attribution.outlet ? [a.body.attribution.outlet] : []));
      const groups = [used, [...store.data().settings.gazetteer], BUILTIN_OUTLETS.map((o) => o.name)];
      const seen = new Set<string>();
      const names: string[] = [];
      for (const group of groups) {
        for (const name of [...group].sort((a, b) => a.localeCompare(b))) {
          const key = name.trim().toLowerCase();
          if (key === '' || seen.has(key)) continue;
          seen.add(key);
          names.push(name.trim());
        }
      }
      return names;
    },
  };
}
