import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformScript } from '../flagging/flagging-script.ts';
import { weixin } from '../sites/weixin.ts';

// Wiring only (STYLE habit 5): the flagger on weixin pages, built with this adapter alone (issue 15).
export default defineContentScript(platformScript(weixin));
