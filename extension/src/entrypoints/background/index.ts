import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring only; features register here as later issues land.
  chrome.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true }).catch(() => {});
});
