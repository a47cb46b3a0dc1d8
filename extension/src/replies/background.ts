import { compilePack, type CompiledPack } from '@vigil/shared/engine/rules';
import { currentPack } from '../flagging/rule-pack-sync.ts';
import type { BackgroundModule } from '../background-modules.ts';
import type { Handler } from '../messaging.ts';
import type { Stores } from '../storage.ts';
import { currentReplies } from './reply-sync.ts';
import { risksOf, suggestionsFor } from './suggest.ts';
import { createUseQueue } from './use-queue.ts';

// The background half of replies (issue 5): suggestions for a unit of a tab from the synced approved set, and
// the use log. Uses wait in the durable queue and go out whenever the background runs a reply message.

export interface RepliesBackendDeps {
  stores: Stores;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Called when uses stay queued (offline): the extension schedules a retry. */
  onPending?: () => void;
}

export function createRepliesBackend(deps: RepliesBackendDeps) {
  const now = deps.now ?? (() => new Date());
  const queue = createUseQueue({ settings: deps.stores.settings, queue: deps.stores.replyUses, fetch: deps.fetch });
  let compiled: { version: string; pack: CompiledPack } | null = null;

  async function pack(): Promise<CompiledPack> {
    const info = await currentPack(deps.stores, deps.fetch);
    if (compiled?.version !== info.version) compiled = { version: info.version, pack: compilePack(info.pack) };
    return compiled.pack;
  }

  const suggest: Handler<'replies:suggest'> = async ({ tabId, key }) => {
    const [state, set, compiledPack] = await Promise.all([
      deps.stores.tab(tabId).get(),
      currentReplies({ settings: deps.stores.settings, cache: deps.stores.approvedReplies, fetch: deps.fetch, now }),
      pack(),
    ]);
    void queue.flush();
    const unit = state?.units.find((u) => u.key === key);
    if (!unit) return { suggestions: [], source: set.source, syncedAt: set.syncedAt };
    return { suggestions: suggestionsFor(unit, risksOf(compiledPack, unit.text), set.replies, now()), source: set.source, syncedAt: set.syncedAt };
  };

  const use: Handler<'replies:use'> = async (u) => {
    const result = await queue.add(u);
    if (result.pending > 0) deps.onPending?.();
    return result;
  };

  return { suggest, use, flush: () => queue.flush() };
}

const ALARM = 'vigil-reply-uses';

export function createRepliesBackground(stores: Stores): BackgroundModule {
  const backend = createRepliesBackend({ stores, onPending: () => void chrome.alarms.create(ALARM, { delayInMinutes: 1 }) });
  // Uses queued while offline go out when the browser starts again, and every minute while any wait, so legal's
  // log fills in even if nobody opens the side panel again.
  const flush = async () => {
    const { pending } = await backend.flush();
    if (pending > 0) void chrome.alarms.create(ALARM, { delayInMinutes: 1 });
  };
  return {
    handlers: { 'replies:suggest': backend.suggest, 'replies:use': backend.use },
    start() {
      chrome.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === ALARM) void flush();
      });
      void flush();
    },
  };
}
