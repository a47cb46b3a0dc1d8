import { listen, type Handlers } from '../messaging.ts';
import { loginTipShown, openReplyBox, insertText } from './reply-box.ts';
import { hasReplyBox } from './reply-targets.ts';
import type { SiteAdapter } from '../sites/types.ts';

// 插入回复框 (issues 5 and 14): the side panel asks this tab's content script to put a reply's text into the reply box
// of one unit. The box is opened like a user would (its comment control), the text typed in through input events;
// nothing is ever submitted. When there is no box the answer says why, as a code the panel words in zh and en.

export interface InsertReplyOptions {
  signal: AbortSignal;
  site: SiteAdapter;
  doc?: Document;
}

export function insertReplyHandlers({ site, doc = document }: Omit<InsertReplyOptions, 'signal'>): Handlers {
  return {
    'reply:insert': async ({ key, text }) => {
      if (!hasReplyBox(site.platform)) return { inserted: false, code: 'noReplyBox', reason: '该平台网页没有回复框 / This page has no reply box' };
      const units = site.findUnits(doc, new Date());
      const unit = units.find((u) => u.key === key);
      if (!unit) return { inserted: false, code: 'gone', reason: '页面上已找不到这条内容 / The post is no longer on the page' };
      unit.element.scrollIntoView({ block: 'center' });
      const others = units.filter((u) => u !== unit && unit.element.contains(u.element)).map((u) => u.element);
      const box = await openReplyBox(unit.element, site.platform, doc, { kind: unit.kind, others });
      if (!box) {
        // A login wall is the usual reason a page shows no box: say so, the user logs in themselves. B站's wall is
        // the comment box's own tip, inside shadow roots the adapter's page-level check does not search.
        return site.detectLoginWall(doc) || loginTipShown(site.platform, doc)
          ? { inserted: false, code: 'loginWall', reason: '页面要求登录，找不到回复框 / The page asks you to log in; no reply box' }
          : { inserted: false, code: 'noBox', reason: '未能打开回复框，请手动点开评论后再试 / Could not open the reply box' };
      }
      insertText(box, text);
      return { inserted: true };
    },
  };
}

export function init({ signal, ...opts }: InsertReplyOptions): void {
  const stop = listen(insertReplyHandlers(opts));
  signal.addEventListener('abort', stop, { once: true });
}
