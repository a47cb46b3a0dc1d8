import { defineContentScript } from 'wxt/utils/define-content-script';
import { flaggingMain } from '../../flagging/flagging-script.ts';
import { siteFor } from '../../sites/index.ts';

// Wiring only (STYLE habit 5): the flagger that knows every adapter. The platform sites have their own, lighter
// scripts in the manifest (<adapter id>.content.ts, issue 15); this one is registered at run time on the news
// hosts the user granted and injected by 扫描此页 (flagging/news-scripts.ts, issue 4), where it reads the page as a
// news article if no adapter serves it. One flagger per page (once-per-page.ts): a second injection asks the
// running one to read the page again (issue 12).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  // WXT would otherwise announce the script to the page, with window.postMessage and (unless patched, patches/wxt)
  // a DOM event named after the extension's id: the page must not see us (issue 4).
  noScriptStartedPostMessage: true,
  main: flaggingMain(siteFor),
});
