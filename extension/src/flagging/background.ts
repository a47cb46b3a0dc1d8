import { analyze } from '@vigil/shared/engine/index';
import { compilePack, mentionPack, type CompiledPack } from '@vigil/shared/engine/rules';
import { levelOrder, type Level } from '@vigil/shared/engine/types';
import { anyBody, createApiClient } from '../api-client.ts';
import type { BackgroundModule } from '../background-modules.ts';
import type { Handler } from '../messaging.ts';
import type { Stores, TabState, TabUnit } from '../storage.ts';
import type { FlagResult, PackInfo } from './types.ts';
import { createMentionUploader, reportOf } from './mentions-upload.ts';
import { enableNewsHosts, scanPage, syncNewsScripts } from './news-scripts.ts';
import { currentPack } from './rule-pack-sync.ts';

// The background half of flagging (issue 4). The full analysis (sentiment model included, ~0.8 MB) runs here
// so the content script stays small; results are merged into `tab:<tabId>` and summarised on the toolbar badge.

export const levelColour: Record<Level, string> = { none: '#868e96', mild: '#f59f00', moderate: '#f76707', severe: '#e03131' };

export interface FlagBackendDeps {
  stores: Stores;
  fetch?: typeof fetch;
  /** chrome.action in the extension; tests pass a recorder. */
  badge?: { set(tabId: number, text: string, colour: string): void };
  /** Opens the side panel on a tab (chrome.sidePanel in the extension). */
  openPanel?: (tabId: number) => Promise<unknown>;
}

const chromeBadge = {
  set(tabId: number, text: string, colour: string) {
    const action = chrome.action ?? chrome.browserAction;
    void action?.setBadgeText({ tabId, text })?.catch?.(() => {});
    void action?.setBadgeBackgroundColor({ tabId, color: colour })?.catch?.(() => {});
  },
};

export function createFlagBackend(deps: FlagBackendDeps) {
  const badge = deps.badge ?? chromeBadge;
  const uploader = createMentionUploader(deps.stores, deps.fetch);
  let compiled: { version: string; pack: CompiledPack } | null = null;
  // One queue per tab: concurrent batches must not overwrite each other's read-modify-write of the tab state.
  const queues = new Map<number, Promise<unknown>>();
  const serial = <T>(tabId: number, job: () => Promise<T>): Promise<T> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
    queues.set(tabId, next.catch(() => {}));
    return next;
  };

  let newsVersion = '';
  async function pack(): Promise<PackInfo> {
    const info = await currentPack(deps.stores, deps.fetch);
    // A new pack may name other news hosts: the news content script follows (outside tests, where chrome exists).
    if (info.version !== newsVersion && typeof chrome !== 'undefined' && chrome.scripting) {
      newsVersion = info.version;
      void syncNewsScripts(info).catch(() => {});
    }
    return info;
  }

  /** The pack a page's content script gets: what names a brand, not how risky its words are. */
  async function mentions(): Promise<PackInfo> {
    const info = await pack();
    return { ...info, pack: mentionPack(info.pack) };
  }

  async function compiledPack(): Promise<CompiledPack> {
    const info = await pack();
    if (compiled?.version !== info.version) compiled = { version: info.version, pack: compilePack(info.pack) };
    return compiled.pack;
  }

  function showBadge(tabId: number, state: TabState) {
    // A person's correction wins over the engine: "not about us" drops a unit, a corrected level replaces its own.
    const levels = state.units.map((u) => (u.correction?.notAboutUs ? 'none' : (u.correction?.level ?? u.level)));
    const flagged = levels.filter((l) => l !== 'none');
    const worst = levels.reduce<Level>((w, l) => (levelOrder[l] > levelOrder[w] ? l : w), 'none');
    badge.set(tabId, flagged.length > 0 ? String(flagged.length) : '', levelColour[worst]);
  }

  const flag: Handler<'flag:units'> = async ({ url, units, read: told }, sender) => {
    // What the page has read rides on its units (issue 15): recorded now, in message order, not after the analysis.
    const recorded = told ? read({ url, ...told }, sender) : null;
    const c = await compiledPack();
    const results: Record<string, FlagResult> = {};
    const rows: TabUnit[] = [];
    const own: TabUnit[] = [];
    for (const u of units) {
      const author = u.author ? { name: u.author.name, verified: u.author.verified, ...(u.author.id ? { id: u.author.id } : {}) } : undefined;
      const a = analyze(c, { text: u.text, platform: u.platform, counts: u.counts, author });
      const result: FlagResult = { mentions: a.mentions, sentiment: a.sentiment, level: a.level, reasons: a.reasons, ...(a.own ? { own: a.own } : {}) };
      results[u.key] = result;
      if (a.mentions.length === 0 && !a.own) continue;
      // The brand's own posts are kept apart and never uploaded: they are not what the public says (issue 13 item 2).
      (a.own ? own : rows).push({
        key: u.key, platform: u.platform, kind: u.kind, text: u.text, author: u.author?.name, permalink: u.permalink,
        publishedAt: u.publishedAt, counts: u.counts, ...result,
      });
    }
    if (rows.length > 0) {
      const seenAt = new Date().toISOString();
      await uploader.queue(rows.map((r) => reportOf(r, url, seenAt)));
      void uploader.flush();
    }
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await serial(tabId, async () => {
        const item = deps.stores.tab(tabId);
        const prev = await item.get();
        const same = prev?.url === url ? prev : null;
        const byKey = new Map((same?.units ?? []).map((u) => [u.key, u]));
        const ownByKey = new Map((same?.own ?? []).map((u) => [u.key, u]));
        for (const r of rows) byKey.set(r.key, r);
        for (const r of own) {
          ownByKey.set(r.key, r);
          byKey.delete(r.key);
        }
        const state: TabState = { ...(same ?? {}), url, units: [...byKey.values()] };
        if (ownByKey.size > 0) state.own = [...ownByKey.values()];
        await item.set(state);
        showBadge(tabId, state);
      });
    }
    await recorded;
    return { results };
  };

  const reset: Handler<'flag:reset'> = async ({ url, loginWall, pageStatus, read: told }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await serial(tabId, async () => {
      const state: TabState = { url, units: [] };
      if (loginWall) state.loginWall = loginWall;
      if (pageStatus) state.pageStatus = pageStatus;
      if (told) state.read = told;
      await deps.stores.tab(tabId).set(state);
      showBadge(tabId, state);
    });
    return null;
  };

  const read: Handler<'flag:read'> = async ({ url, mention, units }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return null;
    await serial(tabId, async () => {
      const item = deps.stores.tab(tabId);
      const prev = await item.get();
      await item.set({ ...(prev?.url === url ? prev : { url, units: [] }), read: { mention, units } });
    });
    return null;
  };

  const scan: Handler<'scan:page'> = ({ tabId }) => scanPage(tabId);
  const enableNews: Handler<'news:enable'> = async () => enableNewsHosts(await pack());

  const focus: Handler<'unit:focus'> = async ({ key }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { opened: false };
    // Open first: the click's user gesture does not outlive much asynchronous work.
    const opened = deps.openPanel ? await deps.openPanel(tabId).then(() => true, () => false) : false;
    await deps.stores.panelFocus(tabId).set({ key, at: new Date().toISOString() });
    return { opened };
  };

  const correct: Handler<'mention:correct'> = async ({ tabId, key, level, notAboutUs }) => {
    // Kept in the tab state first, so the side panel and the toolbar badge show it at once, online or not.
    await serial(tabId, async () => {
      const item = deps.stores.tab(tabId);
      const prev = await item.get();
      if (!prev) return;
      const units = prev.units.map((u) =>
        u.key !== key ? u : { ...u, correction: { ...u.correction, ...(level ? { level } : {}), ...(notAboutUs !== undefined ? { notAboutUs } : {}) } });
      const state = { ...prev, units };
      await item.set(state);
      showBadge(tabId, state);
    });
    const client = createApiClient({ ...(await deps.stores.settings.get()), ...(deps.fetch ? { fetch: deps.fetch } : {}) });
    if (!client.configured) return { ok: false, reason: 'not_configured' };
    // The API can only correct a mention it has: send what is queued first.
    await uploader.flush();
    const res = await client.request('POST', '/api/mentions/correction', anyBody, { body: { key, level, notAboutUs } });
    if (res.ok) return { ok: true };
    return { ok: false, reason: res.failure.status ? `http_${res.failure.status}` : res.failure.reason };
  };

  // Mentions queued before the worker last stopped go out as soon as it runs again.
  void uploader.flush().catch(() => {});

  // rules:pack is the whole pack, risk terms included, for the extension's own pages; a web page's sender is refused
  // it before it gets here (`messageSenders`, messaging.ts) and asks for rules:mentions.
  const handlers = {
    'rules:pack': pack, 'rules:mentions': mentions, 'flag:units': flag, 'flag:reset': reset, 'flag:read': read, 'scan:page': scan, 'news:enable': enableNews,
    'mention:correct': correct, 'unit:focus': focus,
  };
  const listen = () => {
    uploader.listen();
    // A grant made anywhere (the settings page, the side panel banner, the browser's own site-access menu) takes
    // effect at once: the news script is registered and open news tabs are flagged without a reload (issue 12).
    chrome.permissions?.onAdded?.addListener(() => void pack().then(enableNewsHosts).catch(() => {}));
    chrome.permissions?.onRemoved?.addListener(() => void pack().then(syncNewsScripts).catch(() => {}));
    // Hosts granted before this worker started (at install, by policy, in an earlier session) get their script now,
    // not only once some platform page first asks for the pack.
    void pack().catch(() => {});
  };
  return Object.assign(handlers, { listen });
}

/** The flagging module of the background (background-modules.ts). */
export function createFlagBackground(stores: Stores, openPanel: (tabId: number) => Promise<unknown>): BackgroundModule {
  const { listen, ...handlers } = createFlagBackend({ stores, openPanel });
  return { handlers, start: listen };
}
