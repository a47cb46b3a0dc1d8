import type { Analysis, Counts, Level } from '@vigil/shared/engine/types';
import type { ApprovedReply } from '@vigil/shared/schemas/reply';
import type { ReplyUse } from '@vigil/shared/schemas/reply-use';
import type { MentionReport } from '@vigil/shared/schemas/mention';
import type { EscalationCreate, EscalationMark } from './escalation/types.ts';
import type { HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import type { AdapterHealthReport } from '@vigil/shared/schemas/adapter-health';
import type { IncidentCache } from './incidents/types.ts';

/**
 * The one storage module of the extension (STYLE habit 7): every key, its area and its value type live here, so
 * there are no stray string keys. Keys carry a version; a shape change bumps it and old values are simply ignored.
 */

export type { Lang } from '@vigil/shared/i18n/vocabulary';
import type { Lang } from '@vigil/shared/i18n/vocabulary';

export interface Settings {
  /** Origin (and optional path prefix) of the Vigil API, without a trailing slash. */
  apiUrl: string;
  /** Personal access token (`vgl_…`) created in the workspace or with `pnpm vigil token create`. */
  token: string;
  lang: Lang;
}

export const defaultSettings: Settings = { apiUrl: 'http://127.0.0.1:8787', token: '', lang: 'zh' };

/** One analysed post, comment or article of a tab (DESIGN "Extension state"). */
export interface TabUnit extends Pick<Analysis, 'mentions' | 'sentiment' | 'level' | 'reasons' | 'own'> {
  /** Stable per post or comment: the platform id, or a hash of its text. */
  key: string;
  platform: string;
  kind: 'post' | 'comment' | 'article' | string;
  text: string;
  author?: string;
  permalink?: string;
  publishedAt?: string;
  counts?: Counts;
  /** Staff's one-click correction from the side panel (issue 4); it wins over the engine's level. */
  correction?: UnitCorrection;
}

export interface UnitCorrection {
  level?: Level;
  notAboutUs?: boolean;
}

/** A platform's removal page recognised by its adapter (DESIGN "Page status", takedown re-checks). */
export interface PageStatus {
  status: 'online' | 'deleted' | 'blocked';
  message: string;
}

/** What the background keeps per tab in `chrome.storage.session` under `tab:<tabId>`. */
export interface TabState {
  url: string;
  units: TabUnit[];
  /** Units by the brand's own accounts (issue 13 item 2): listed apart in the side panel, never scored or uploaded. */
  own?: TabUnit[];
  /** zh-CN first: the page asks the user to log in (shown in the side panel, issue 4). */
  loginWall?: string;
  pageStatus?: PageStatus;
  /** What the page's flagging script read (issue 12): whether any alias or person occurs, and how many units it found. */
  read?: PageRead;
}

/** The side panel says why a list is empty from this: no brand on the page, or no article body recognised. */
export interface PageRead {
  mention: boolean;
  units: number;
}

export type { Level };

/** Why a tab's re-check (复查, issue 10) was not made, kept until the tab leaves the page or closes. */
export interface RecheckRefusal {
  caseId: string;
  /** No page of the case opened the tab, or the tab made its one re-check already (capture/recheck-opener.ts). */
  reason: 'not-from-case' | 'already-rechecked';
  /** The tab's address when it asked: the notice is about this page only. */
  url: string;
  at: string;
}

/** The approved replies last synced from GET /api/replies/approved, with its ETag (issue 5). */
export interface ApprovedReplyCache {
  etag: string;
  fetchedAt: string;
  replies: ApprovedReply[];
}

/** The subset of a chrome.storage area the extension uses; tests hand in `memoryArea()`. */
export interface StorageArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Calls back with the new value (undefined when removed) whenever `key` changes; returns the unsubscribe. */
  watch(key: string, callback: (value: unknown) => void): () => void;
}

export function chromeArea(name: 'local' | 'session'): StorageArea {
  const area = () => chrome.storage[name];
  return {
    get: async (key) => (await area().get(key))[key],
    set: (key, value) => area().set({ [key]: value }),
    remove: (key) => area().remove(key),
    watch(key, callback) {
      const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
        const change = changes[key];
        if (areaName === name && change) callback(change.newValue);
      };
      chrome.storage.onChanged.addListener(listener);
      return () => chrome.storage.onChanged.removeListener(listener);
    },
  };
}

/** Same behaviour as a chrome.storage area, in memory: for unit tests of models and for the API client. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea {
  const values = new Map(Object.entries(initial));
  const watchers = new Map<string, Set<(value: unknown) => void>>();
  const notify = (key: string) => {
    const value = structuredClone(values.get(key));
    for (const cb of watchers.get(key) ?? []) cb(value);
  };
  return {
    get: async (key) => structuredClone(values.get(key)),
    async set(key, value) {
      values.set(key, structuredClone(value));
      notify(key);
    },
    async remove(key) {
      values.delete(key);
      notify(key);
    },
    watch(key, callback) {
      const set = watchers.get(key) ?? new Set();
      set.add(callback);
      watchers.set(key, set);
      return () => set.delete(callback);
    },
  };
}

/** A typed view of one key. */
export interface Item<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

function item<T>(area: StorageArea, key: string, fallback: () => T, accept: (raw: unknown) => T | undefined): Item<T> {
  const read = (raw: unknown) => (raw === undefined ? fallback() : (accept(raw) ?? fallback()));
  return {
    get: async () => read(await area.get(key)),
    set: (value) => area.set(key, value),
    remove: () => area.remove(key),
    watch: (callback) => area.watch(key, (raw) => callback(read(raw))),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function acceptSettings(raw: unknown): Settings | undefined {
  if (!isObject(raw)) return undefined;
  return {
    apiUrl: typeof raw.apiUrl === 'string' ? raw.apiUrl : defaultSettings.apiUrl,
    token: typeof raw.token === 'string' ? raw.token : '',
    lang: raw.lang === 'en' ? 'en' : 'zh',
  };
}

function acceptTabState(raw: unknown): TabState | undefined {
  if (!isObject(raw) || typeof raw.url !== 'string' || !Array.isArray(raw.units)) return undefined;
  return raw as unknown as TabState;
}

function acceptRecheckRefusal(raw: unknown): RecheckRefusal | undefined {
  if (!isObject(raw) || typeof raw.caseId !== 'string' || typeof raw.url !== 'string') return undefined;
  return raw.reason === 'not-from-case' || raw.reason === 'already-rechecked' ? (raw as unknown as RecheckRefusal) : undefined;
}

export const storageKeys = {
  settings: 'settings:v1',
  tab: (tabId: number) => `tab:${tabId}`,
  panelFocus: (tabId: number) => `panel-focus:${tabId}`,
  recheckRefused: (tabId: number) => `recheck-refused:${tabId}`,
  recheckMade: (tabId: number) => `recheck-made:${tabId}`,
  rulePack: 'rule-pack:v1',
  approvedReplies: 'approved-replies:v1',
  replyUses: 'reply-uses:v1',
  mentionsOutbox: 'mentions-outbox:v1',
  hotOutbox: 'hot-outbox:v1',
  hotReported: 'hot-reported:v1',
  healthTotals: 'adapter-health-totals:v1',
  healthOutbox: 'adapter-health-outbox:v1',
  escalationsOutbox: 'escalations-outbox:v1',
  escalated: 'escalated:v1',
  openIncidents: 'open-incidents:v1',
} as const;

export interface Stores {
  /** chrome.storage.local: survives restarts. */
  settings: Item<Settings>;
  /** The last rule pack fetched from the API with its version, so flagging works offline (issue 3). */
  rulePack: Item<{ version: string; fetchedAt: string; pack: unknown } | null>;
  /** chrome.storage.session: per-tab analysis, gone when the browser closes. */
  tab(tabId: number): Item<TabState | null>;
  /** The unit whose in-page badge was clicked last: the side panel scrolls to it (chrome.storage.session, issue 4). */
  panelFocus(tabId: number): Item<{ key: string; at: string } | null>;
  /**
   * The tab's refused re-check, for the side panel to say why (chrome.storage.session: only the extension's own pages
   * read it, never the page that asked, which must not learn that Vigil is there).
   */
  recheckRefused(tabId: number): Item<RecheckRefusal | null>;
  /** When the tab made its one re-check (chrome.storage.session: the rule outlives a worker stopped for idleness). */
  recheckMade(tabId: number): Item<string | null>;
  /** The approved replies to suggest, so suggestions work offline (issue 5). */
  approvedReplies: Item<ApprovedReplyCache | null>;
  /** Uses of replies not yet acknowledged by the API (the offline queue of issue 5). */
  replyUses: Item<ReplyUse[]>;
  /** Flagged mentions not yet acknowledged by POST /api/mentions, one per unit key (issue 4). */
  mentionsOutbox: Item<MentionReport[]>;
  /** 热搜 / 热榜 sightings not yet acknowledged by POST /api/hot-search (issue 11 item 4). */
  hotOutbox: Item<HotSearchSighting[]>;
  /** Entries this browser reported in the last hour (`brand|platform|title` → epoch ms and band): one report an hour. */
  hotReported: Item<Record<string, { at: number; band: number }>>;
  /** Adapter health (issue 12 item 4): this browser's running totals per hour and site, for the last two days … */
  healthTotals: Item<AdapterHealthReport[]>;
  /** … and those not yet acknowledged by POST /api/adapter-health (counts only). */
  healthOutbox: Item<AdapterHealthReport[]>;
  /** 上报 not yet acknowledged by POST /api/escalations, one per unit key (issues 11 item 7, 13 item 1). */
  escalationsOutbox: Item<EscalationCreate[]>;
  /** What became of each unit's 上报, so its card says 已上报 after the panel reopens (the newest 500 units). */
  escalated: Item<Record<string, EscalationMark>>;
  /** The open incidents last fetched from GET /api/incidents, so the countdowns show offline (issue 11 item 7). */
  openIncidents: Item<IncidentCache | null>;
}

export function createStores(local: StorageArea, session: StorageArea): Stores {
  return {
    settings: item(local, storageKeys.settings, () => ({ ...defaultSettings }), acceptSettings),
    rulePack: item(local, storageKeys.rulePack, () => null, (raw) => (isObject(raw) ? (raw as never) : undefined)),
    tab: (tabId) => item(session, storageKeys.tab(tabId), () => null, acceptTabState),
    panelFocus: (tabId) => item(session, storageKeys.panelFocus(tabId), () => null, (raw) =>
      isObject(raw) && typeof raw.key === 'string' ? (raw as { key: string; at: string }) : undefined),
    recheckRefused: (tabId) => item(session, storageKeys.recheckRefused(tabId), () => null, acceptRecheckRefusal),
    recheckMade: (tabId) => item(session, storageKeys.recheckMade(tabId), () => null, (raw) => (typeof raw === 'string' ? raw : undefined)),
    approvedReplies: item(local, storageKeys.approvedReplies, () => null, (raw) =>
      isObject(raw) && typeof raw.etag === 'string' && Array.isArray(raw.replies) ? (raw as unknown as ApprovedReplyCache) : undefined),
    replyUses: item(local, storageKeys.replyUses, () => [], (raw) => (Array.isArray(raw) ? (raw as ReplyUse[]) : undefined)),
    mentionsOutbox: item(local, storageKeys.mentionsOutbox, () => [], (raw) => (Array.isArray(raw) ? (raw as MentionReport[]) : undefined)),
    escalationsOutbox: item(local, storageKeys.escalationsOutbox, () => [], (raw) => (Array.isArray(raw) ? (raw as EscalationCreate[]) : undefined)),
    escalated: item(local, storageKeys.escalated, () => ({}), (raw) => (isObject(raw) ? (raw as Record<string, EscalationMark>) : undefined)),
    hotOutbox: item(local, storageKeys.hotOutbox, () => [], (raw) => (Array.isArray(raw) ? (raw as HotSearchSighting[]) : undefined)),
    hotReported: item(local, storageKeys.hotReported, () => ({}), (raw) => (isObject(raw) ? (raw as Record<string, { at: number; band: number }>) : undefined)),
    healthTotals: item(local, storageKeys.healthTotals, () => [], (raw) => (Array.isArray(raw) ? (raw as AdapterHealthReport[]) : undefined)),
    openIncidents: item(local, storageKeys.openIncidents, () => null, (raw) =>
      isObject(raw) && Array.isArray(raw.incidents) ? (raw as unknown as IncidentCache) : undefined),
    healthOutbox: item(local, storageKeys.healthOutbox, () => [], (raw) => (Array.isArray(raw) ? (raw as AdapterHealthReport[]) : undefined)),
  };
}

/** The stores of the running extension (any extension context: background, pages, content scripts). */
export const stores = (): Stores => createStores(chromeArea('local'), chromeArea('session'));
