import { computed, signal } from '@preact/signals';
import type { Level } from '@vigil/shared/engine/types';
import type { ScanFailure } from './empty-reason.ts';
import type { PackInfo } from './types.ts';
import type { Item, TabState, TabUnit } from '../storage.ts';

// The side panel's flagging controls (issue 4): level filter, rule-pack version and last sync, 扫描此页, login-wall
// notice, and per-unit "show in page" and one-click corrections. The transport is handed in (messaging in the
// extension, fakes in tests).

export interface FlagPanelTransport {
  pack(): Promise<PackInfo>;
  scan(tabId: number): Promise<{ ok: boolean; reason?: ScanFailure }>;
  reveal(tabId: number, key: string): Promise<{ found: boolean }>;
  correct(req: { tabId: number; key: string; level?: Level; notAboutUs?: boolean }): Promise<{ ok: boolean; reason?: string }>;
  tabState(tabId: number): Item<TabState | null>;
  panelFocus(tabId: number): Item<{ key: string; at: string } | null>;
}

export type LevelFilter = 'all' | Level;
/** Kept for the panel's components: the tab unit carries its correction (storage.ts). */
export type CorrectedTabUnit = TabUnit;

export function createFlagPanelModel(transport: FlagPanelTransport) {
  const filter = signal<LevelFilter>('all');
  const pack = signal<PackInfo | null>(null);
  const loginWall = signal<string | null>(null);
  const notice = signal<string | null>(null);
  /** The shown tab's state as its script last wrote it (what it read, issue 12). */
  const state = signal<TabState | null>(null);
  /** Why the last 扫描此页 of the shown tab could not run; cleared when the tab changes. */
  const scanFailure = signal<ScanFailure | null>(null);
  /** The unit whose in-page badge was clicked: its row scrolls into view and is marked. */
  const focusKey = signal<string | null>(null);
  /** What became of the last correction of each unit, said on its card (issue 13). */
  const corrected = signal<Record<string, { ok: boolean; reason?: string; undo?: boolean }>>({});
  let stop = () => {};

  /** Units to list: the filter applied; a corrected level counts as the unit's level. */
  const apply = (units: TabUnit[]) =>
    units.filter((u) => filter.value === 'all' || (u.correction?.level ?? u.level) === filter.value);

  async function watchTab(tabId: number | null) {
    stop();
    loginWall.value = null;
    state.value = null;
    scanFailure.value = null;
    if (tabId === null) return;
    const item = transport.tabState(tabId);
    const read = (s: TabState | null) => {
      loginWall.value = s?.loginWall ?? null;
      state.value = s;
    };
    const focus = transport.panelFocus(tabId);
    const unwatchState = item.watch(read);
    const unwatchFocus = focus.watch((f) => (focusKey.value = f?.key ?? null));
    stop = () => {
      unwatchState();
      unwatchFocus();
    };
    read(await item.get());
    focusKey.value = (await focus.get())?.key ?? null;
  }

  return {
    filter,
    pack,
    loginWall,
    notice,
    state,
    scanFailure,
    focusKey,
    apply,
    packLabel: computed(() => pack.value),
    watchTab,
    async refreshPack() {
      pack.value = await transport.pack().catch(() => null);
    },
    async scan(tabId: number) {
      const r = await transport.scan(tabId).catch(() => ({ ok: false, reason: 'failed' as const }));
      scanFailure.value = r.ok ? null : (r.reason ?? 'failed');
    },
    reveal: (tabId: number, key: string) => transport.reveal(tabId, key),
    corrected,
    /** Sends a correction; the card shows it at once (the background keeps it in the tab state first), then whether the API has it. */
    async correct(tabId: number, key: string, change: { level?: Level; notAboutUs?: boolean }) {
      const r = await transport.correct({ tabId, key, ...change }).catch((err: unknown) => ({ ok: false, reason: String(err) }));
      corrected.value = { ...corrected.value, [key]: { ok: r.ok, ...(r.reason ? { reason: r.reason } : {}), ...(change.notAboutUs === false ? { undo: true } : {}) } };
      return r;
    },
  };
}
export type FlagPanelModel = ReturnType<typeof createFlagPanelModel>;
