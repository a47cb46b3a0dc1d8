import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installProbe } from '../capture/page-probe.ts';

// Wiring only (STYLE habit 5): injected by the capture (capture/tab-ops.ts) into the tab being captured (issue 6).
export default defineUnlistedScript(() => {
  installProbe();
});
