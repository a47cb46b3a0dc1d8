import { defineContentScript } from 'wxt/utils/define-content-script';
import { init, revealHandlers } from '../../flagging/flag-mentions.ts';
import { init as initMarksVisibility } from '../../flagging/marks-visibility.ts';
import { initAdapterHealth } from '../../flagging/adapter-health.ts';
import { init as initInsertReply } from '../../replies/insert-reply.ts';
import { messagingFlagTransport } from '../../flagging/content-transport.ts';
import { listen, send } from '../../messaging.ts';
import { initRecheck } from '../../capture/recheck-content.ts';
import { initHotWatch } from '../../hot/watch-hot.ts';
import { oncePerPage, takeOnDemand } from '../../flagging/once-per-page.ts';
import { platformMatches, siteFor } from '../../sites/index.ts';

// Wiring only (STYLE habit 5): flag brand mentions on the platform sites. News hosts come from the rule pack and
// get this same script registered at run time once their host permission is granted; 扫描此页 injects it on
// demand (flagging/news-scripts.ts, issue 4), as a news article on a page no adapter serves. One flagger per page
// (once-per-page.ts): a second injection asks the running one to read the page again (issue 12).
export default defineContentScript({
  matches: [...platformMatches],
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page with window.postMessage: the page must not see us (issue 4).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const onDemand = takeOnDemand();
    await oncePerPage(() => !ctx.isInvalid, async () => {
      const transport = messagingFlagTransport();
      const pack = await transport.pack();
      const site = siteFor(location.href, pack.pack.newsHosts, onDemand);
      if (!site) return null;
      initMarksVisibility({ signal: ctx.signal });
      initRecheck({ signal: ctx.signal, site });
      initInsertReply({ signal: ctx.signal, site });
      initHotWatch({ signal: ctx.signal, site, pack: pack.pack, report: (sightings) => send('hot:sightings', { sightings }) });
      const flagger = await init({
        signal: ctx.signal, site, transport, pack,
        onReveal: (reveal) => {
          const stop = listen(revealHandlers({ reveal }));
          ctx.signal.addEventListener('abort', stop, { once: true });
        },
      });
      initAdapterHealth({ signal: ctx.signal, site, report: (page) => send('health:page', page) });
      return flagger;
    });
  },
});
