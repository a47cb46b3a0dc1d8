import { compilePack, type CompiledPack } from '@vigil/shared/engine/rules';
import { currentPack } from '../flagging/rule-pack-sync.ts';
import type { BackgroundModule } from '../background-modules.ts';
import type { Handler } from '../messaging.ts';
import type { Stores } from '../storage.ts';
import { currentReplies } from './reply-sync.ts';
import { risksOf, suggestionsFor } from './suggest.ts';
import { queueScheduler } from '../queue/scheduler.ts';
import { createUseQueue } from './use-queue.ts';

// The background half of replies (issue 5): suggestions for a unit of a tab from the synced approved set, and
// the use log. Uses wait in the durable queue and go out whenever the background runs a reply message.

export interface RepliesBackendDeps {
  stores: Stores;
  fetch?: typeof fetch;
  now?: () => Date;
  /** The retry timer of the use queue (queue/scheduler.ts in the extension). */
  schedule?: (at: number | null) => void;
}

export function createRepliesBackend(deps: RepliesBackendDeps) {
  const now = deps.now ?? (() => new Date());
  const queue = createUseQueue({
    settings: deps.stores.settings, queue: deps.stores.replyUses,
    ...(deps.fetch ? { fetch: deps.fetch } : {}), ...(deps.schedule ? { schedule: deps.schedule } : {}),
  });
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
    const meta = { source: set.source, syncedAt: set.syncedAt, ...(set.offline ? { offline: true } : {}) };
    // 与我们无关: nothing to reply to (issue 13).
    if (!unit || unit.correction?.notAboutUs) return { suggestions: [], ...meta };
    return { suggestions: suggestionsFor(unit, risksOf(compiledPack, unit.text), set.replies, now()), ...meta };
  };

  const use: Handler<'replies:use'> = (u) => queue.add(u);

  return { suggest, use, flush: () => queue.flush() };
}

const ALARM = 'vigil-reply-uses';

export function createRepliesBackground(stores: Stores): BackgroundModule {
  // Uses queued while offline go out when the browser starts again, and on the queue's back-off while any wait, so
  // legal's log fills in even if nobody opens the side panel again.
  const scheduler = queueScheduler(ALARM, () => backend.flush());
  const backend = createRepliesBackend({ stores, schedule: scheduler.schedule });
  return {
    handlers: { 'replies:suggest': backend.suggest, 'replies:use': backend.use },
    start() {
      scheduler.listen();
      void backend.flush();
    },
  };
}
