import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformScript } from '../flagging/flagging-script.ts';
import { weiboMobile } from '../sites/weibo-mobile.ts';

// Wiring only (STYLE habit 5): the flagger on weibo-mobile pages, built with this adapter alone (issue 15).
export default defineContentScript(platformScript(weiboMobile));
