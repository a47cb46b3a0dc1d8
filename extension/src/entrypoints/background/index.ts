import { defineBackground } from 'wxt/utils/define-background';
import { backgroundHandlers, forgetClosedTabs, openPanelFromToolbar } from '../../background-handlers.ts';
import { listen } from '../../messaging.ts';
import { registerCapture } from '../../capture/background.ts';
import { registerReplies } from '../../replies/background.ts';

export default defineBackground(() => {
  // Wiring only (STYLE habit 5); features register here as later issues land.
  openPanelFromToolbar();
  listen(backgroundHandlers());
  forgetClosedTabs();
  registerCapture();
  registerReplies();
});
