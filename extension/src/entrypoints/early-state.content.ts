import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchEarlyScripts } from '../sites/early-scripts.ts';
import { earlyStateMatches, earlyStateSites } from '../sites/index.ts';

// Wiring only (STYLE habit 5): on the sites whose state script removes itself (快手, B站), keep its text from the
// moment the page starts parsing, in the extension's isolated world, for the flagger that runs at document_idle.
export default defineContentScript({
  matches: [...earlyStateMatches],
  runAt: 'document_start',
  // The page must not see us (issue 4): no announcement through window.postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const site = earlyStateSites.find((s) => s.hosts.includes(location.hostname));
    if (site?.earlyState) watchEarlyScripts(document, site.earlyState);
  },
});
