import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { init, revealHandlers } from './flag-mentions.ts';
import { init as initMarksVisibility } from './marks-visibility.ts';
import { initAdapterHealth } from './adapter-health.ts';
import { init as initInsertReply } from '../replies/insert-reply.ts';
import { messagingFlagTransport } from './content-transport.ts';
import { listen, send } from '../messaging.ts';
import { initRecheck } from '../capture/recheck-content.ts';
import { initHotWatch } from '../hot/watch-hot.ts';
import { oncePerPage, takeOnDemand } from './once-per-page.ts';
import { watchEarlyScripts } from '../sites/early-scripts.ts';
import { prepareHighlights } from './highlights.ts';
import type { SiteAdapter } from '../sites/types.ts';

/** Picks the adapter for this page, given the rule pack's news hosts and whether 扫描此页 asked for the scan. */
export type PickSite = (url: string, newsHosts: readonly string[], onDemand: boolean) => SiteAdapter | undefined;

/**
 * The `main` of a flagging content script (issues 4, 12, 15): one flagger per page (once-per-page.ts), started
 * with the adapter `pick` chooses. Each platform has its own script holding only its own adapter, so a Weibo page
 * compiles one adapter instead of nine (entrypoints/*.content.ts); the news / on-demand script picks from all.
 */
export function flaggingMain(pick: PickSite): (ctx: ContentScriptContext) => Promise<void> {
  return async (ctx) => {
    const onDemand = takeOnDemand();
    await oncePerPage(() => !ctx.isInvalid, async () => {
      const transport = messagingFlagTransport();
      const pack = await transport.pack();
      const site = pick(location.href, pack.pack.newsHosts, onDemand);
      if (!site) return null;
      initMarksVisibility({ signal: ctx.signal });
      initRecheck({ signal: ctx.signal, site });
      initInsertReply({ signal: ctx.signal, site });
      initHotWatch({ signal: ctx.signal, site, pack: pack.pack, report: (sightings) => send('hot:sightings', { sightings }) });
      const flagger = await init({
        // WXT's ctx aborts its signal when it finds the extension gone: the marks, observers and timers all stop.
        signal: ctx.signal, site, transport, pack, alive: () => !ctx.isInvalid,
        onReveal: (reveal) => {
          const stop = listen(revealHandlers({ reveal }));
          ctx.signal.addEventListener('abort', stop, { once: true });
        },
      });
      initAdapterHealth({ signal: ctx.signal, site, report: (page) => send('health:page', page) });
      return flagger;
    });
  };
}

/**
 * What document_idle waits for: the parsed document, then its `load` or 200 ms of quiet, whichever comes first (for
 * a script that had to start at document_start).
 */
function documentIdle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const parsed = () => {
      if (document.readyState === 'complete') return resolve();
      ctx.addEventListener(window, 'load', () => resolve(), { once: true });
      ctx.setTimeout(resolve, 200);
    };
    if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', parsed, { once: true });
    else parsed();
  });
}

/**
 * The content-script definition of one platform (issue 15): matched to that platform's pages only and built with
 * that adapter alone. WXT must not announce the script to the page, with window.postMessage or (patches/wxt) a DOM
 * event: the page must not see us (issue 4). It starts at document_start, while the document is still empty: it adopts the highlight styles then
 * (highlights.ts: adopting them later restyles the whole page) and, on a site whose state script removes itself (快手,
 * B站: `earlyState`), keeps that text (early-scripts.ts). It flags once the document is idle.
 */
export function platformScript(site: SiteAdapter) {
  const flag = flaggingMain(() => site);
  const early = site.earlyState ?? [];
  return {
    matches: [...site.matches],
    runAt: 'document_start' as const,
    noScriptStartedPostMessage: true,
    main: async (ctx: ContentScriptContext) => {
      if (early.length > 0) watchEarlyScripts(document, early);
      prepareHighlights(document, ctx.signal);
      await documentIdle(ctx);
      if (!ctx.isInvalid) await flag(ctx);
    },
  };
}
