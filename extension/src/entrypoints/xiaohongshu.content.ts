import { defineContentScript } from 'wxt/utils/define-content-script';
import { platformScript } from '../flagging/flagging-script.ts';
import { xiaohongshu } from '../sites/xiaohongshu.ts';

// Wiring only (STYLE habit 5): the flagger on xiaohongshu pages, built with this adapter alone (issue 15).
export default defineContentScript(platformScript(xiaohongshu));
