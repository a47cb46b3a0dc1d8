import type { BackgroundModule } from '../background-modules.ts';
import { currentPack } from '../flagging/rule-pack-sync.ts';
import type { Stores } from '../storage.ts';
import { currentIncidents } from './incident-sync.ts';

/** The incidents module of the background (issue 11 item 7): the open incidents of the pack's brands for the panel. */
export function createIncidentsBackground(stores: Stores, doFetch?: typeof fetch): BackgroundModule {
  return {
    handlers: {
      'incidents:open': async () => {
        const { pack } = await currentPack(stores, doFetch);
        return currentIncidents({ settings: stores.settings, cache: stores.openIncidents, ...(doFetch ? { fetch: doFetch } : {}) }, { brands: pack.brands.map((b) => b.name) });
      },
    },
  };
}
