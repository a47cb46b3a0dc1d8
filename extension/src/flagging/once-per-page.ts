// One flagging script per page (issue 12): the registered news script, the injection after a grant and 扫描此页 may
// all run the same file in the same page. The first one flags; a later one only asks it to read the page again.
// State lives in the extension's isolated world, which every injection of ours into this page shares.

export interface Running {
  rescan(): void;
}

interface World {
  /** Set by scanPage just before it injects the script: read this page as a news article (news-scripts.ts). */
  __flagOnDemand?: boolean;
  __vigilFlagging?: { alive(): boolean; ready: Promise<Running | null> };
}

/** Whether this injection was asked for by 扫描此页; the flag is consumed. */
export function takeOnDemand(world = globalThis as unknown as World): boolean {
  const on = world.__flagOnDemand === true;
  delete world.__flagOnDemand;
  return on;
}

/**
 * Runs `start` unless a live flagger already runs in this page, in which case that one rescans. `start` resolves
 * to null when it decided not to flag (no adapter for the page): a later injection may then try again.
 */
export async function oncePerPage(alive: () => boolean, start: () => Promise<Running | null>, world = globalThis as unknown as World): Promise<void> {
  const running = world.__vigilFlagging;
  if (running?.alive()) {
    (await running.ready)?.rescan();
    if (await running.ready) return;
  }
  const ready = start().catch(() => null);
  const entry = { alive, ready };
  world.__vigilFlagging = entry;
  if ((await ready) === null && world.__vigilFlagging === entry) delete world.__vigilFlagging;
}
