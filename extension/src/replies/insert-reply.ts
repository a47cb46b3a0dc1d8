import { listen, type Handlers } from '../messaging.ts';
import { openReplyBox, insertText } from './reply-box.ts';
import type { SiteAdapter } from '../sites/types.ts';

// 插入回复框 (issue 5): the side panel asks this tab's content script to put a reply's text into the reply box of
// one unit. The box is opened like a user would (its comment control), the text typed in through input events;
// nothing is ever submitted.

export interface InsertReplyOptions {
  signal: AbortSignal;
  site: SiteAdapter;
  doc?: Document;
}

export function insertReplyHandlers({ site, doc = document }: Omit<InsertReplyOptions, 'signal'>): Handlers {
  return {
    'reply:insert': async ({ key, text }) => {
      const unit = site.findUnits(doc, new Date()).find((u) => u.key === key);
      if (!unit) return { inserted: false, reason: '页面上已找不到这条内容 / The post is no longer on the page' };
      unit.element.scrollIntoView({ block: 'center' });
      const box = await openReplyBox(unit.element, site.platform, doc);
      if (!box) return { inserted: false, reason: '未能打开回复框，请手动点开评论后再试 / Could not open the reply box' };
      insertText(box, text);
      return { inserted: true };
    },
  };
}

export function init({ signal, ...opts }: InsertReplyOptions): void {
  const stop = listen(insertReplyHandlers(opts));
  signal.addEventListener('abort', stop, { once: true });
}
