/**
 * The platforms' own removal pages (issue 10, takedown re-checks): the strings Weibo, Douyin and WeChat 公众号 show
 * when a post was deleted or blocked (notes/platforms.md; the 公众号 list is airyland/we-extract's closed list).
 * A minimal recogniser in shared code so a re-check needs nothing platform-specific from the extension; the site
 * adapters' own `pageStatus` (issue 14) uses the same statuses.
 */
export interface RecognisedStatus {
  status: 'online' | 'deleted' | 'blocked';
  message: string;
}

const DELETED: readonly string[] = [
  // Weibo (weibo.com, m.weibo.cn)
  '此微博已被作者删除',
  '该微博已被删除',
  '微博不存在或暂无查看权限',
  '该微博因被多人投诉',
  '抱歉，此微博已被删除',
  // Douyin
  '作品已删除',
  '该作品已删除',
  '视频已删除',
  '你要观看的视频不存在',
  '作者已删除该作品',
  // WeChat 公众号
  '该内容已被发布者删除',
  '链接已过期',
];

const BLOCKED: readonly string[] = [
  // Weibo
  '根据相关法律法规和政策',
  '该账号因被投诉违反',
  '由于作者设置，你暂时没有这条微博的查看权限',
  // Douyin
  '该内容暂时无法查看',
  '作品因违规已下架',
  // WeChat 公众号
  '此内容因违规无法查看',
  '此内容发送失败无法查看',
  '该内容被投诉且经审核涉嫌侵权，无法查看',
  '涉嫌过度营销、骚扰用户',
  '此帐号已被屏蔽',
];

/** The page's status from its visible text: the first removal string found, else online. */
export function recognisePageStatus(text: string): RecognisedStatus {
  const flat = text.replace(/\s+/g, '');
  for (const [status, list] of [['deleted', DELETED], ['blocked', BLOCKED]] as const) {
    const hit = list.find((s) => flat.includes(s.replace(/\s+/g, '')));
    if (hit) {
      // The whole sentence the platform showed, not only the matched part: that is what the lawyer quotes.
      const at = text.indexOf(hit);
      const sentence = at >= 0 ? (text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1)).split('\n')[0] ?? hit).trim().slice(0, 200) : hit;
      return { status, message: sentence || hit };
    }
  }
  return { status: 'online', message: '页面正常显示 / page shows normally' };
}
