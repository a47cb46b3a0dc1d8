import type { RemovalRules } from './page-state.ts';

/**
 * Weibo's removal notices (weibo.com and m.weibo.cn; issue 14, re-checks of issue 10). A post taken down after
 * complaints (该微博因被多人投诉，根据《微博社区公约》，已被删除) is gone, so deleted; blocked is an account or post
 * withheld from view.
 */
export const weiboRemoval: RemovalRules = {
  deleted: /该微博已被删除|此微博已被作者删除|抱歉，此微博已被删除|微博不存在|根据《微博社区公约》[^。]{0,20}已被删除/,
  blocked: /该账号因被投诉违反|根据相关法律法规和政策|因违反[^。]{0,20}规定|你暂时没有这条微博的查看权限|已被屏蔽/,
};
